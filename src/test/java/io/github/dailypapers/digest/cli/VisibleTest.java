package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What reaches a terminal from an input: every character a terminal would act on is escaped, the rest shown as it is. */
class VisibleTest {

    private static String escaped(char c) {
        return String.format("\\u%04X", (int) c);
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String text = "대형 언어 모델(LLMs)\tand 😀 ~ \u00A0 é\n";
        assertSame(text, Visible.of(text));
        assertNull(Visible.of(null));
        assertEquals("", Visible.of(""));
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', '\u0007', '\b', '\u000B', '\f', '\r', '\u001B', '\u001F', '\u007F', '\u0080', '\u009B',
        '\u009F', '\u2028', '\u2029', '\u061C', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069'})
    void controlAndBidirectionalCharactersAreEscapedWhereTheyStand(char c) {
        assertEquals("ab" + escaped(c) + "cd", Visible.of("ab" + c + "cd"));
        assertEquals(escaped(c), Visible.of(String.valueOf(c)));
        assertEquals(escaped(c) + escaped(c) + "x", Visible.of("" + c + c + "x"));
    }

    @ParameterizedTest
    @ValueSource(chars = {'\t', '\n', ' ', '~', '\u00A0', '\u2027', '\u202F', '\u2065', '\u206A', '\u200D', '\u061B', '\u061D',
        '\uAC00', '\uFFFD'})
    void theirNeighboursAreShown(char c) {
        String text = "ab" + c + "cd";
        assertSame(text, Visible.of(text));
    }

    @Test
    void onlyLoneSurrogatesAreEscaped() {
        String pair = "😀"; // U+1F600: a high and a low surrogate
        char high = pair.charAt(0);
        char low = pair.charAt(1);
        assertSame(pair, Visible.of(pair));
        assertEquals("a" + escaped(high), Visible.of("a" + high), "a high surrogate at the end");
        assertEquals(escaped(high) + "b", Visible.of(high + "b"), "a high surrogate before another char");
        assertEquals(escaped(low) + "b", Visible.of(low + "b"), "a low surrogate at the start");
        assertEquals("a" + escaped(low), Visible.of("a" + low), "a low surrogate after another char");
        assertEquals(escaped(low) + escaped(high), Visible.of("" + low + high), "the halves in the wrong order");
        assertEquals("x" + pair + escaped(low), Visible.of("x" + pair + low), "a pair, then a lone low half");
    }
}
