package io.github.dailypapers.digest.bench;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-threaded parsing of the same texts by this library, by commonmark-java (a general
 * CommonMark parser: the natural alternative) and by a plain line scan (the physical floor: every
 * parser must at least find the line ends).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 15 warm-up seconds: the gloss code is large and is still being compiled after 8 on this 2-core
// machine (docs/performance.md); parse alone and commonmark-java settle well before.
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmark {

    @Param({"day", "sample", "archive-8m"})
    public String text;

    private String input;
    private final DigestParser parser = DigestParser.builder().build();
    private final Parser commonmark = Parser.builder().build();

    @Setup
    public void setUp() {
        input = BenchTexts.text(text);
    }

    /** {@code DigestParser.parse(String)}: the model, spans and diagnostics; glosses stay lazy. */
    @Benchmark
    public Digest digestParser() {
        return parser.parse(input);
    }

    /** The same, then every section's glosses and script segments ({@code section.bilingual()}). */
    @Benchmark
    public long digestParserWithGlosses() {
        Digest digest = parser.parse(input);
        long glosses = 0;
        for (Paper paper : digest.papers()) {
            for (Section section : paper.sections()) {
                glosses += section.bilingual().glosses().size() + section.bilingual().segments().size();
            }
        }
        return glosses;
    }

    /** commonmark-java 0.32: {@code Parser.builder().build().parse(text)} (block and inline parsing). */
    @Benchmark
    public Node commonmark() {
        return commonmark.parse(input);
    }

    /** Counting lines with {@code String.indexOf('\n')}. */
    @Benchmark
    public int lineScan() {
        String s = input;
        int lines = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }
}
