package io.github.dailypapers.digest.bench;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Using more than one core: one large input split by {@code parallel(true)}, and many small
 * inputs parsed by independent threads (what {@code digest parse DIR} does).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ParallelBenchmark {

    /** One large input. */
    @State(Scope.Benchmark)
    public static class Large {
        @Param({"archive-32m"})
        public String text;

        String input;
        final DigestParser sequential = DigestParser.builder().build();
        final DigestParser parallel = DigestParser.builder().parallel(true).build();

        @Setup
        public void setUp() {
            input = BenchTexts.text(text);
        }
    }

    /** One day's digest per thread. */
    @State(Scope.Thread)
    public static class Small {
        String input;
        final DigestParser parser = DigestParser.builder().build();

        @Setup
        public void setUp() {
            input = BenchTexts.text("day");
        }
    }

    /** The sequential parser: one thread. */
    @Benchmark
    public Digest largeSequential(Large state) {
        return state.sequential.parse(state.input);
    }

    /** {@code parallel(true)} with the common pool's default: the caller and one worker on 2 cores. */
    @Benchmark
    public Digest largeParallel(Large state) {
        return state.parallel.parse(state.input);
    }

    /** {@code parallel(true)} with no pool workers, so the caller parses every part: the split's cost. */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0"})
    public Digest largeParallelOneThread(Large state) {
        return state.parallel.parse(state.input);
    }

    /** One day's digest, one thread. */
    @Benchmark
    @Threads(1)
    public Digest smallOneThread(Small state) {
        return state.parser.parse(state.input);
    }

    /** One day's digest on each of two threads at once (average time per parse per thread). */
    @Benchmark
    @Threads(2)
    public Digest smallTwoThreads(Small state) {
        return state.parser.parse(state.input);
    }
}
