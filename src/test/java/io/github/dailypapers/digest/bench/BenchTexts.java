package io.github.dailypapers.digest.bench;

import io.github.dailypapers.digest.TestResources;
import io.github.dailypapers.digest.bench.DigestGenerator.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The benchmark texts, by name: every benchmark and the report build exactly the same ones. */
final class BenchTexts {

    /** The seed of every generated benchmark text. */
    static final long SEED = 20250314;

    private BenchTexts() {}

    static String text(String name) {
        switch (name) {
            case "day":
                // One day in the current dialect (about 12 KB of UTF-8).
                return new DigestGenerator(SEED).day(LocalDate.of(2025, 3, 14), Dialect.CURRENT, false);
            case "sample":
                // The real digest of the test resources (CC BY-NC, 14 KB), as a reality check.
                return TestResources.read(TestResources.SAMPLE);
            case "archive-8m":
                // 8 MiB of UTF-8: consecutive days in all dialects, oldest first.
                return new DigestGenerator(SEED).archive(8 << 20);
            case "archive-32m":
                return new DigestGenerator(SEED).archive(32 << 20);
            case CORPUS:
                // Real digests that may not be copied into the repository: read from where they are.
                return corpus(corpusDirectory()
                        .orElseThrow(() -> new IllegalArgumentException("the corpus text needs -D" + CORPUS_PROPERTY + "=DIR")));
            default:
                throw new IllegalArgumentException("no benchmark text " + name);
        }
    }

    /** The name of the text made of the real digests under {@link #corpusDirectory()}. */
    static final String CORPUS = "corpus";

    /** The system property naming that directory. */
    static final String CORPUS_PROPERTY = "bench.corpus";

    /** The directory of real digests to benchmark as well, if {@code -Dbench.corpus} names one. */
    static Optional<Path> corpusDirectory() {
        String directory = System.getProperty(CORPUS_PROPERTY, "");
        return directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory));
    }

    /**
     * Every {@code .md} file under a directory but its README, in path order (so dates ascend
     * for a {@code YYYY/MM/DD.md} tree), joined by a line end: an archive of the real days.
     */
    static String corpus(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> digests = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .collect(Collectors.toList());
            if (digests.isEmpty()) {
                throw new IllegalArgumentException("no .md digest under " + directory);
            }
            StringBuilder text = new StringBuilder();
            for (Path digest : digests) {
                String day = Files.readString(digest, StandardCharsets.UTF_8);
                text.append(day);
                if (!day.endsWith("\n")) {
                    text.append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
