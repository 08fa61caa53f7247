package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.bench.DigestGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The heap the command needs does not grow with the input: a generated archive of about
 * 150 MB (parsed whole it would take well over a gigabyte of heap) goes through a child JVM
 * with a 64 MB heap, as JSON and as text, followed by a small file that must still be parsed.
 * It takes about a minute, so it is tagged {@code slow} and left out of {@code mvn verify}; run it
 * with {@code mvn -B -o test -Dgroups=slow -DexcludedGroups=none}.
 */
@Tag("slow")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LargeInputHeapTest {

    private static final long SIZE = 150L << 20;
    private static Path big;
    private static Path small;

    @BeforeAll
    static void generate() throws IOException {
        Path target = Files.createDirectories(Path.of("target", "large-input-test"));
        big = target.resolve("archive-150m.md");
        small = target.resolve("small.md");
        new DigestGenerator(21).writeArchive(big, SIZE);
        Files.writeString(small, "## Daily Papers (2025-01-02)\n", StandardCharsets.UTF_8);
    }

    @AfterAll
    static void delete() throws IOException {
        Files.deleteIfExists(big);
        Files.deleteIfExists(small);
    }

    /** Runs the command in a JVM with a 64 MB heap; returns {status, output bytes, output lines}. */
    private static long[] runSmallHeap(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), DigestCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream out = process.getInputStream()) {
            for (int n; (n = out.read(buffer)) >= 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return new long[] {process.waitFor(), bytes, lines};
    }

    @Test
    void jsonOfALargeFileWithASmallHeap() throws IOException, InterruptedException {
        assertTrue(Files.size(big) >= SIZE);
        long[] run = runSmallHeap("parse", "--json", big.toString(), small.toString());
        assertEquals(0, run[0], "exit status");
        assertEquals(2, run[2], "one JSON line per file");
        assertTrue(run[1] > SIZE / 2, "output bytes: " + run[1]);
    }

    @Test
    void textOfALargeFileWithASmallHeap() throws IOException, InterruptedException {
        long[] run = runSmallHeap("parse", big.toString(), small.toString());
        assertEquals(0, run[0], "exit status");
        assertTrue(run[2] > 100_000, "lines: " + run[2]);
    }
}
