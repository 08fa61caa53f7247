package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where malformed UTF-8 was replaced, in chars from the start of the decoded text. */
class Utf8DecoderTest {

    private static byte[] bytes(String before, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] b = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        all[a.length] = (byte) 0xFF;
        System.arraycopy(b, 0, all, a.length + 1, b.length);
        return all;
    }

    @Test
    void aReplacementAfterTheFirstChunkIsCountedFromTheStart() {
        String before = "a".repeat(9_000) + "가";
        Utf8Decoder.Decoded decoded = Utf8Decoder.decode(bytes(before, "b"));
        assertEquals(before + "\uFFFDb", decoded.text());
        assertEquals(List.of(9_001), decoded.replacements());
    }

    @Test
    void readingIntoTheMiddleOfABufferCountsFromTheStartOfTheText() throws IOException {
        Utf8Decoder decoder = new Utf8Decoder(new ByteArrayInputStream(bytes("ab", "c")));
        char[] buffer = new char[16];
        int n = decoder.read(buffer, 5, 11);
        assertEquals("ab\uFFFDc", new String(buffer, 5, n));
        assertEquals(List.of(), decoder.takeReplacements(0, 2));
        assertEquals(List.of(1), decoder.takeReplacements(1, 3));
        assertEquals(-1, decoder.read(buffer, 0, 16));
    }

    @Test
    void replacementsAreTakenOnlyBeforeTheEnd() throws IOException {
        Utf8Decoder decoder = new Utf8Decoder(new ByteArrayInputStream(new byte[] {'a', (byte) 0xFF, (byte) 0xFE, 'b'}));
        char[] buffer = new char[8];
        assertEquals(4, decoder.read(buffer, 0, 8));
        assertEquals(List.of(), decoder.takeReplacements(0, 1));
        assertEquals(List.of(1), decoder.takeReplacements(0, 2));
        assertEquals(List.of(0), decoder.takeReplacements(2, 4));
        assertEquals(0, decoder.read(buffer, 0, 0));
    }
}
