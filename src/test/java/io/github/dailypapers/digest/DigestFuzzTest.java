package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dailypapers.digest.internal.Utf8Decoder;
import io.github.dailypapers.digest.model.Digest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing with Jazzer. In {@code mvn test} each test replays its committed seed
 * corpus (src/test/resources/io/github/dailypapers/digest/DigestFuzzTestInputs/&lt;test&gt;/) and
 * every finding ever made; a real run is described in docs/reliability.md:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DigestFuzzTest#parsesAnyText -Djazzer.max_duration=10m}.
 */
class DigestFuzzTest {

    private static final DigestParser LENIENT = DigestParser.builder().build();
    private static final DigestParser STRICT = DigestParser.builder().strict(true).build();

    /** Any UTF-8 text: no exception, everything in bounds, no line lost, strict agrees, writer faithful. */
    @FuzzTest(maxDuration = "30s")
    void parsesAnyText(byte[] bytes) {
        check(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Any UTF-16 code units, lone surrogates included (each two bytes make one char). */
    @FuzzTest(maxDuration = "30s")
    void parsesAnyChars(byte[] bytes) {
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] & 0xFF) << 8);
        }
        check(new String(chars));
    }

    private static void check(String input) {
        Digest digest = LENIENT.parse(input);
        MutationPropertiesTest.assertInside(input, digest);
        NothingLost.check(input, digest);
        try {
            STRICT.parse(input);
            assertTrue(!digest.hasErrors());
        } catch (DigestParseException e) {
            assertTrue(digest.hasErrors());
        }
        String written;
        try {
            written = DigestWriter.write(digest);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertEquals(digest, LENIENT.parse(written));
    }

    /** Any bytes as a UTF-8 file: decoding replaces what is invalid and parsing never fails. */
    @FuzzTest(maxDuration = "30s")
    void decodesAnyBytes(byte[] bytes) {
        Utf8Decoder.Decoded decoded = Utf8Decoder.decode(bytes);
        for (int offset : decoded.replacements()) {
            assertEquals('\uFFFD', decoded.text().charAt(offset));
        }
        Digest digest = LENIENT.parse(decoded.text());
        MutationPropertiesTest.assertInside(decoded.text(), digest);
    }
}
