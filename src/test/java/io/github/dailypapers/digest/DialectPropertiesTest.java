package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * Digests assembled at random from the pieces of every dialect parse to exactly the papers they
 * were built from, lose no line, and give the same result when parsed in parts. Run more tries
 * with {@code -Ddigest.examples=100000}.
 */
class DialectPropertiesTest {

    private final DigestParser parser = DigestParser.builder().build();
    private final DigestParser parts = DigestParser.builder().parallel(true).minPartLength(64).build();

    @Test
    void everyDialectPieceReadsAsWritten() {
        PropertySettings.theory(21L, 2_000).forAll(DialectGenerators.digests()).checkAssert(generated -> {
            Digest digest = parser.parse(generated.text());
            assertEquals(generated.papers(), digest.papers());
            assertTrue(digest.unrecognisedLines().isEmpty(), () -> digest.unrecognisedLines().toString());
            for (Diagnostic d : digest.diagnostics()) {
                assertEquals(Severity.WARNING, d.severity(), d::toString);
            }
            NothingLost.check(generated.text(), digest);
        });
    }

    @Test
    void partsGiveTheWholeResult() {
        PropertySettings.theory(22L, 500).forAll(DialectGenerators.digests()).checkAssert(generated -> {
            Digest whole = parser.parse(generated.text());
            Digest split = parts.parse(generated.text());
            assertEquals(whole, split);
            assertEquals(whole.diagnostics(), split.diagnostics());
        });
    }
}
