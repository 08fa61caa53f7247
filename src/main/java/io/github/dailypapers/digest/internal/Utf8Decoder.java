package io.github.dailypapers.digest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes UTF-8 bytes as a {@link Reader}, replacing each malformed sequence by U+FFFD and
 * remembering where in the decoded text (counted in chars from the start) each replacement is,
 * so the parser can report it. It reads its input in small chunks: decoding never needs the
 * whole input in memory.
 */
public final class Utf8Decoder extends Reader {

    /**
     * A decoded text.
     *
     * @param text the text
     * @param replacements String indexes of the U+FFFD characters that replaced malformed bytes
     */
    public record Decoded(String text, List<Integer> replacements) {}

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private final ArrayDeque<Long> replacements = new ArrayDeque<>();
    private boolean endOfInput;
    private boolean done;
    private long position;

    /**
     * A decoder of a byte stream, which it does not close.
     *
     * @param in UTF-8 bytes
     */
    public Utf8Decoder(InputStream in) {
        this.in = in;
    }

    /**
     * Decodes bytes.
     *
     * @param bytes UTF-8 bytes
     * @return the text and where malformed bytes were replaced
     */
    public static Decoded decode(byte[] bytes) {
        try {
            return decode(new ByteArrayInputStream(bytes), bytes.length, Integer.MAX_VALUE, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes a whole stream, refusing it as soon as its text is longer than the maximum.
     *
     * @param in UTF-8 bytes, not closed
     * @param sizeHint the number of bytes expected (for the first allocation), or 0
     * @param maxChars the most chars the text may have
     * @param tooLarge thrown when the text is longer than the maximum
     * @return the text and where malformed bytes were replaced
     * @throws IOException if reading fails
     */
    public static Decoded decode(InputStream in, long sizeHint, int maxChars, RuntimeException tooLarge)
            throws IOException {
        Utf8Decoder decoder = new Utf8Decoder(in);
        // A char takes one to three bytes: start at the size for mostly-Hangul text, grow if needed.
        StringBuilder text = new StringBuilder((int) Math.min(maxChars, Math.min(sizeHint / 2 + 16, Integer.MAX_VALUE - 16)));
        char[] chunk = new char[8192];
        for (int n; (n = decoder.read(chunk, 0, chunk.length)) >= 0; ) {
            if (text.length() + (long) n > maxChars) {
                throw tooLarge;
            }
            text.append(chunk, 0, n);
        }
        List<Integer> replaced = new ArrayList<>(decoder.replacements.size());
        for (long at : decoder.replacements) {
            replaced.add((int) at);
        }
        return new Decoded(text.toString(), replaced);
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, off, len);
        while (out.hasRemaining() && !done) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break; // the bad bytes stay in the buffer until there is room for their replacement
                }
                replacements.add(position + out.position() - off);
                out.put('\uFFFD');
                bytes.position(bytes.position() + result.length());
            } else if (result.isOverflow()) {
                break;
            } else if (endOfInput) {
                if (decoder.flush(out).isOverflow()) {
                    break;
                }
                done = true;
            } else if (out.position() > off) {
                break; // hand over what is decoded rather than wait for more input
            } else {
                fill();
            }
        }
        int n = out.position() - off;
        position += n;
        return n == 0 && done ? -1 : n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /**
     * Removes and returns the positions of the replacements before {@code end}, made relative
     * to {@code start}.
     *
     * @param start the position the result is relative to
     * @param end the position (in chars from the start of the input) before which to take them
     * @return the positions, relative to start
     */
    public List<Integer> takeReplacements(long start, long end) {
        List<Integer> taken = new ArrayList<>();
        while (!replacements.isEmpty() && replacements.peekFirst() < end) {
            taken.add((int) (replacements.pollFirst() - start));
        }
        return taken;
    }

    /** Does not close the byte stream: whoever opened it closes it. */
    @Override
    public void close() {
        done = true;
    }
}
