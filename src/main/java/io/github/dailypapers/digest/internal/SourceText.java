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
    private final int start;
    private final int end;
    private final int firstLine;
    private final int[] lineStarts;
    private final int lineCount;
    private final boolean hasCarriageReturns;
    /** Per line: whether it has surrogates, found out the first time a column on it is needed. */
    private final byte[] surrogates;
    /** Whether the part has any surrogate at all: found out once, the first time a column is needed. */
    private byte anySurrogates = UNKNOWN;
    private int lastLine = 1;

    SourceText(String text) {
        this(text, 0, text.length(), 1);
    }

    /**
     * The part {@code [start, end)} of a text, whose first line is line {@code firstLine} of the
     * whole input (parts of a large input are parsed separately, with correct line numbers).
     */
    SourceText(String text, int start, int end, int firstLine) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.firstLine = firstLine;
        this.hasCarriageReturns = indexOf(text, '\r', start, end) >= 0;
        // About one line per 50 chars in a digest: grow rarely.
        int[] starts = new int[Math.max(16, (end - start) / 48)];
        starts[0] = start;
        int count = 1;
        int n = end;
        int i = start;
        while (i < n) {
            // Without '\r', String.indexOf (a vectorised intrinsic) finds every line end.
            int lineEnd = hasCarriageReturns ? LineEnds.next(text, i, n) : indexOf(text, '\n', i, end);
            if (lineEnd < 0 || lineEnd == n) {
                break;
            }
            int next = lineEnd + LineEnds.lengthAt(text, lineEnd, n);
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

    private static int indexOf(String text, char c, int from, int end) {
        int found = text.indexOf(c, from);
        return found >= end ? -1 : found;
    }

    String text() {
        return text;
    }

    /** How many line ends the part contains. */
    int lineEnds() {
        return lineCount - 1;
    }

    /** Index of the part's first char. */
    int start() {
        return start;
    }

    /** Index just past the part's last char. */
    int end() {
        return end;
    }

    /** Whether any line ends with {@code \r} or {@code \r\n} (else {@code \n} is the only line end). */
    boolean hasCarriageReturns() {
        return hasCarriageReturns;
    }

    /** The 1-based line, counted from the part's first line, that contains the String index. */
    int lineOf(int offset) {
        // Spans are asked for in document order, so the last answer is usually right or close.
        int line = lastLine;
        if (offset < lineStarts[line - 1]) {
            // The start of an element that spans lines (a paper, an edition): the spans after
            // it are asked for where the reading is, so the last answer stays.
            return searchLine(offset);
        }
        if (line == lineCount || offset < lineStarts[line]) {
            return line;
        }
        // Or a few lines further on (the next section, author or header line).
        for (int next = line; next < lineCount && next < line + 8 && offset >= lineStarts[next]; next++) {
            if (next + 1 == lineCount || offset < lineStarts[next + 1]) {
                lastLine = next + 1;
                return lastLine;
            }
        }
        lastLine = searchLine(offset);
        return lastLine;
    }

    /** The 1-based line of a String index, by binary search over the line starts. */
    private int searchLine(int offset) {
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column, in code points, of the String index on its line (counted as in lineOf). */
    int columnOf(int offset, int line) {
        int lineStart = lineStarts[line - 1];
        // A leading byte order mark is not part of the first line's columns.
        if (line == 1 && start == 0 && offset > 0 && text.charAt(0) == '\uFEFF') {
            lineStart = 1;
        }
        if (!hasSurrogates(line)) {
            return offset - lineStart + 1;
        }
        return text.codePointCount(lineStart, offset) + 1;
    }

    private boolean hasSurrogates(int line) {
        if (anySurrogates == UNKNOWN) {
            anySurrogates = containsSurrogate(text, start, end) ? HAS_SURROGATES : BMP_ONLY;
        }
        if (anySurrogates == BMP_ONLY) {
            return false; // almost every digest: no line needs a look of its own
        }
        byte known = surrogates[line - 1];
        if (known == UNKNOWN) {
            int lineEnd = line == lineCount ? end : lineStarts[line];
            known = BMP_ONLY;
            for (int i = lineStarts[line - 1]; i < lineEnd; i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    known = HAS_SURROGATES;
                    break;
                }
            }
            surrogates[line - 1] = known;
        }
        return known == HAS_SURROGATES;
    }

    /** Whether {@code [from, to)} holds a surrogate: one tight loop over the whole part (about 3 chars a ns). */
    static boolean containsSurrogate(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The span of the String range [from, to), with line numbers of the whole input. */
    SourceSpan span(int from, int to) {
        int line = lineOf(from);
        int endLine = to == from ? line : lineOf(to);
        return new SourceSpan(line + firstLine - 1, columnOf(from, line), endLine + firstLine - 1,
                columnOf(to, endLine), from, to - from);
    }
}
