package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one line-end rule: {@code \r\n}, a lone {@code \r} or {@code \n}, nothing else. */
class LineEndsTest {

    @Test
    void onlyCarriageReturnAndLineFeedArePartOfALineEnd() {
        assertTrue(LineEnds.isLineEndChar('\n'));
        assertTrue(LineEnds.isLineEndChar('\r'));
        assertFalse(LineEnds.isLineEndChar('\u2028'));
        assertFalse(LineEnds.isLineEndChar('\u0085'));
        assertFalse(LineEnds.isLineEndChar('\f'));
    }

    @Test
    void lengthOfTheLineEndAtAnIndex() {
        assertEquals(1, LineEnds.lengthAt("a\nb", 1, 3));
        assertEquals(2, LineEnds.lengthAt("a\r\nb", 1, 4));
        assertEquals(1, LineEnds.lengthAt("a\rb", 1, 3));
        assertEquals(0, LineEnds.lengthAt("a\nb", 0, 3));
        // A \r at end - 1 is a lone one, even if the text goes on with \n.
        assertEquals(1, LineEnds.lengthAt("a\r\nb", 1, 2));
        assertEquals(1, LineEnds.lengthAt("a\r", 1, 2));
    }

    @Test
    void aStringHoldsALineEndIfItHasACarriageReturnOrALineFeedAnywhere() {
        assertFalse(LineEnds.containsLineEnd(""));
        assertFalse(LineEnds.containsLineEnd("a\t\u000B\f\u000E\u2028\u0085 한글😀"));
        for (String text : new String[] {"\n", "\r", "a\n", "\rb", "한\r\n글", "x\u000C\n"}) {
            assertTrue(LineEnds.containsLineEnd(text), text);
        }
    }

    @Test
    void nextLineEndInARange() {
        assertEquals(1, LineEnds.next("a\nb", 0, 3));
        assertEquals(1, LineEnds.next("a\r\nb", 0, 4));
        assertEquals(3, LineEnds.next("abc", 0, 3));
        assertEquals(2, LineEnds.next("a\nb\n", 2, 2));
        assertEquals(3, LineEnds.next("a\nb\n", 2, 4));
    }

    @Test
    void aLineStartsAtTheStartAndAfterEveryLineEndButInsideNoCarriageReturnLineFeed() {
        String text = "a\nb\r\nc\rd\r";
        assertTrue(LineEnds.isLineStart(text, 0));
        assertFalse(LineEnds.isLineStart(text, 1));
        assertTrue(LineEnds.isLineStart(text, 2)); // after \n
        assertFalse(LineEnds.isLineStart(text, 3));
        assertFalse(LineEnds.isLineStart(text, 4)); // between \r and \n
        assertTrue(LineEnds.isLineStart(text, 5)); // after \r\n
        assertTrue(LineEnds.isLineStart(text, 7)); // after a lone \r
        assertTrue(LineEnds.isLineStart(text, 9)); // after a \r at the very end
        assertTrue(LineEnds.isLineStart("", 0));
        assertFalse(LineEnds.isLineStart("ab", 2));
    }

    @Test
    void carriageReturnLineFeedCountsOnce() {
        assertEquals(3, LineEnds.count("a\nb\r\nc\rd", 0, 8));
        assertEquals(0, LineEnds.count("abc", 0, 3));
        assertEquals(1, LineEnds.count("a\r", 0, 2));
        // A \r\n counts at its \n, even if the range ends between the two.
        assertEquals(0, LineEnds.count("a\r\nb", 0, 2));
        assertEquals(1, LineEnds.count("a\r\nb", 2, 4));
        assertEquals(1, LineEnds.count("\n", 0, 1));
    }

    @Test
    void normalisedTextHasOnlyLineFeeds() {
        assertEquals("a\nb\nc\nd", LineEnds.normalise("a\r\nb\rc\nd"));
        assertEquals("\nx", LineEnds.normalise("\rx"));
        assertEquals("\n\n", LineEnds.normalise("\r\r\n"));
        String plain = "a\nb";
        assertSame(plain, LineEnds.normalise(plain));
    }
}
