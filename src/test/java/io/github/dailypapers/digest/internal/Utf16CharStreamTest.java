package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/** The char stream the lexers read: UTF-16 code units of a part of a String, indexed as the String is. */
class Utf16CharStreamTest {

    @Test
    void looksAheadAndBehindInCodeUnitsWithinThePart() {
        Utf16CharStream stream = new Utf16CharStream("xab\uD83D\uDE00y", 1, 5);
        assertEquals(1, stream.index());
        assertEquals('a', stream.LA(1));
        assertEquals('b', stream.LA(2));
        assertEquals(0xD83D, stream.LA(3));
        assertEquals(IntStream.EOF, stream.LA(-1)); // before the part
        assertEquals(0, stream.LA(0));
        stream.consume();
        stream.consume();
        assertEquals(3, stream.index());
        assertEquals('b', stream.LA(-1));
        assertEquals('a', stream.LA(-2));
        assertEquals(0xDE00, stream.LA(2));
        assertEquals(IntStream.EOF, stream.LA(3)); // the 'y' is past the part
    }

    @Test
    void consumingEndOfInputFails() {
        Utf16CharStream stream = new Utf16CharStream("ab", 0, 1);
        stream.consume();
        assertEquals(IntStream.EOF, stream.LA(1));
        assertThrows(IllegalStateException.class, stream::consume);
    }

    @Test
    void seekStaysInsideThePart() {
        Utf16CharStream stream = new Utf16CharStream("abcdef", 1, 4);
        stream.seek(3);
        assertEquals('d', stream.LA(1));
        stream.seek(0);
        assertEquals(1, stream.index());
        stream.seek(9);
        assertEquals(4, stream.index());
        assertEquals(4, stream.size());
    }

    @Test
    void textOfAnIntervalIsClippedToThePart() {
        Utf16CharStream stream = new Utf16CharStream("abcdef", 1, 4);
        assertEquals("bc", stream.getText(Interval.of(1, 2)));
        assertEquals("bcd", stream.getText(Interval.of(0, 9)));
        assertEquals("d", stream.getText(Interval.of(3, 3)));
        assertEquals("", stream.getText(Interval.of(4, 5)));
        assertEquals("", stream.getText(Interval.of(2, 1)));
        assertEquals(IntStream.UNKNOWN_SOURCE_NAME, stream.getSourceName());
    }
}
