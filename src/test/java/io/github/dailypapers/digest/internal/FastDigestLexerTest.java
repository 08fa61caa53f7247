package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dailypapers.digest.internal.grammar.DigestLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast text path must give exactly the tokens of the generated lexer. */
class FastDigestLexerTest {

    /** Pieces that exercise every mode, marker, near-marker and line end. */
    private static final String[] PIECES = {
        "\n", "\r\n", "\r", " ", "-", "- ", "*", "**", "***", ":", "]", "](", "(", ")", "[", "#", "# ", "## ",
        "### [", "## Daily Papers (", "2024-10-28)", "![", "](https://x.org/a.png)", "[Watch Video]",
        "<video", "<div><video", "<", "Vote:", "V", "Vote", "Authors:", "A", "Auth", "!", "***What's New***:",
        "**Technical Details**:", "***Bad*:", "텍스트", "희소 주의(sparse attention)", "가", "\t", "\u00a0",
        "\uFEFF", "\u0008", "x", "abc", "😀", "'", "\"", "\\",
        // near misses of every marker and label
        "##", "###", "### ", "## Daily Papers", "## Daily", "# Daily Papers", "!x", "[Watch", "[Watch Video",
        "<div>", "<div><vid", "<vid", "Vot", "Vote: 3", "Vote: -", "Authors", "Authors: A, B", "-x", "--",
        "***x***", "***x**:", "**x**", "**x***:", "*x*:", "****:", "***:", "**:", "*", "***What's New***",
        "**고찰**:", "***비전 인코더 (Vision Encoder)***:", "](", "]]", "[[",
        // blank and indented lines, invisible characters that make a line text, video players
        "  ", " \t ", "\u000B", "\u000C", "\u001C", "\u001F", "\u2028", "\u3000", "\u0085",
        "[Watch Video](https://x.org/v.mp4)\n<div><video controls src=\"https://x.org/v.mp4\"></video></div>",
        "[Watch Video]x\r\n<video", "[Watch Video]\r<video src=x>", "\n<video", "\n<div><video", "\n<div><vid",
        "[Watch Video]v\n  \n\t\r\n\r<video", "[Watch Video]v\n\n \n<div><vid",
    };

    /** Inputs made of the grammar's markers, labels, near misses, blanks and odd chars, in any order. */
    static Gen<String> digestLikeText() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40)
                .map(indexes -> {
                    StringBuilder s = new StringBuilder();
                    indexes.forEach(i -> s.append(PIECES[i]));
                    return s.toString();
                });
    }

    static List<String> tokens(Lexer lexer) {
        List<String> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            tokens.add(t.getType() + "@" + t.getStartIndex() + ".." + t.getStopIndex() + " " + t.getLine() + ":"
                    + t.getCharPositionInLine() + " mode " + lexer._mode + " next " + lexer.getLine() + ":"
                    + lexer.getCharPositionInLine());
            if (t.getType() == Token.EOF) {
                return tokens;
            }
        }
    }

    private static void assertSameTokens(String text) {
        // The reference lexes code units too, so indexes are comparable even with surrogates.
        DigestLexer reference = new DigestLexer(new Utf16CharStream(text, 0, text.length()));
        reference.removeErrorListeners();
        FastDigestLexer fast = new FastDigestLexer(new Utf16CharStream(text, 0, text.length()), text, text.length(),
                text.indexOf('\r') < 0);
        fast.removeErrorListeners();
        assertEquals(tokens(reference), tokens(fast), () -> "input: " + text.replace("\n", "\\n").replace("\r", "\\r"));
    }

    @Test
    void randomDigestLikeTextGivesTheSameTokens() {
        qt().withFixedSeed(20261124L).withExamples(5_000).forAll(digestLikeText()).checkAssert(
                FastDigestLexerTest::assertSameTokens);
    }

    @Test
    void everyLiteralOfTheGrammarIsExercised() {
        // A marker added to the grammar must be added to the fast path (and to PIECES) too.
        List<String> pieces = List.of(PIECES);
        for (int type = 1; type <= DigestLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = DigestLexer.VOCABULARY.getLiteralName(type);
            if (literal != null) {
                String text = literal.substring(1, literal.length() - 1);
                assertTrue(pieces.stream().anyMatch(p -> p.startsWith(text)), "no piece for " + literal);
            }
        }
        for (String literal : List.of("## Daily Papers (", "### [", "## ", "# ", "![", "[Watch Video]", "<div><video",
                "<video", "Vote:", "Authors:", "- ", "](", "[Watch Video]\n<video", "[Watch Video]\r\n<div><video",
                " ", "\t")) {
            assertSameTokens(literal);
            assertSameTokens(literal + "x\n" + literal);
            assertSameTokens(literal.substring(0, literal.length() - 1));
        }
    }

    @Test
    void starsAroundNothingAreNoLabel() {
        assertSameTokens("- ******: x\n");
        assertSameTokens("- *****: x\n");
        assertSameTokens("- ****: x\n");
    }

    @Test
    void markersAreNotMatchedAcrossThePartsEnd() {
        // A part of a larger input ends where its lexer's input ends, even inside a marker.
        String text = "## Daily Papers (2025-01-02)\n### [T](u)\n<div><video src=x>\n[Watch Video]\n<video src=x>\n";
        for (int end = 0; end <= text.length(); end++) {
            assertSameTokens(text, end);
        }
    }

    private static void assertSameTokens(String text, int end) {
        DigestLexer reference = new DigestLexer(new Utf16CharStream(text, 0, end));
        reference.removeErrorListeners();
        FastDigestLexer fast = new FastDigestLexer(new Utf16CharStream(text, 0, end), text, end, true);
        fast.removeErrorListeners();
        assertEquals(tokens(reference), tokens(fast), () -> "input up to " + end + ": " + text.replace("\n", "\\n"));
    }

    @Test
    void longLinesAndManyLinesGiveTheSameTokens() {
        String line = "### [T [a] (b)](https://arxiv.org/abs/2401.00001)\n- ***What's New***: "
                + "희소 주의(sparse attention) ".repeat(200) + "\nVote: 3\n";
        assertSameTokens(line.repeat(50));
        assertSameTokens(line.repeat(50).replace("\n", "\r\n"));
        assertSameTokens(line.repeat(50).replace("\n", "\r"));
    }

    @Test
    void codePointStreamAndUtf16StreamAgreeOnBmpText() {
        String text = "## Daily Papers (2024-10-28)\n### [제목 (v2)](https://arxiv.org/abs/2410.00001)\n- ***What's New***: 텍스트\n";
        DigestLexer byCodePoint = new DigestLexer(CharStreams.fromString(text));
        DigestLexer byUnit = new DigestLexer(new Utf16CharStream(text, 0, text.length()));
        assertEquals(tokens(byCodePoint), tokens(byUnit));
    }
}
