package io.github.dailypapers.digest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The builders refuse impossible models, each with a message that says what is wrong. */
class ModelChecksTest {

    private static final SourceSpan LINE_3 = new SourceSpan(3, 1, 3, 20, 40, 19);
    private static final SourceSpan LINE_9 = new SourceSpan(9, 1, 9, 10, 120, 9);

    private static Paper.Builder paper() {
        return Paper.builder().title("SparseKV").url("https://arxiv.org/abs/2503.01234");
    }

    private static void refused(String messagePart, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(messagePart), () -> "message '" + e.getMessage() + "' lacks '" + messagePart + "'");
    }

    @Test
    void papers() {
        refused("negative", () -> paper().votes(-1).build());
        refused("line break", () -> paper().title("two\nlines").build());
        refused("line break", () -> paper().title("carriage\rreturn").build());
        refused("line break", () -> paper().url("https://x\n").build());
        refused("gives 2503.01234", () -> paper().arxivId("9999.99999").build());
        refused("gives none", () -> Paper.builder().title("T").url("https://example.org").arxivId("2503.01234").build());
        refused("repeated", () -> paper().addAuthors(Author.of("Ana"), Author.of("Ana")).build());
        refused("repeated", () -> paper().addAuthors(Author.of("Ana"), Author.of("Bo"), Author.of("Ana")).build());
        // Long lists are checked with a set, short ones pairwise: both refuse a repeat anywhere.
        java.util.List<Author> seventeen = java.util.stream.IntStream.range(0, 17)
                .mapToObj(i -> Author.of("Author " + i)).toList();
        assertEquals(17, paper().addAllAuthors(seventeen).build().authors().size());
        assertEquals(16, paper().addAllAuthors(seventeen.subList(0, 16)).build().authors().size());
        refused("'Author 3' of 'SparseKV' is empty, a '+' placeholder or repeated",
                () -> paper().addAllAuthors(seventeen).addAuthors(Author.of("Author 3")).build());
        refused("'Author 3' of 'SparseKV' is empty, a '+' placeholder or repeated",
                () -> paper().addAllAuthors(seventeen.subList(0, 15)).addAuthors(Author.of("Author 3")).build());
        refused("URL of 'SparseKV' 'https://x\n' has a line break", () -> paper().url("https://x\n").build());
        refused("heading span of 'SparseKV'", () -> paper().span(LINE_3).headingSpan(LINE_9).build());
        refused("'+' placeholder", () -> paper().addAuthors(Author.of("+")).build());
        refused("empty", () -> paper().addAuthors(Author.of("")).build());
        refused("not inside", () -> paper().span(LINE_3).voteSpan(LINE_9).build());
        refused("not inside", () -> paper().span(LINE_3).headingSpan(LINE_9).build());
        refused("not inside", () -> paper().span(LINE_3).authorsSpan(LINE_9).build());

        Paper paper = paper().votes(0).build();
        assertEquals(Optional.of("2503.01234"), paper.arxivId(), "filled in from the URL");
        assertEquals(0, paper.votes().getAsInt(), "zero votes are votes");
        assertEquals(Optional.empty(), paper.span(), "a built paper has no span");
        assertEquals(Optional.empty(), paper.headingSpan());
    }

    @Test
    void editions() {
        LocalDate date = LocalDate.of(2025, 3, 14);
        refused("contradicts its date 2025-03-14", () -> Edition.builder().date(date).heading("Daily Papers (2025-03-15)").build());
        refused("names a calendar date", () -> Edition.builder().heading("Daily Papers (2025-03-15)").build());
        refused("README block", () -> Edition.builder().heading("Project Description").build());
        refused("is empty", () -> Edition.builder().heading("").build());
        refused("line break", () -> Edition.builder().heading("Daily Papers (x\n)").build());
        refused("heading span", () -> Edition.builder().headingSpan(LINE_3).build());
        refused("starts after", () -> Edition.builder().heading("Daily Papers (x)").span(LINE_3).headingSpan(LINE_9).build());

        assertEquals(Optional.of("Daily Papers (2025-03-14)"), Edition.builder().date(date).build().heading(),
                "a dated edition gets its canonical heading");
        assertEquals(Optional.empty(), Edition.builder().build().heading(), "papers before any heading");
        Edition invalidDate = Edition.builder().heading("Daily Papers (2024-02-30)").build();
        assertEquals(Optional.empty(), invalidDate.date(), "an invalid date is a heading without a date");
    }

    @Test
    void digests() {
        Edition dated = Edition.builder().date(LocalDate.of(2025, 3, 14)).build();
        refused("edition 2 has no heading; only the first edition",
                () -> Digest.builder().addEditions(dated, Edition.builder().build()).build());
        assertEquals(2, Digest.builder().addEditions(Edition.builder().build(), dated).build().editions().size());
    }

    @Test
    void sections() {
        refused("only labeled kinds", () -> Section.builder().kind(SectionKind.POINT).label("What's New").text("x").build());
        refused("only a POINT has none", () -> Section.builder().kind(SectionKind.WHATS_NEW).text("x").build());
        refused("is of kind OTHER, not WHATS_NEW", () -> Section.builder().kind(SectionKind.WHATS_NEW).label("Limitations")
                .text("x").build());
        refused("line break", () -> Section.builder().kind(SectionKind.OTHER).label("a\nb").text("x").build());
        refused("2 lines but 1 text line spans", () -> Section.builder().kind(SectionKind.POINT).text("a\nb")
                .addTextLineSpans(LINE_3).build());
        assertEquals(List.of(), Section.builder().kind(SectionKind.POINT).text("a\nb").build().textLineSpans(),
                "a built section has no line spans at all");
    }

    @Test
    void readmeBlocks() {
        refused("has level 3", () -> ReadmeBlock.builder().level(3).heading("Deep").markdown("").build());
        refused("has level 0", () -> ReadmeBlock.builder().level(0).heading("None").markdown("").build());
        refused("line break", () -> ReadmeBlock.builder().level(1).heading("a\rb").markdown("").build());
        refused("an edition", () -> ReadmeBlock.builder().level(2).heading("Daily Papers (2025-03-14)").markdown("").build());
        refused("carriage return", () -> ReadmeBlock.builder().level(1).heading("H").markdown("a\r\nb").build());
        refused("carriage return", () -> ReadmeBlock.builder().level(1).heading("H").markdown("\rb").build());
        refused("starts a block of its own", () -> ReadmeBlock.builder().level(1).heading("H").markdown("a\n## B").build());
        assertEquals(1, ReadmeBlock.builder().level(1).heading("Daily Papers (2025-03-14)").markdown("").build().level(),
                "a level-1 date-like heading is a README block");
    }

    @Test
    void smallerElements() {
        refused("line break", () -> Author.of("Ana\nKim"));
        refused("line break", () -> Media.of(MediaType.IMAGE, "x\ny"));
        refused("is empty", () -> UnrecognisedLine.builder().text("").build());
        refused("line break", () -> UnrecognisedLine.builder().text("a\rb").build());
        TextRange term = new TextRange(0, 3);
        TextRange group = new TextRange(3, 10);
        refused("term is empty", () -> Gloss.builder().term("").kind(GlossKind.TRANSLATION).termRange(term)
                .groupRange(group).build());
        refused("does not end before its group", () -> Gloss.builder().term("abc").kind(GlossKind.TRANSLATION)
                .termRange(new TextRange(0, 5)).groupRange(group).build());
        refused("shorter than its parentheses", () -> Gloss.builder().term("abc").kind(GlossKind.TRANSLATION)
                .termRange(term).groupRange(new TextRange(3, 4)).build());
        refused("empty gloss or acronym", () -> Gloss.builder().term("abc").kind(GlossKind.TRANSLATION).gloss("")
                .termRange(term).groupRange(group).build());
        refused("empty gloss or acronym", () -> Gloss.builder().term("abc").kind(GlossKind.ABBREVIATION).acronym("")
                .termRange(term).groupRange(group).build());
        refused("covers 2", () -> new ScriptSegment(Script.LATIN, new TextRange(0, 2), "abc"));
        assertEquals("()", new TextRange(3, 5).of("abc()"), "the shortest group: its parentheses");
        assertEquals(2, Gloss.builder().term("abc").kind(GlossKind.TRANSLATION).termRange(term)
                .groupRange(new TextRange(3, 5)).build().groupRange().length(), "a group of just its parentheses");
        assertEquals(0, new TextRange(3, 3).length(), "an empty range");
        refused("invalid range", () -> new TextRange(3, 2));
        refused("invalid range", () -> new TextRange(-1, 2));
    }

    @Test
    void spans() {
        refused("invalid span", () -> new SourceSpan(2, 5, 2, 4, 0, 0));
        refused("invalid span", () -> new SourceSpan(2, 1, 1, 1, 0, 0));
        refused("invalid span", () -> new SourceSpan(1, 1, 1, 1, Integer.MAX_VALUE, 1));
        refused("invalid span", () -> new SourceSpan(0, 1, 1, 1, 0, 0));
        refused("invalid span", () -> new SourceSpan(1, 1, 1, 1, -1, 0));
        SourceSpan span = new SourceSpan(1, 1, 2, 1, 2, 3);
        assertEquals(5, span.endOffset());
        assertEquals(List.of(false, true, true, true, false),
                java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(span::contains).toList(), "contains [2, 5)");
    }
}
