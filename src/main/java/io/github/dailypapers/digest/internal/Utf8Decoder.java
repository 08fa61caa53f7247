package io.github.dailypapers.digest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes UTF-8 bytes, replacing each malformed sequence by U+FFFD and remembering where in the
 * decoded text each replacement is, so the parser can report it.
 */
public final class Utf8Decoder {

    private Utf8Decoder() {}

    /**
     * A decoded text.
     *
     * @param text the text
     * @param replacements String indexes of the U+FFFD characters that replaced malformed bytes
     */
    public record Decoded(String text, List<Integer> replacements) {}

    /**
     * Decodes bytes.
     *
     * @param bytes UTF-8 bytes
     * @return the text and where malformed bytes were replaced
     */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<Integer> replacements = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                replacements.add(out.position());
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), replacements);
    }
}
