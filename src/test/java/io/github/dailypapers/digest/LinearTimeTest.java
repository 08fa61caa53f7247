package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time grows linearly with the input: four times the input takes well under eight times as long
 * (linear code takes four times as long, quadratic code sixteen), for ordinary digests and for the
 * shapes that make parsers quadratic. A coarse check (best of several runs, after warming up), not
 * a benchmark: the JMH benchmark measures speed. The factor of four leaves room for a busy
 * machine and for a collector that works harder on the larger heap; with twice the input and a
 * limit of three, the author list once measured exactly 3.00 on the JDK 25 build in CI; with
 * four times the input and five rounds, it once measured 9.98 (typically 3.4–4.3), most likely
 * because the shared host was busy for the whole seven seconds of its rounds, hence the retries.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LinearTimeTest {

    private static final int SMALL = 500_000;
    private static final int LARGE = 4 * SMALL;
    /** Between linear (4) and quadratic (16), with a factor of two to spare on either side. */
    private static final double LIMIT = 8.0;
    /** How long a shape that fails its rounds is measured again before the test gives up. */
    private static final int RETRY_SECONDS = 40;
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
                Arguments.of("groups whose rules look around them", (IntFunction<String>) n ->
                        "## Daily Papers (2025-01-01)\n### [T](u)\n- "
                                + repeat("선호 쌍(chosen/rejected) 텍스트 프롬프트(IPV-TXT) 프레임 내(masked modeling) ", n)),
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
    void fourTimesTheInputTakesLessThanEightTimesAsLong(String shape, IntFunction<String> input) {
        String small = input.apply(SMALL);
        String large = input.apply(LARGE);
        for (int i = 0; i < 2; i++) {
            time(small);
            time(large);
        }
        double ratio = Double.MAX_VALUE;
        // A busy machine can spoil a round, and on a shared host for seconds on end (another tenant
        // contending for the memory bus slows the large input more than the small one, which stays in
        // cache). Linear code passes in some round, quadratic never: so rounds go on, for up to
        // RETRY_SECONDS, until one passes. A passing shape takes one round.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RETRY_SECONDS);
        for (int round = 0; ratio >= LIMIT && (round < 5 || System.nanoTime() < deadline); round++) {
            ratio = Math.min(ratio, (double) best(large) / best(small));
        }
        double found = ratio;
        assertTrue(found < LIMIT, () -> shape + ": 4x input took " + String.format("%.2f", found) + "x the time");
    }

    private long best(String input) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            best = Math.min(best, time(input));
        }
        return best;
    }

    /**
     * The parsing thread's CPU time, not the wall clock: G1 answers a live set that grows during
     * the run (a glossed line of 2 million chars holds 70,000 glosses) with young collections
     * that copy it again and again until the young generation has grown, so wall time grew with
     * the heap's sizing, not with the parser's work (3.5 against 10.4 ms for the same half million
     * chars, with and without a large young generation). The collector's threads are not this
     * thread, and while they copy, this thread is stopped.
     */
    private long time(String input) {
        // Garbage left by the previous run would be collected during this one.
        System.gc();
        long start = clock();
        Digest digest = parser.parse(input);
        for (Paper paper : digest.papers()) {
            for (Section section : paper.sections()) {
                section.glosses();
            }
        }
        return clock() - start;
    }

    private static long clock() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
}
