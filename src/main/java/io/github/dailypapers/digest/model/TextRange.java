package io.github.dailypapers.digest.model;

/**
 * A range of UTF-16 indexes inside a section's text.
 *
 * @param start index of the first char
 * @param end index just past the last char
 */
public record TextRange(int start, int end) {

    /**
     * Validates the range.
     *
     * @param start index of the first char
     * @param end index just past the last char
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range " + start + ".." + end);
        }
    }

    /**
     * The number of chars in the range.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * The part of {@code text} this range covers.
     *
     * @param text the text the range was taken from
     * @return {@code text.substring(start, end)}
     */
    public String of(String text) {
        return text.substring(start, end);
    }
}
