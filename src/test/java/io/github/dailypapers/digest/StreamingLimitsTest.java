package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dailypapers.digest.internal.Utf8Decoder;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limits of parse(Path) and the byte stream of stream(InputStream). */
class StreamingLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsRefusedOnlyWhenItsTextIsLongerThanTheMaximum() throws IOException {
        DigestParser parser = DigestParser.builder().maxInputLength(300).build();
        Path hangul = dir.resolve("hangul.md");
        Files.writeString(hangul, "가".repeat(300), StandardCharsets.UTF_8);
        assertEquals(900, Files.size(hangul));
        assertEquals(1, parser.parse(hangul).unrecognisedLines().size(), "3 bytes a char: 900 bytes fit 300 chars");
        Files.writeString(hangul, "가".repeat(301), StandardCharsets.UTF_8);
        assertEquals(DiagnosticCode.INPUT_TOO_LARGE,
                assertThrows(DigestParseException.class, () -> parser.parse(hangul)).diagnostic().code());
        Path ascii = dir.resolve("ascii.md");
        Files.writeString(ascii, "a".repeat(301), StandardCharsets.UTF_8);
        assertEquals(DiagnosticCode.INPUT_TOO_LARGE,
                assertThrows(DigestParseException.class, () -> parser.parse(ascii)).diagnostic().code(),
                "301 bytes could fit, so the text is counted while it is decoded");
    }

    @Test
    void aFileOverTwoGibibytesIsRefusedNotReadIntoMemory() throws IOException {
        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: takes no disk space
        }
        DigestParseException e = assertThrows(DigestParseException.class, () -> DigestParser.builder().build().parse(huge));
        assertEquals(DiagnosticCode.INPUT_TOO_LARGE, e.diagnostic().code());
    }

    /** Gives its bytes a few at a time, as a pipe may. */
    private static InputStream trickle(byte[] bytes, long seed) {
        Random random = new Random(seed);
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
            }
        };
    }

    @Test
    void decodingInChunksGivesWhatDecodingWholeGives() throws IOException {
        Random random = new Random(17);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (i % 2 == 0) { // mostly valid text with some damage
                byte[] text = "가나 abc 😀\n".repeat(10).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, text, random.nextInt(text.length - 3), Math.min(3, bytes.length));
                bytes = text;
            }
            Utf8Decoder.Decoded whole = Utf8Decoder.decode(bytes);
            Utf8Decoder.Decoded chunked = Utf8Decoder.decode(trickle(bytes, i), 0, Integer.MAX_VALUE, null);
            assertEquals(new String(bytes, StandardCharsets.UTF_8), whole.text(), "the JDK's replacement, same places");
            assertEquals(whole, chunked);
        }
    }

    @Test
    void streamedBytesReportInvalidUtf8InTheirPart() {
        String edition = "## Daily Papers (2025-01-02)\n\n### [T](https://arxiv.org/abs/2501.00001)\n\n- 점\n";
        byte[] good = edition.repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length * 2 + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF; // at the start of line 16
        System.arraycopy(good, 0, bytes, good.length + 1, good.length);
        DigestParser parser = DigestParser.builder().minPartLength(10).build();
        List<Digest> parts = parser.stream(trickle(bytes, 1)).collect(Collectors.toList());
        List<Diagnostic> invalid = parts.stream().flatMap(p -> p.diagnostics().stream())
                .filter(d -> d.code() == DiagnosticCode.INVALID_UTF8).toList();
        assertEquals(1, invalid.size(), invalid.toString());
        assertEquals(16, invalid.get(0).line());
        assertEquals(1, invalid.get(0).column());
        assertEquals(6, parts.stream().mapToLong(p -> p.papers().size()).sum());
    }
}
