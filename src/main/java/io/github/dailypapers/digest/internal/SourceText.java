package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.SourceSpan;
import java.util.Arrays;

/**
 * The input being parsed, with what is needed to turn String indexes into source spans: where
 * each line starts, and whether a line's columns (counted in code points) differ from its String
 * indexes because it holds surrogate pairs.
 */
final class SourceText {

    private static final byte UNKNOWN = 0;
    private static final byte BMP_ONLY = 1;
    private static final byte HAS_SURROGATES = 2;

    private final String text;
    private final int[] lineStarts;
    private final int lineCount;
    private final boolean hasCarriageReturns;
    /** Per line: whether it has surrogates, found out the first time a column on it is needed. */
    private final byte[] surrogates;
    private int lastLine = 1;

    SourceText(String text) {
        this.text = text;
        this.hasCarriageReturns = text.indexOf('\r') >= 0;
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = hasCarriageReturns ? nextLineEnd(i) : text.indexOf('\n', i);
            if (lineEnd < 0) {
                break;
            }
            int next = lineEnd + 1;
            if (text.charAt(lineEnd) == '\r' && next < n && text.charAt(next) == '\n') {
                next++;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = next;
            i = next;
        }
        this.lineStarts = starts;
        this.lineCount = count;
        this.surrogates = new byte[count];
    }

    private int nextLineEnd(int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Whether any line ends with {@code \r} or {@code \r\n} (else {@code \n} is the only line end). */
    boolean hasCarriageReturns() {
        return hasCarriageReturns;
    }

    /** The 1-based line that contains the String index. */
    int lineOf(int offset) {
        // Spans are asked for in document order, so the last answer is usually right or close.
        int line = lastLine;
        if (offset >= lineStarts[line - 1] && (line == lineCount || offset < lineStarts[line])) {
            return line;
        }
        if (line < lineCount && offset >= lineStarts[line] && (line + 1 == lineCount || offset < lineStarts[line + 1])) {
            lastLine = line + 1;
            return lastLine;
        }
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        lastLine = found >= 0 ? found + 1 : -found - 1;
        return lastLine;
    }

    /** The 1-based column, in code points, of the String index on its line. */
    int columnOf(int offset, int line) {
        int lineStart = lineStarts[line - 1];
        // A leading byte order mark is not part of the first line's columns.
        if (line == 1 && offset > 0 && text.charAt(0) == '\uFEFF') {
            lineStart = 1;
        }
        if (!hasSurrogates(line)) {
            return offset - lineStart + 1;
        }
        return text.codePointCount(lineStart, offset) + 1;
    }

    private boolean hasSurrogates(int line) {
        byte known = surrogates[line - 1];
        if (known == UNKNOWN) {
            int end = line == lineCount ? text.length() : lineStarts[line];
            known = BMP_ONLY;
            for (int i = lineStarts[line - 1]; i < end; i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    known = HAS_SURROGATES;
                    break;
                }
            }
            surrogates[line - 1] = known;
        }
        return known == HAS_SURROGATES;
    }

    /** The span of the String range [start, end). */
    SourceSpan span(int start, int end) {
        int line = lineOf(start);
        int endLine = end == start ? line : lineOf(end);
        return new SourceSpan(line, columnOf(start, line), endLine, columnOf(end, endLine), start, end - start);
    }
}
