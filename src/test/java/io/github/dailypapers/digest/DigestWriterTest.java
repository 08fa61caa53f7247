package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.SourceSpan;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The canonical writer on hand-built models, canonical fixtures and every dialect's fixture. */
class DigestWriterTest {

    private final DigestParser parser = DigestParser.builder().build();

    private static Paper.Builder paper() {
        return Paper.builder().title("SparseKV: Smaller Caches").url("https://arxiv.org/abs/2503.01234")
                .arxivId("2503.01234");
    }

    private static Digest oneEdition(Paper... papers) {
        return Digest.builder().addEditions(Edition.builder().date(LocalDate.of(2025, 3, 14))
                .addPapers(papers).build()).build();
    }

    @Test
    void writesAHandBuiltDigestInTheCanonicalForm() {
        Digest digest = oneEdition(paper().votes(17)
                .media(Media.of(MediaType.VIDEO, "https://cdn.example.org/v/1.mp4"))
                .addAuthors(Author.of("Minji Kim"), Author.of("Ana Silva"))
                .addSections(Section.builder().kind(SectionKind.WHATS_NEW).label("What's New")
                        .text("키-값 캐시(Key-Value Cache)를 줄인다.").build())
                .addSections(Section.builder().kind(SectionKind.POINT).text("요점.\n이어지는 줄.").build())
                .build());

        String expected = """
                ## Daily Papers (2025-03-14)

                ### [SparseKV: Smaller Caches](https://arxiv.org/abs/2503.01234)

                [Watch Video](https://cdn.example.org/v/1.mp4)
                <div><video controls src="https://cdn.example.org/v/1.mp4" muted="false"></video></div>

                Vote: 17

                Authors: Minji Kim, Ana Silva

                - ***What's New***: 키-값 캐시(Key-Value Cache)를 줄인다.
                - 요점.
                이어지는 줄.
                """;
        assertEquals(expected, DigestWriter.write(digest));
        Digest read = parser.parse(expected);
        assertEquals(digest, read);
        assertEquals(List.of(), read.diagnostics());
    }

    @Test
    void unknownVotesHaveNoVoteLineAndZeroVotesHaveOne() {
        assertTrue(!DigestWriter.write(oneEdition(paper().build())).contains("Vote:"));
        assertTrue(DigestWriter.write(oneEdition(paper().votes(0).build())).contains("\nVote: 0\n"));
    }

    @Test
    void authorsThatThePlainFormCannotCarryAreWrittenAsAPythonList() {
        Digest digest = oneEdition(paper().addAuthors(Author.of("Kim, Minji"), Author.of("Conor O'Brien"),
                Author.of("Back\\slash")).build());
        String written = DigestWriter.write(digest);
        assertTrue(written.contains("Authors: ['Kim, Minji', 'Conor O\\'Brien', 'Back\\\\slash']\n"), written);
        assertEquals(digest, parser.parse(written));
    }

    @Test
    void anEmptyDigestIsAnEmptyString() {
        assertEquals("", DigestWriter.write(Digest.builder().build()));
    }

    @Test
    void refusesWhatWouldNotReadBack() {
        // Possible models (the builders accept them) that the canonical form cannot carry;
        // impossible ones never get this far (model.ModelChecksTest).
        assertRefused(oneEdition(paper().addSections(Section.builder().kind(SectionKind.POINT)
                .text("first\n- second bullet").build()).build()), "continuation line");
        assertRefused(oneEdition(paper().addSections(Section.builder().kind(SectionKind.POINT)
                .text("***Label***: looks labelled").build()).build()), "label");
        assertRefused(oneEdition(paper().addSections(Section.builder().kind(SectionKind.OTHER)
                .label("Star*Label").text("x").build()).build()), "'*'");
        assertRefused(oneEdition(Paper.builder().title("A](b").build()), "no URL");
        assertRefused(Digest.builder().addEditions(Edition.builder().heading("Daily Papers (soon)  ").build()).build(),
                "ends with spaces");
    }

