package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Digest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads an input of any size part by part: buffers chars until a part of at least the minimum
 * length ends before a level-1 or level-2 heading (see {@link DigestParts}), then parses it. Only
 * one part is in memory at a time. Line numbers continue across parts; offsets are relative to
 * the start of each part.
 */
public final class PartReader extends Spliterators.AbstractSpliterator<Digest> {

    private final Reader reader;
    private final int minPartLength;
    private final long maxInputLength;
    private final UnaryOperator<Digest> check;
    private final RuntimeException tooLarge;
    private final StringBuilder buffer = new StringBuilder();
    private final char[] chunk = new char[64 * 1024];
    private long charsRead;
    private int nextLine = 1;
    private boolean first = true;
    private boolean exhausted;
    /** Where the search for a cut resumes, so the buffer is scanned once. */
    private int searchFrom;

    /**
     * Creates a reader of parts.
     *
     * @param reader the input
     * @param minPartLength the smallest part, in chars, worth parsing on its own
     * @param maxInputLength the most chars to read in total
     * @param check applied to every part's digest before it is returned (strict mode)
     * @param tooLarge thrown when the input is longer than the maximum
     */
    public PartReader(Reader reader, int minPartLength, long maxInputLength, UnaryOperator<Digest> check,
            RuntimeException tooLarge) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        this.reader = reader;
        this.minPartLength = minPartLength;
        this.maxInputLength = maxInputLength;
        this.check = check;
        this.tooLarge = tooLarge;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Digest> action) {
        try {
            int cut = -1;
            while (true) {
                if (buffer.length() >= minPartLength) {
                    int from = Math.max(searchFrom, minPartLength);
                    cut = DigestParts.nextHeadingLineStart(buffer, from, buffer.length());
                    if (cut >= 0) {
                        break;
                    }
                    // A heading may be cut off at the end of the buffer: look at its tail again.
                    searchFrom = Math.max(minPartLength, buffer.length() - 3);
                }
                if (exhausted) {
                    break;
                }
                int n = reader.read(chunk);
                if (n < 0) {
                    exhausted = true;
                } else {
                    charsRead += n;
                    if (charsRead > maxInputLength) {
                        throw tooLarge;
                    }
                    buffer.append(chunk, 0, n);
                }
            }
            if (buffer.length() == 0 && !first) {
                return false;
            }
            int end = cut >= 0 ? cut : buffer.length();
            String text = buffer.substring(0, end);
            buffer.delete(0, end);
            searchFrom = 0;
            DigestReader.Part part = readPart(text);
            action.accept(check.apply(part.digest()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DigestReader.Part readPart(String text) {
        // Parts after the first start with '#', so only the first can have a byte order mark.
        DigestReader.Part part = DigestReader.read(text, 0, text.length(), nextLine, List.of());
        first = false;
        nextLine += part.lineEnds();
        return part;
    }
}
