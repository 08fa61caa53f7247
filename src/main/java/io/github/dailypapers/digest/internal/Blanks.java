package io.github.dailypapers.digest.internal;

/**
 * The format's one rule for the blanks around a value (a title, a label, an author, a URL): they
 * are what {@link String#strip()} removes, that is {@link Character#isWhitespace(char)} chars.
 * Readers trim ranges of the input in place with it, so that no value is copied twice.
 */
final class Blanks {

    private Blanks() {}

    /**
     * Where the value in a range starts.
     *
     * @param text the input
     * @param start where the range starts
     * @param end where the range ends
     * @return the first index in {@code [start, end)} that is not a blank, or {@code end}
     */
    static int skip(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Where the value in a range ends.
     *
     * @param text the input
     * @param start where the range starts
     * @param end where the range ends
     * @return the index just past the last char in {@code [start, end)} that is not a blank, or
     *     {@code start}
     */
    static int trimEnd(String text, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
