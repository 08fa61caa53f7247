package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dailypapers.digest.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines and columns of String indexes. {@link SourceText} remembers the last line it found and
 * looks a few lines ahead before a binary search; these tests ask in every order and compare
 * with a plain count.
 */
class SourceTextTest {

    private static final String[] PIECES = {"a", "bc", "\n", "\r", "\r\n", "\uD83D\uDE00", "\u00e9"};

    @Test
    void spansAgreeWithAPlainCountWhateverTheOrderTheyAreAskedIn() {
        qt().withFixedSeed(13L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(random.nextBoolean() ? 3 : PIECES.length)]);
            }
            String text = b.toString();
            int start = text.isEmpty() ? 0 : random.nextInt(text.length() / 3 + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            int firstLine = 1 + random.nextInt(5);
            SourceText source = new SourceText(text, start, end, firstLine);
            List<Integer> offsets = new ArrayList<>();
            for (int i = start; i <= end; i++) {
                offsets.add(i);
            }
            if (random.nextBoolean()) {
                java.util.Collections.shuffle(offsets, random);
            }
            for (int k = 0; k < offsets.size(); k++) {
                int from = offsets.get(k);
                int to = random.nextInt(3) == 0 ? from : from + random.nextInt(end - from + 1);
                SourceSpan span = source.span(from, to);
                String where = text.replace("\r", "\\r").replace("\n", "\\n") + " [" + start + "," + end + ") at " + from + ".." + to;
                assertEquals(expected(text, start, end, firstLine, from, to), span, where);
            }
        });
    }

    /** The span, from the part's text alone. */
    private static SourceSpan expected(String text, int start, int end, int firstLine, int from, int to) {
        String part = text.substring(start, end);
        int[] at = lineAndColumn(part, from - start);
        int[] atEnd = lineAndColumn(part, to - start);
        return new SourceSpan(at[0] + firstLine - 1, at[1], atEnd[0] + firstLine - 1, atEnd[1], from, to - from);
    }

    private static int[] lineAndColumn(String part, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = part.charAt(i);
            boolean ends = c == '\n' || (c == '\r' && (i + 1 == part.length() || part.charAt(i + 1) != '\n'));
            if (ends) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, part.codePointCount(lineStart, offset) + 1};
    }

    @Test
    void aLineAsLongAsTheTableOfLineStartsIsFoundFromTheLineBefore() {
        // 16 lines in a short text: the table of line starts is exactly full.
        String text = "l\n".repeat(15) + "last";
        SourceText source = new SourceText(text);
        assertEquals(15, source.lineEnds());
        assertEquals(15, source.span(28, 29).line());
        assertEquals(16, source.span(31, 32).line());
        assertEquals(2, source.span(31, 32).column());
    }

    @Test
    void aLineOfOnlySurrogatePairsCountsCodePoints() {
        SourceText source = new SourceText("\uD83D\uDE00\uD83D\uDE00");
        SourceSpan span = source.span(2, 4);
        assertEquals(2, span.column());
        assertEquals(3, span.endColumn());
        SourceText second = new SourceText("ab\n\uD83D\uDE00\uD83D\uDE00");
        assertEquals(3, second.span(7, 7).column());
        assertEquals(2, second.span(7, 7).line());
    }

    @Test
    void aByteOrderMarkIsNotAColumn() {
        SourceText source = new SourceText("\uFEFF# A\nb");
        assertEquals(1, source.span(1, 2).column());
        assertEquals(1, source.span(0, 0).column());
        assertEquals(1, source.span(5, 6).column());
    }

    @Test
    void carriageReturnsAreNoticedOnlyInsideThePart() {
        assertTrue(new SourceText("a\r\nb").hasCarriageReturns());
        assertFalse(new SourceText("a\nb").hasCarriageReturns());
        assertFalse(new SourceText("a\nb\r\n", 0, 3, 1).hasCarriageReturns());
        assertTrue(new SourceText("a\rb", 1, 2, 1).hasCarriageReturns());
        assertEquals(2, new SourceText("a\rb\nc").lineEnds());
    }
}
