package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.SourceSpan;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Maps indexes of a section's text back to the input: the text's {@code \n}-separated lines
 * each came from one source line, whose span is known.
 */
final class TextPositions {

    private final String text;
    private final List<SourceSpan> lineSpans;
    private final int[] lineStarts;
    /** Indexes of the surrogate pairs' high halves, found on first use; often none. */
    private int[] pairs;

    TextPositions(String text, List<SourceSpan> lineSpans) {
        this.text = text;
        this.lineSpans = lineSpans;
        this.lineStarts = new int[lineSpans.size()];
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0 && line + 1 < lineStarts.length; i = text.indexOf('\n', i + 1)) {
            lineStarts[++line] = i + 1;
        }
    }

    private int[] pairs() {
        if (pairs == null && !spansCountPairs(lineSpans)) {
            pairs = new int[0];
        }
        if (pairs == null) {
            int[] found = new int[0];
            int count = 0;
            for (int i = 0, n = text.length() - 1; i < n; i++) {
                if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, Math.max(8, count * 2));
                    }
                    found[count++] = i++;
                }
            }
            pairs = Arrays.copyOf(found, count);
        }
        return pairs;
    }

    /**
     * Whether a line of the text may hold a surrogate pair: then its span has fewer columns (code
     * points) than chars. Asked of the spans, which know it already, instead of reading the text
     * of every section with a gloss.
     */
    private static boolean spansCountPairs(List<SourceSpan> lineSpans) {
        for (SourceSpan line : lineSpans) {
            if (line.endLine() != line.line() || line.endColumn() - line.column() != line.length()) {
                return true;
            }
        }
        return false;
    }

    /** The span of the text range [start, end) in the input; empty for an unparsed text. */
    Optional<SourceSpan> span(int start, int end) {
        if (lineSpans.isEmpty()) {
            return Optional.empty();
        }
        int line = lineIndex(start);
        SourceSpan source = lineSpans.get(line);
        int offset = source.offset() + (start - lineStarts[line]);
        int column = source.column() + columns(lineStarts[line], start);
        int endLine = lineIndex(Math.max(start, end - 1));
        SourceSpan endSource = lineSpans.get(endLine);
        int endColumn = endSource.column() + columns(lineStarts[endLine], end);
        int endOffset = endSource.offset() + (end - lineStarts[endLine]);
        return Optional.of(new SourceSpan(source.line(), column, endSource.line(), endColumn, offset, endOffset - offset));
    }

    /**
     * {@code text.codePointCount(from, to)}, in logarithmic time: counting from the line start
     * for every gloss would be quadratic on a long line.
     */
    private int columns(int from, int to) {
        int[] starts = pairs();
        if (starts.length == 0 || to - from < 2) {
            return to - from;
        }
        // A pair counts once when both halves are inside: its high half is in [from, to - 2].
        return to - from - (pairsBelow(starts, to - 1) - pairsBelow(starts, from));
    }

    private static int pairsBelow(int[] starts, int index) {
        int found = Arrays.binarySearch(starts, index);
        return found >= 0 ? found : -found - 1;
    }

    private int lineIndex(int index) {
        if (lineStarts.length == 1) {
            return 0; // most sections are one line
        }
        int found = Arrays.binarySearch(lineStarts, index);
        return found >= 0 ? found : -found - 2;
    }
}
