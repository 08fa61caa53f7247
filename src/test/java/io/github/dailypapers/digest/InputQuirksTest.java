package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Byte-level quirks of real files: line ends, byte order marks, control characters inside lines,
 * empty inputs and final newlines. The fixtures are derived in code from a hand-written one, so
 * the special bytes are explicit here rather than hidden in a file.
 */
class InputQuirksTest {

    private static final DigestParser PARSER = DigestParser.builder().build();
    private static final String LF = TestResources.read("/fixtures/current-dialect.md");

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void crlfAndLoneCrReadLikeLf(String lineEnd) {
        String input = LF.replace("\n", lineEnd);
        Digest digest = PARSER.parse(input);
        Digest expected = PARSER.parse(LF);
        assertEquals(expected, digest);
        assertEquals(DialectFixturesTest.diagnostics(expected), DialectFixturesTest.diagnostics(digest));
        List<Paper> papers = digest.papers();
        assertEquals(List.of(3, 15), papers.stream().map(p -> p.span().orElseThrow().line()).toList());
        Section section = papers.get(0).sections().get(1);
        assertEquals(12, section.span().orElseThrow().line());
        assertEquals(section.text(), input.substring(section.textLineSpans().get(0).offset(),
                section.textLineSpans().get(0).endOffset()));
    }

    @Test
    void mixedLineEndsInOneFile() {
        String input = "## Daily Papers (2025-01-02)\r\n\r### [T](https://arxiv.org/abs/2501.00001)\n\r\nVote: -\r- a\r  b\n";
        Digest digest = PARSER.parse(input);
        Paper paper = digest.papers().get(0);
        assertEquals(3, paper.span().orElseThrow().line());
        assertEquals(5, paper.voteSpan().orElseThrow().line());
        assertEquals("a\n  b", paper.sections().get(0).text());
        assertEquals(List.of("5:1 WARNING VOTE_PLACEHOLDER"), DialectFixturesTest.diagnostics(digest));
    }

    @Test
    void aByteOrderMarkIsIgnoredAndColumnsStartAfterIt() {
        Digest digest = PARSER.parse("\uFEFF" + LF);
        assertEquals(PARSER.parse(LF), digest);
        assertEquals(1, digest.editions().get(0).span().orElseThrow().column());
        assertEquals(1, digest.editions().get(0).span().orElseThrow().offset(), "offsets count the mark");
        Digest bomOnly = PARSER.parse("\uFEFF");
        assertEquals(List.of(), bomOnly.editions());
        assertEquals(List.of(), bomOnly.diagnostics());
    }

    @Test
    void controlCharactersInsideLinesAreText() {
        String odd = "a\tb\u0008c\u000Cd\u2062e\u00A0f";
        String input = "## Daily Papers (2025-01-02)\n\n### [Title " + odd + "](https://arxiv.org/abs/2501.00001)\n\n"
                + "Authors: Kim\u00A0Lee, Park\tJi\n\n- ***What's New***: " + odd + "\n";
        Digest digest = PARSER.parse(input);
        Paper paper = digest.papers().get(0);
        assertEquals("Title " + odd, paper.title());
        assertEquals(List.of("Kim\u00A0Lee", "Park\tJi"), paper.authors().stream().map(a -> a.name()).toList());
        assertEquals(odd, paper.sections().get(0).text());
        assertEquals(List.of(), digest.diagnostics());
    }

    @Test
    void emptyAndHeadingOnlyFilesAreValid() {
        Digest empty = PARSER.parse("");
        assertEquals(List.of(), empty.editions());
        assertEquals(List.of(), empty.diagnostics());
        Digest headingOnly = PARSER.parse("## Daily Papers (2025-01-02)");
        assertEquals(1, headingOnly.editions().size());
        assertEquals(List.of(), headingOnly.papers());
        assertEquals(List.of(), headingOnly.diagnostics());
        assertEquals(List.of(), PARSER.parse("\n\n  \n\t\n").diagnostics(), "blank lines are nothing");
    }

    @Test
    void finalNewlinesDoNotMatter() {
        String trimmed = LF.stripTrailing();
        Digest expected = PARSER.parse(trimmed);
        assertEquals(expected, PARSER.parse(trimmed + "\n"));
        assertEquals(expected, PARSER.parse(trimmed + "\n\n"));
        assertEquals(expected, PARSER.parse(trimmed + "\r\n\r\n"));
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        String input = "## Daily Papers (2025-01-02)\n\n### [T](https://arxiv.org/abs/2501.00001)\n\n"
                + "Authors: 😀 Kim, 😀😀 Lee, 😀 Kim\n";
        Digest digest = PARSER.parse(input);
        SourceSpan lee = digest.papers().get(0).authors().get(1).span().orElseThrow();
        assertEquals(5, lee.line());
        assertEquals(17, lee.column(), "'Authors: 😀 Kim, ' is 16 code points");
        assertEquals("😀😀 Lee", input.substring(lee.offset(), lee.endOffset()));
        assertEquals(5, digest.diagnostics().get(0).line());
        assertEquals(25, digest.diagnostics().get(0).column());
    }

    @Test
    void glossColumnsCountCodePointsInEachLineOfASection() {
        String input = "## Daily Papers (2025-01-02)\n\n### [T](https://arxiv.org/abs/2501.00001)\n\n"
                + "- **What's New**: 이 모델은 지식 증류(knowledge distillation)를 씁니다.\n"
                + "  😀😀 그리고 강화 학습(RL)을 더합니다.\n";
        List<Gloss> glosses = PARSER.parse(input).papers().get(0).sections().get(0).glosses();
        assertEquals(2, glosses.size());
        SourceSpan plain = glosses.get(0).termSpan().orElseThrow();
        assertEquals("지식 증류", input.substring(plain.offset(), plain.endOffset()));
        assertEquals(25, plain.column(), "'- **What's New**: 이 모델은 ' is 24 code points");
        SourceSpan afterPairs = glosses.get(1).termSpan().orElseThrow();
        assertEquals("강화 학습", input.substring(afterPairs.offset(), afterPairs.endOffset()));
        assertEquals(6, afterPairs.line());
        assertEquals(10, afterPairs.column(), "'  😀😀 그리고 ' is 9 code points");
        assertEquals(15, afterPairs.endColumn());
    }

    @Test
    void everyElementSpanGivesBackItsSource() {
        String input = TestResources.read("/fixtures/votes-authors.md");
        Digest digest = PARSER.parse(input);
        for (Paper paper : digest.papers()) {
            String heading = input.substring(paper.headingSpan().orElseThrow().offset(), paper.headingSpan().orElseThrow().endOffset());
            assertTrue(heading.startsWith("### [" + paper.title() + "]("), heading);
            assertTrue(input.substring(paper.span().orElseThrow().offset(), paper.span().orElseThrow().endOffset()).startsWith(heading));
            paper.authorsSpan().ifPresent(span ->
                    assertTrue(input.substring(span.offset(), span.endOffset()).startsWith("Authors:")));
        }
    }
}
