package io.github.dailypapers.digest;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * How many examples the property tests try, and with which seed. CI uses a fixed seed and a
 * modest count; run many more tries with, for example,
 * {@code mvn test -Dtest='*PropertiesTest' -Ddigest.examples=200000 -Ddigest.seed=42}.
 */
final class PropertySettings {

    private PropertySettings() {}

    /** A theory with the configured seed and example count, or the test's defaults. */
    static QuickTheory theory(long defaultSeed, int defaultExamples) {
        long seed = Long.getLong("digest.seed", defaultSeed);
        int examples = Integer.getInteger("digest.examples", defaultExamples);
        return qt().withFixedSeed(seed).withExamples(examples);
    }
}
