package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.SourceSpan;
import java.util.Arrays;

/**
 * The input being parsed, with what is needed to turn String indexes into source spans: where
 * each line starts, and whether columns (counted in code points) differ from String indexes.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;
    private final int lineCount;
    private final boolean hasSurrogates;

    SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        boolean surrogates = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            } else if (Character.isSurrogate(c)) {
                surrogates = true;
            }
        }
        this.lineStarts = starts;
        this.lineCount = count;
        this.hasSurrogates = surrogates;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The 1-based line that contains the String index. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column, in code points, of the String index on its line. */
    int columnOf(int offset, int line) {
        int lineStart = lineStarts[line - 1];
        // A leading byte order mark is not part of the first line's columns.
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF' && offset > 0) {
            lineStart = 1;
        }
        if (!hasSurrogates) {
            return offset - lineStart + 1;
        }
        return text.codePointCount(lineStart, offset) + 1;
    }

    /** The span of the String range [start, end). */
    SourceSpan span(int start, int end) {
        int line = lineOf(start);
        int endLine = end == start ? line : lineOf(end);
        return new SourceSpan(line, columnOf(start, line), endLine, columnOf(end, endLine), start, end - start);
    }
}
