package io.github.dailypapers.digest.bench;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Version;

/**
 * Runs {@link ParseBenchmark} and {@link ParallelBenchmark} in one go and prints the results as
 * throughput side by side (UTF-8 MB/s, MB = 10^6 bytes, and Mchar/s of UTF-16 chars) with ratios,
 * as Markdown tables; also written to {@code target/benchmark-report.md}.
 *
 * <p>Arguments: {@code full} (default: 2 forks, 15 warm-up and 5 measured one-second iterations
 * for {@link ParseBenchmark}, 8 + 5 for {@link ParallelBenchmark}) or {@code quick} (1 fork, 2 + 3
 * iterations) or {@code warm} (1 fork, the full warm-up),
 * optionally followed by a regular expression that
 * selects benchmarks (e.g. {@code ParseBenchmark}). With {@code -Dbench.corpus=DIR}, {@link ParseBenchmark}
 * also runs on the real digests under DIR ({@code ../shared/corpus-dev}, which may not be copied
 * into the repository), joined into one text named {@code corpus}.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {}

    /** Score (µs/op) and error of one benchmark with one text. */
    private record Row(String method, String text, int threads, double micros, double error) {}

    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = args.length > 0 && args[0].equals("quick");
        // "warm": one fork, but the full warm-up; the gloss code needs it to reach C2 on a busy machine.
        boolean warm = args.length > 0 && args[0].equals("warm");
        String include = args.length > 1 ? args[1] : "ParseBenchmark|ParallelBenchmark";
        ChainedOptionsBuilder options = options(quick, warm).include(include);
        Optional<Path> corpus = BenchTexts.corpusDirectory();
        if (corpus.isPresent() && !Files.isDirectory(corpus.get())) {
            // Before minutes of benchmarks, not after them.
            System.err.println("BenchmarkReport: -D" + BenchTexts.CORPUS_PROPERTY + "=" + corpus.get()
                    + ": no such directory (relative to " + Path.of("").toAbsolutePath() + ")");
            System.exit(2);
        }
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        Collection<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
        if (corpus.isPresent() && selectsParseBenchmark(include)) {
            // The real digests too: a run of its own, as ParallelBenchmark has texts of its own.
            ChainedOptionsBuilder real = options(quick, warm).include(include)
                    .exclude(ParallelBenchmark.class.getSimpleName())
                    .param("text", BenchTexts.CORPUS)
                    .jvmArgsPrepend("-D" + BenchTexts.CORPUS_PROPERTY + "=" + corpus.get().toAbsolutePath());
            results.addAll(new Runner(real.build()).run());
        }
        String loadAfter = loadAverage();
        long minutes = (System.nanoTime() - started) / 60_000_000_000L;

        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            Result<?> primary = result.getPrimaryResult();
            String label = result.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            String text = result.getParams().getParam("text");
            if (text == null) {
                text = "day";
            }
            rows.add(new Row(method, text, result.getParams().getThreads(), primary.getScore(),
                    primary.getScoreError()));
        }
        String report = report(rows, quick ? "quick" : warm ? "warm" : "full") + String.format(Locale.ROOT,
                "%nLoad average (1, 5, 15 min) before the run: %s; after it (%d min): %s%n", loadBefore, minutes, loadAfter);
        System.out.println();
        System.out.println(report);
        Path file = Path.of("target", "benchmark-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("(also written to " + file + ")");
    }

    /** Whether JMH's include pattern (found anywhere in a benchmark's name) selects a ParseBenchmark. */
    private static boolean selectsParseBenchmark(String include) {
        Pattern pattern = Pattern.compile(include);
        return Stream.of(ParseBenchmark.class.getMethods())
                .filter(method -> method.isAnnotationPresent(Benchmark.class))
                .anyMatch(method -> pattern.matcher(ParseBenchmark.class.getName() + "." + method.getName()).find());
    }

    private static ChainedOptionsBuilder options(boolean quick, boolean warm) {
        ChainedOptionsBuilder options = new OptionsBuilder().shouldFailOnError(true);
        if (quick) {
            options.forks(1).warmupIterations(2).measurementIterations(3);
        } else if (warm) {
            options.forks(1);
        }
        return options;
    }

    private static String report(List<Row> rows, String mode) {
        StringBuilder out = new StringBuilder();
        Runtime runtime = Runtime.getRuntime();
        out.append(String.format(Locale.ROOT, "Machine: %d cores (availableProcessors), %s %s, %s %s; JMH %s; %s run%n%n",
                runtime.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), Version.getPlainVersion(),
                mode));
        out.append(String.format(Locale.ROOT, "CPU: %s%n%n", cpuModel()));

        Map<String, long[]> sizes = new LinkedHashMap<>();
        out.append("| text | UTF-16 chars | UTF-8 bytes | papers | sections |\n|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            sizes.computeIfAbsent(row.text(), name -> {
                String text = BenchTexts.text(name);
                Digest digest = DigestParser.builder().build().parse(text);
                long sections = digest.papers().stream().mapToLong(p -> p.sections().size()).sum();
                out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d |%n", name, text.length(),
                        BenchTexts.utf8Bytes(text), digest.papers().size(), sections));
                return new long[] {text.length(), BenchTexts.utf8Bytes(text)};
            });
        }
        out.append('\n');

        out.append("Single thread (ParseBenchmark). MB/s = 10^6 UTF-8 bytes per second; Mchar/s = 10^6 UTF-16 chars"
                + " per second; ratios of throughput.\n\n");
        out.append("| text | benchmark | µs/op (± 99.9%) | MB/s | Mchar/s | × commonmark | % of line scan |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (String text : sizes.keySet()) {
            Row commonmark = find(rows, "commonmark", text);
            Row scan = find(rows, "lineScan", text);
            for (String method : List.of("digestParser", "digestParserWithGlosses", "commonmark", "lineScan")) {
                Row row = find(rows, method, text);
                if (row == null) {
                    continue;
                }
                long[] size = sizes.get(text);
                out.append(String.format(Locale.ROOT, "| %s | %s | %,.1f ± %,.1f | %,.0f | %,.0f | %s | %s |%n", text, method,
                        row.micros(), row.error(), size[1] / row.micros(), size[0] / row.micros(),
                        commonmark == null ? "" : String.format(Locale.ROOT, "%.2f", commonmark.micros() / row.micros()),
                        scan == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * scan.micros() / row.micros())));
            }
        }

        Row sequential = find(rows, "largeSequential", "archive-32m");
        if (sequential != null) {
            long[] size = sizes.get("archive-32m");
            out.append("\nOne large input (ParallelBenchmark, archive-32m): `DigestParser.builder().parallel(true)`.\n\n");
            out.append("| benchmark | threads | ms/op (± 99.9%) | MB/s | speed-up |\n|---|---:|---:|---:|---:|\n");
            for (String[] variant : new String[][] {
                {"largeSequential", "1 (parallel(false))"},
                {"largeParallelOneThread", "1 (parallel(true), common pool parallelism 0)"},
                {"largeParallel", "2 (parallel(true), caller + 1 pool worker)"}}) {
                Row row = find(rows, variant[0], "archive-32m");
                if (row != null) {
                    out.append(String.format(Locale.ROOT, "| %s | %s | %,.1f ± %,.1f | %,.0f | %.2f× |%n", variant[0],
                            variant[1], row.micros() / 1000, row.error() / 1000, size[1] / row.micros(),
                            sequential.micros() / row.micros()));
                }
            }
        }
        Row one = find(rows, "smallOneThread", "day");
        Row two = find(rows, "smallTwoThreads", "day");
        if (one != null && two != null) {
            long[] size = sizes.get("day");
            out.append("\nMany small inputs (ParallelBenchmark, one `day` text per thread, independent parses):\n\n");
            out.append("| benchmark | threads | µs/op per thread | total MB/s | speed-up |\n|---|---:|---:|---:|---:|\n");
            out.append(String.format(Locale.ROOT, "| smallOneThread | 1 | %,.1f ± %,.1f | %,.0f | 1.00× |%n", one.micros(),
                    one.error(), size[1] / one.micros()));
            out.append(String.format(Locale.ROOT, "| smallTwoThreads | 2 | %,.1f ± %,.1f | %,.0f | %.2f× |%n", two.micros(),
                    two.error(), 2 * size[1] / two.micros(), 2 * one.micros() / two.micros()));
        }
        return out.toString();
    }

    private static Row find(List<Row> rows, String method, String text) {
        for (Row row : rows) {
            if (row.method().equals(method) && row.text().equals(text)) {
                return row;
            }
        }
        return null;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return ManagementFactory.getOperatingSystemMXBean().getArch();
    }
}
