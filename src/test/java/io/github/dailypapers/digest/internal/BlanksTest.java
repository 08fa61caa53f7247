package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule for the blanks around a value: what {@link String#strip()} removes, in place. */
class BlanksTest {

    /** Blanks as the digests write them, and the other chars {@code strip()} removes; then chars it keeps. */
    private static final String BLANKS = " \t\u000B\f\u001C\u2003\u3000";
    private static final String NOT_BLANKS = "\u00A0\u2007\u202Fa한"; // no-break spaces are text

    @Test
    void trimmingARangeGivesWhatStripGives() {
        String[] values = {"", "x", "한 글", "  Author Name\t", BLANKS + "v" + BLANKS, BLANKS, "\u00A0title\u00A0"};
        for (String value : values) {
            String text = "[" + value + "]";
            int from = Blanks.skip(text, 1, text.length() - 1);
            int to = Blanks.trimEnd(text, from, text.length() - 1);
            assertEquals(value.strip(), text.substring(from, to), value);
        }
    }

    @Test
    void everyBlankIsSkippedAndNothingElse() {
        for (char c : BLANKS.toCharArray()) {
            String text = c + "a" + c;
            assertEquals(1, Blanks.skip(text, 0, 3), Integer.toHexString(c));
            assertEquals(2, Blanks.trimEnd(text, 0, 3), Integer.toHexString(c));
        }
        for (char c : NOT_BLANKS.toCharArray()) {
            String text = String.valueOf(c);
            assertEquals(0, Blanks.skip(text, 0, 1), Integer.toHexString(c));
            assertEquals(1, Blanks.trimEnd(text, 0, 1), Integer.toHexString(c));
        }
    }

    @Test
    void neverLeavesTheRange() {
        String text = "  a  b  ";
        assertEquals(2, Blanks.skip(text, 0, 8));
        assertEquals(6, Blanks.trimEnd(text, 0, 8));
        // A range of blanks only: skipping stops at its end, trimming at its start.
        assertEquals(5, Blanks.skip(text, 3, 5));
        assertEquals(3, Blanks.trimEnd(text, 3, 5));
        assertEquals(6, Blanks.skip(text, 6, 6));
        assertEquals(6, Blanks.trimEnd(text, 6, 6));
    }
}
