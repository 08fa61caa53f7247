package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.DigestTraversal;
import io.github.dailypapers.digest.model.DigestVisitor;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VisitorTest {

    private final Digest digest = DigestParser.builder().build().parse(TestResources.read("/fixtures/readme-wrapper.md")
            + "\nstray line after a block is part of the block\n"
            + TestResources.read("/fixtures/current-dialect.md"));

    @Test
    void aTraversalCountsAllAuthorsInAFewLines() {
        int authors = digest.accept(new DigestTraversal<Integer>() {
            @Override protected Integer defaultResult() { return 0; }
            @Override protected Integer combine(Integer total, Integer next) { return total + next; }
            @Override public Integer visitAuthor(Author author) { return 1; }
        });
        assertEquals(5, authors);
    }

    @Test
    void theTraversalVisitsInDocumentOrder() {
        List<String> order = new ArrayList<>();
        digest.accept(new DigestTraversal<Void>() {
            @Override public Void visitEdition(Edition e) { order.add("edition " + e.date().orElseThrow()); return super.visitEdition(e); }
            @Override public Void visitPaper(Paper p) { order.add("paper " + p.title()); return super.visitPaper(p); }
            @Override public Void visitMedia(Media m) { order.add("media"); return null; }
            @Override public Void visitAuthor(Author a) { order.add("author " + a.name()); return null; }
            @Override public Void visitSection(Section s) { order.add("section " + s.kind()); return super.visitSection(s); }
            @Override public Void visitGloss(Gloss g) { order.add("gloss " + g.term()); return null; }
            @Override public Void visitReadmeBlock(ReadmeBlock b) { order.add("block " + b.heading()); return null; }
        });
        assertEquals(List.of(
                "block Daily Papers", "block Project Description", "edition 2025-03-21", "paper Wrapped Paper",
                "section WHATS_NEW", "block License", "block Citation", "block Star History", "edition 2025-03-14",
                "paper SparseKV: Pruning the Key-Value Cache at Inference Time", "media", "author Minji Kim",
                "author Daniel O'Neil", "author NVIDIA", "author Zoë Lefèvre", "section WHATS_NEW", "gloss 키-값 캐시",
                "section TECHNICAL_DETAILS", "gloss 주의 점수", "section PERFORMANCE_HIGHLIGHTS",
                "paper Tiny Critics for Step-Level Feedback", "media", "author Seo-yeon Park", "section WHATS_NEW",
                "gloss 소형 보상 모델"),
                order, "glosses included: the test fails if the gloss finder finds nothing");
    }

    @Test
    void aTraversalReturnsTheLastChildsResultAndTheDefaultForUnvisitedElements() {
        // Neither combine nor visitAuthor overridden: combine keeps the next result, an author
        // gives the default result, so the last section's kind wins over the authors after it.
        String last = digest.papers().get(1).accept(new DigestTraversal<String>() {
            @Override protected String defaultResult() { return "default"; }
            @Override public String visitSection(Section s) { return s.kind().name(); }
        });
        assertEquals("PERFORMANCE_HIGHLIGHTS", last);
        String author = digest.papers().get(1).authors().get(0).accept(new DigestTraversal<String>() {
            @Override protected String defaultResult() { return "default"; }
        });
        assertEquals("default", author);
        assertEquals("default", UnrecognisedLine.builder().text("x").build().accept(new DigestTraversal<String>() {
            @Override protected String defaultResult() { return "default"; }
        }));
    }

    @Test
    void aFullVisitorReturnsValuesForEveryElementType() {
        DigestVisitor<String> describe = new DigestVisitor<>() {
            @Override public String visitDigest(Digest d) {
                return d.editions().stream().map(e -> e.accept(this)).collect(Collectors.joining("; "));
            }
            @Override public String visitEdition(Edition e) {
                return e.date().orElseThrow() + ": " + e.papers().stream().map(p -> p.accept(this)).collect(Collectors.joining(", "));
            }
            @Override public String visitPaper(Paper p) { return p.title().split(":")[0] + "/" + p.sections().size(); }
            @Override public String visitMedia(Media m) { return m.type().name(); }
            @Override public String visitAuthor(Author a) { return a.name(); }
            @Override public String visitSection(Section s) { return s.kind().name(); }
            @Override public String visitGloss(Gloss g) { return g.term(); }
            @Override public String visitReadmeBlock(ReadmeBlock b) { return b.heading(); }
            @Override public String visitUnrecognisedLine(UnrecognisedLine l) { return l.text(); }
        };
        assertEquals("2025-03-21: Wrapped Paper/1; 2025-03-14: SparseKV/3, Tiny Critics for Step-Level Feedback/1",
                digest.accept(describe));
        assertEquals("IMAGE", digest.papers().get(1).media().orElseThrow().accept(describe));
        assertEquals("Star History", digest.readmeBlocks().get(4).accept(describe));
        List<Gloss> glosses = digest.papers().get(1).sections().get(0).glosses();
        assertEquals(1, glosses.size(), "the section has one gloss: " + glosses);
        assertEquals("키-값 캐시", glosses.get(0).accept(describe));
    }
}
