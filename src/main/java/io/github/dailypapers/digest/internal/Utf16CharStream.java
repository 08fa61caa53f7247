package io.github.dailypapers.digest.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A char stream over a String's UTF-16 code units.
 *
 * <p>ANTLR's own streams index by code point, so token positions would need translating back
 * to String indexes for every span. The grammar only matches BMP characters and negated sets,
 * so lexing code units gives the same tokens, and a token's start index is its String index.
 */
final class Utf16CharStream implements CharStream {

    private final String text;
    private final int start;
    private final int end;
    private int index;

    Utf16CharStream(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.index = start;
    }

    @Override
    public String getText(Interval interval) {
        int from = Math.max(interval.a, start);
        int to = Math.min(interval.b + 1, end);
        return from >= to ? "" : text.substring(from, to);
    }

    @Override
    public void consume() {
        if (index >= end) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int at = i > 0 ? index + i - 1 : index + i;
        if (at < start || at >= end) {
            return IntStream.EOF;
        }
        return text.charAt(at);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // Nothing is buffered: the whole text is in memory.
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int target) {
        index = Math.max(start, Math.min(target, end));
    }

    @Override
    public int size() {
        return end;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
