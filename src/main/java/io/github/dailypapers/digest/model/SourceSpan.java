package io.github.dailypapers.digest.model;

/**
 * Where an element came from in the parsed input.
 *
 * <p>Lines and columns are 1-based; columns count Unicode code points, so any language can
 * index a line with them. {@code endLine}/{@code endColumn} point just past the last character.
 * {@code offset} and {@code length} are UTF-16 indexes into the input string as given to the
 * parser (a leading byte order mark included), so {@code input.substring(offset, offset +
 * length)} is the element's source text.
 *
 * @param line 1-based line of the first character
 * @param column 1-based column (in code points) of the first character
 * @param endLine 1-based line of the position just past the last character
 * @param endColumn 1-based column (in code points) of the position just past the last character
 * @param offset UTF-16 index of the first character in the input
 * @param length number of UTF-16 chars covered
 */
public record SourceSpan(int line, int column, int endLine, int endColumn, int offset, int length) {

    /**
     * Validates the span.
     *
     * @param line 1-based line of the first character
     * @param column 1-based column (in code points) of the first character
     * @param endLine 1-based line of the position just past the last character
     * @param endColumn 1-based column (in code points) of the position just past the last
     *     character
     * @param offset UTF-16 index of the first character in the input
     * @param length number of UTF-16 chars covered
     * @throws IllegalArgumentException if a line or column is below 1, the offset or length is
     *     negative, the end comes before the start, or the end offset is beyond
     *     {@link Integer#MAX_VALUE}
     */
    public SourceSpan {
        if (line < 1 || column < 1 || endLine < line || endColumn < 1 || offset < 0 || length < 0
                || (endLine == line && endColumn < column) || offset + length < 0) {
            throw new IllegalArgumentException("invalid span: line " + line + ", column " + column
                    + ", end " + endLine + ":" + endColumn + ", offset " + offset + ", length " + length);
        }
    }

    /**
     * The UTF-16 index just past the last character.
     *
     * @return {@code offset + length}
     */
    public int endOffset() {
        return offset + length;
    }

    /**
     * Whether this span covers the given UTF-16 index of the input.
     *
     * @param index an index into the input
     * @return true if {@code offset <= index < endOffset()}
     */
    public boolean contains(int index) {
        return index >= offset && index < endOffset();
    }
}
