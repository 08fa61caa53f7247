package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time grows linearly with the input: twice the input takes well under three times as long,
 * for ordinary digests and for the shapes that make parsers quadratic. A coarse check (best of
 * several runs, after warming up), not a benchmark: the JMH benchmark measures speed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LinearTimeTest {

    private static final int SIZE = 1_000_000;
    private final DigestParser parser = DigestParser.builder().build();

    static Stream<Arguments> shapes() {
        String sample = TestResources.read(TestResources.SAMPLE);
        return Stream.of(
                Arguments.of("real sample repeated", (IntFunction<String>) n -> repeat(sample, n)),
                Arguments.of("nested parentheses", (IntFunction<String>) n ->
                        "## Daily Papers (2025-01-01)\n### [T](u)\n- 모델" + "(".repeat(n / 2) + ")".repeat(n / 2)),
                Arguments.of("one long glossed line", (IntFunction<String>) n ->
                        "## Daily Papers (2025-01-01)\n### [T](u)\n- " + repeat("키-값 캐시(Key-Value Cache)를 (1) 줄인다. ", n)),
                Arguments.of("one long glossed line with emoji", (IntFunction<String>) n ->
                        "## Daily Papers (2025-01-01)\n### [T](u)\n- " + repeat("😀 키-값 캐시(Key-Value Cache)를 ", n)),
                Arguments.of("paper headings", (IntFunction<String>) n -> repeat("### [\n", n)),
                Arguments.of("author list", (IntFunction<String>) n ->
                        "### [T](u)\nAuthors: [" + repeat("'Ana', \"B'o\", +, ", n) + "]"),
                Arguments.of("marker soup", (IntFunction<String>) n ->
                        repeat("## ### [- ***x***:**:Vote: -Authors: ['![](](<video src=\"\n- **a**: (b) ", n)));
    }

    private static String repeat(String unit, int length) {
        StringBuilder s = new StringBuilder(length + unit.length());
        while (s.length() < length) {
            s.append(unit);
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void twiceTheInputTakesLessThanThreeTimesAsLong(String shape, IntFunction<String> input) {
        String small = input.apply(SIZE);
        String large = input.apply(2 * SIZE);
        for (int i = 0; i < 2; i++) {
            time(small);
            time(large);
        }
        double ratio = Double.MAX_VALUE;
        // A busy machine can spoil one round; linear code passes in some round, quadratic never.
        for (int round = 0; round < 5 && ratio >= 3.0; round++) {
            ratio = Math.min(ratio, (double) best(large) / best(small));
        }
        double found = ratio;
        assertTrue(found < 3.0, () -> shape + ": 2x input took " + String.format("%.2f", found) + "x the time");
    }

    private long best(String input) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            best = Math.min(best, time(input));
        }
        return best;
    }

    private long time(String input) {
        // Garbage left by the previous run would be collected during this one.
        System.gc();
        long start = System.nanoTime();
        Digest digest = parser.parse(input);
        for (Paper paper : digest.papers()) {
            for (Section section : paper.sections()) {
                section.glosses();
            }
        }
        return System.nanoTime() - start;
    }
}
