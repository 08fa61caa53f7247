package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.SourceSpan;
import java.util.List;

/**
 * Maps indexes of a section's text back to the input: the text's {@code \n}-separated lines
 * each came from one source line, whose span is known.
 */
final class TextPositions {

    private final String text;
    private final List<SourceSpan> lineSpans;
    private final int[] lineStarts;
    private final boolean hasSurrogates;

    TextPositions(String text, List<SourceSpan> lineSpans) {
        this.text = text;
        this.lineSpans = lineSpans;
        this.hasSurrogates = !lineSpans.isEmpty() && containsSurrogate(text);
        this.lineStarts = new int[lineSpans.size()];
        int line = 0;
        for (int i = 0; i < text.length() && line + 1 < lineStarts.length; i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[++line] = i + 1;
            }
        }
    }

    private static boolean containsSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The span of the text range [start, end) in the input, or NONE for an unparsed text. */
    SourceSpan span(int start, int end) {
        if (lineSpans.isEmpty()) {
            return SourceSpan.NONE;
        }
        int line = lineIndex(start);
        SourceSpan source = lineSpans.get(line);
        int offset = source.offset() + (start - lineStarts[line]);
        int column = source.column() + columns(lineStarts[line], start);
        int endLine = lineIndex(Math.max(start, end - 1));
        SourceSpan endSource = lineSpans.get(endLine);
        int endColumn = endSource.column() + columns(lineStarts[endLine], end);
        int endOffset = endSource.offset() + (end - lineStarts[endLine]);
        return new SourceSpan(source.line(), column, endSource.line(), endColumn, offset, endOffset - offset);
    }

    private int columns(int from, int to) {
        return hasSurrogates ? text.codePointCount(from, to) : to - from;
    }

    private int lineIndex(int index) {
        int found = java.util.Arrays.binarySearch(lineStarts, index);
        return found >= 0 ? found : -found - 2;
    }
}
