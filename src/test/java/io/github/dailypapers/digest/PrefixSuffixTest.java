package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Section;
import org.junit.jupiter.api.Test;

/**
 * commonmark-java's bounds test: every prefix and every suffix of the real sample parses without
 * an exception, and every diagnostic points inside the input.
 */
class PrefixSuffixTest {

    private final DigestParser parser = DigestParser.builder().build();

    @Test
    void everyPrefixAndSuffixOfTheSampleParses() {
        String sample = TestResources.read(TestResources.SAMPLE);
        for (int cut = 0; cut <= sample.length(); cut++) {
            check(sample.substring(0, cut));
            check(sample.substring(cut));
        }
    }

    private void check(String input) {
        Digest digest = parser.parse(input);
        int lines = (int) input.lines().count() + 1;
        for (Diagnostic d : digest.diagnostics()) {
            assertTrue(d.line() >= 1 && d.line() <= lines, () -> d + " outside " + lines + " lines");
            assertTrue(d.span().offset() >= 0 && d.span().endOffset() <= input.length(), d::toString);
        }
        for (var paper : digest.papers()) {
            for (Section section : paper.sections()) {
                assertTrue(section.span().orElseThrow().endOffset() <= input.length());
                section.glosses();
            }
        }
    }
}
