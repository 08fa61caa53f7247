package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Digest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Generated models survive writing and reading; canonical text survives reading and writing;
 * and what is read from canonical text loses no line. Run more tries with
 * {@code -Ddigest.examples=100000}.
 */
class RoundTripPropertiesTest {

    private final DigestParser parser = DigestParser.builder().build();

    @Test
    void generatedModelsReadBackEqual() {
        PropertySettings.theory(11L, 2_000).forAll(ModelGenerators.models()).checkAssert(model -> {
            String written = DigestWriter.write(model);
            Digest read = parser.parse(written);
            assertEquals(model, read, written);
            NothingLost.check(written, read);
        });
    }

    @Test
    void canonicalTextIsAFixedPoint() {
        PropertySettings.theory(12L, 1_000).forAll(ModelGenerators.models()).checkAssert(model -> {
            String canonical = DigestWriter.write(model);
            assertEquals(canonical, DigestWriter.write(parser.parse(canonical)));
        });
    }

    @Test
    void hostileModelsAreWrittenFaithfullyOrRefused() {
        AtomicInteger written = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger impossible = new AtomicInteger();
        PropertySettings.theory(13L, 3_000).forAll(ModelGenerators.anyModels()).checkAssert(drawn -> {
            if (drawn.isEmpty()) {
                impossible.incrementAndGet(); // refused by a builder's check: never reaches the writer
                return;
            }
            Digest model = drawn.get();
            String markdown;
            try {
                markdown = DigestWriter.write(model);
                written.incrementAndGet();
            } catch (IllegalArgumentException e) {
                refused.incrementAndGet();
                return;
            }
            Digest read = parser.parse(markdown);
            assertEquals(model, read, markdown);
            NothingLost.check(markdown, read);
        });
        // Guards against a property that passes by refusing everything.
        assertTrue(written.get() > refused.get() / 2, written + " written, " + refused + " refused");
        assertTrue(impossible.get() > 0, "the hostile pieces include line breaks, which the builders refuse");
    }
}