    @Test
    void unrecognisedLinesThatWouldReadAsSomethingElseAreRefused() {
        for (String text : new String[] {"# A heading", "## Daily Papers (2025-03-14)", "### [A paper](u)", " ", "\uFEFFbom"}) {
            Digest before = Digest.builder().addUnrecognisedLines(UnrecognisedLine.builder().text(text).build()).build();
            assertRefused(before, "would not read back as one");
            Digest inPaper = Digest.builder().addEditions(Edition.builder().date(LocalDate.of(2025, 3, 14))
                    .addPapers(paper().span(new SourceSpan(3, 1, 9, 1, 30, 100)).build()).build())
                    .addUnrecognisedLines(UnrecognisedLine.builder().text(text).span(new SourceSpan(5, 1, 5, 2, 60, 1)).build())
                    .build();
            assertRefused(inPaper, "would not read back as one");
        }
        assertRefused(Digest.builder().addUnrecognisedLines(UnrecognisedLine.builder().text("- a bullet").build()).build(),
                "would read as a bullet");
    }

    @Test
    void aRefusedDigestWritesNothingAndWriteFailuresAreThrown() throws IOException {
        Digest refused = oneEdition(paper().addSections(Section.builder().kind(SectionKind.POINT)
                .text("first\n- second bullet").build()).build());
        StringBuilder out = new StringBuilder("kept");
        assertThrows(IllegalArgumentException.class, () -> DigestWriter.write(refused, out));
        assertEquals("kept", out.toString(), "the check runs before anything is appended");

        Digest digest = oneEdition(paper().build());
        StringBuilder appended = new StringBuilder();
        DigestWriter.write(digest, appended);
        assertEquals(DigestWriter.write(digest), appended.toString());

        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        IOException e = assertThrows(IOException.class, () -> DigestWriter.write(digest, failing));
        assertEquals("disk full", e.getMessage(), "the Appendable's own IOException, not a wrapper");
    }

    private static void assertRefused(Digest digest, String messagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DigestWriter.write(digest));
        assertTrue(e.getMessage().contains(messagePart), () -> "message '" + e.getMessage() + "' lacks '" + messagePart + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"current-dialect", "readme-wrapper", "two-editions", "titles", "malformed-label"})
    void writingWhatWasReadFromACanonicalFileGivesTheFileBack(String fixture) {
        String canonical = TestResources.read("/fixtures/" + fixture + ".md");
        assertEquals(canonical, DigestWriter.write(parser.parse(canonical)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"compact-oldest", "continuation-lines", "current-dialect", "malformed-label", "media-forms",
        "mixed-labels", "readme-wrapper", "structure-errors", "titles", "two-editions", "votes-authors"})
    void everyDialectIsRewrittenCanonicallyWithoutChangingTheModel(String fixture) {
        Digest read = parser.parse(TestResources.read("/fixtures/" + fixture + ".md"));
        String canonical = DigestWriter.write(read);
        assertEquals(read, parser.parse(canonical));
        assertEquals(canonical, DigestWriter.write(parser.parse(canonical)), "the canonical form is a fixed point");
    }

    @Test
    void theRealSampleIsRewrittenWithoutChangingTheModel() {
        Digest read = parser.parse(TestResources.read(TestResources.SAMPLE));
        String canonical = DigestWriter.write(read);
        Digest again = parser.parse(canonical);
        assertEquals(read, again);
        assertEquals(List.of(), again.diagnostics());
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void largeDigestsAreWrittenInLinearTime() {
        StringBuilder input = new StringBuilder("참고: 머리말\n".repeat(100_000)).append("## Daily Papers (2025-01-01)\n");
        for (int i = 0; i < 50_000; i++) {
            input.append("\n### [Paper ").append(i).append("](https://arxiv.org/abs/2501.").append(10000 + i)
                    .append(")\n\nVote: -\n\nVote: ").append(i).append("\n\n- 요점.\n");
        }
        Digest read = parser.parse(input.toString());
        assertEquals(150_000, read.unrecognisedLines().size());
        assertEquals(read, parser.parse(DigestWriter.write(read)));
    }
}
