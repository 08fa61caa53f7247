package io.github.dailypapers.digest.bench;

import io.github.dailypapers.digest.bench.DigestGenerator.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
                return resource("/samples/daily-papers-2024-10-28.md");
            case "archive-8m":
                // 8 MiB of UTF-8: consecutive days in all dialects, oldest first.
                return new DigestGenerator(SEED).archive(8 << 20);
            case "archive-32m":
                return new DigestGenerator(SEED).archive(32 << 20);
            default:
                throw new IllegalArgumentException("no benchmark text " + name);
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

    private static String resource(String name) {
        try (InputStream in = BenchTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
