package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.DigestTraversal;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/api.md, run as tests so the documentation stays true. */
class ApiExamplesTest {

    static final String INPUT = String.join("\n",
            "## Daily Papers (2025-03-14)",
            "",
            "### [SparseKV: Pruning the Key-Value Cache at Inference Time](https://arxiv.org/abs/2503.01234)",
            "",
            "![](https://cdn.example.org/thumbs/2503.01234.png)",
            "",
            "Vote: -",
            "",
            "Authors: Minji Kim, Daniel O'Neil",
            "",
            "- ***What's New***: SparseKV는 키-값 캐시(Key-Value Cache)를 가지치기합니다.",
            "");

    @TempDir
    Path dir;

    @Test
    void parseAFile() throws IOException {
        Path file = dir.resolve("daily-papers-2025-03-14.md");
        Files.writeString(file, INPUT, StandardCharsets.UTF_8);

        DigestParser parser = DigestParser.builder().build();
        Digest digest = parser.parse(file);

        List<String> lines = new ArrayList<>();
        for (Edition edition : digest.editions()) {
            lines.add(edition.date().orElseThrow() + ": " + edition.papers().size() + " papers");
            for (Paper paper : edition.papers()) {
                lines.add(paper.title() + " " + paper.arxivId().orElse("-")
                        + " votes=" + (paper.votes().isPresent() ? paper.votes().getAsInt() : "unknown"));
            }
        }
        assertEquals(List.of("2025-03-14: 1 papers",
                "SparseKV: Pruning the Key-Value Cache at Inference Time 2503.01234 votes=unknown"), lines);
    }

    @Test
    void strictModeThrowsTheFirstError() {
        DigestParser strict = DigestParser.builder().strict(true).maxInputLength(64 << 20).build();
        DigestParseException e = assertThrows(DigestParseException.class,
                () -> strict.parse("## Daily Papers (2024-02-30)\n"));
        assertEquals("1:18 INVALID_DATE", e.line() + ":" + e.column() + " " + e.diagnostic().code());
    }

    @Test
    void spansGiveBackTheSource() {
        Paper paper = DigestParser.builder().build().parse(INPUT).papers().get(0);
        SourceSpan span = paper.headingSpan().orElseThrow();
        assertEquals("### [SparseKV: Pruning the Key-Value Cache at Inference Time](https://arxiv.org/abs/2503.01234)",
                INPUT.substring(span.offset(), span.offset() + span.length()));
    }

    @Test
    void countAuthorsWithATraversal() {
        Digest digest = DigestParser.builder().build().parse(INPUT);
        int authors = digest.accept(new DigestTraversal<Integer>() {
            @Override protected Integer defaultResult() { return 0; }
            @Override protected Integer combine(Integer total, Integer next) { return total + next; }
            @Override public Integer visitAuthor(Author author) { return 1; }
        });
        assertEquals(2, authors);
    }

    @Test
    void collectTermsWithAVoidTraversal() {
        Digest digest = DigestParser.builder().build().parse(INPUT);
        Map<String, String> terms = new TreeMap<>();
        digest.accept(new DigestTraversal<Void>() {
            @Override public Void visitGloss(Gloss gloss) {
                gloss.gloss().ifPresent(english -> terms.putIfAbsent(gloss.term(), english));
                return null;
            }
        });
        // Asserted in full, not in a loop over what the gloss finder found (which may be nothing).
        assertEquals(Map.of("키-값 캐시", "Key-Value Cache"), terms);
    }

    @Test
    void diagnosticsReadLikeCompilerMessages() {
        Digest digest = DigestParser.builder().build().parse(INPUT);
        assertEquals(1, digest.diagnostics().size());
        assertEquals(DiagnosticCode.VOTE_PLACEHOLDER, digest.diagnostics().get(0).code());
        assertEquals("7:1: warning: VOTE_PLACEHOLDER: vote count is a placeholder '-': unknown",
                digest.diagnostics().get(0).toString());
    }

    @Test
    void buildAModelAndCompareItWithAParsedOne() {
        Paper built = Paper.builder()
                .title("SparseKV: Pruning the Key-Value Cache at Inference Time")
                .url("https://arxiv.org/abs/2503.01234")
                .arxivId("2503.01234")
                .media(Media.of(MediaType.IMAGE, "https://cdn.example.org/thumbs/2503.01234.png"))
                .addAuthors(Author.of("Minji Kim"), Author.of("Daniel O'Neil"))
                .addSections(Section.builder().kind(SectionKind.WHATS_NEW).label("What's New")
                        .text("SparseKV는 키-값 캐시(Key-Value Cache)를 가지치기합니다.").build())
                .build();
        Paper parsed = DigestParser.builder().build().parse(INPUT).papers().get(0);
        assertEquals(built, parsed, "equality ignores spans");
        assertTrue(parsed.span().orElseThrow().length() > 0);
        assertEquals(Optional.empty(), built.span(), "a built node has no span");
    }

    @Test
    void writeADigest() throws IOException {
        Paper paper = DigestParser.builder().build().parse(INPUT).papers().get(0);
        Digest digest = Digest.builder()
                .addEditions(Edition.builder().date(java.time.LocalDate.of(2025, 3, 14)).addPapers(paper).build())
                .build();
        String markdown = DigestWriter.write(digest);
        Files.writeString(dir.resolve("written-2025-03-14.md"), markdown);

        assertEquals(INPUT.replace("\n\nVote: -", ""), markdown);
        assertEquals(digest, DigestParser.builder().build().parse(markdown));
    }
}
