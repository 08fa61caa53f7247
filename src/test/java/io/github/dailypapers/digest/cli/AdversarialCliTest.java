package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the command line, as a user would run them: every run finishes with
 * exit status 0 or 1 and never shows a stack trace, in text and in JSON.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AdversarialCliTest {

    @TempDir
    Path dir;

    private Map<String, byte[]> inputs(int n) {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        String head = "## Daily Papers (2025-01-01)\n### [T](https://arxiv.org/abs/2501.00001)\n";
        inputs.put("nested.md", utf8(head + "- 모델" + "(".repeat(n) + ")".repeat(n)));
        inputs.put("unbalanced.md", utf8(head + "- " + "용어(".repeat(n)));
        inputs.put("headings.md", utf8("### [\n".repeat(n)));
        inputs.put("authors.md", utf8(head + "Authors: ['" + "\\'".repeat(n)));
        inputs.put("controls.md", utf8("\u0000\u0001\u001B[31m\u007F\r".repeat(n)));
        inputs.put("bom-only.md", utf8("\uFEFF"));
        inputs.put("empty.md", new byte[0]);
        byte[] garbage = new byte[n];
        new Random(5).nextBytes(garbage);
        inputs.put("garbage.md", garbage);
        StringBuilder soup = new StringBuilder();
        String[] markers = {"## ", "### [", "- ***", "***:", "Vote: ", "Authors: [", "![](", "[Watch Video]", "\n", "(", "가"};
        Random random = new Random(9);
        while (soup.length() < n) {
            soup.append(markers[random.nextInt(markers.length)]);
        }
        inputs.put("soup.md", utf8(soup.toString()));
        return inputs;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hostileFilesEndWithStatusZeroOrOneAndNoStackTrace() throws IOException {
        for (int n : new int[] {10_000, 20_000}) {
            for (Map.Entry<String, byte[]> input : inputs(n).entrySet()) {
                Path file = dir.resolve(n + "-" + input.getKey());
                Files.write(file, input.getValue());
                for (String[] args : new String[][] {{"parse", file.toString()}, {"parse", "--json", file.toString()},
                    {"parse", "--strict", file.toString()}, {"glossary", file.toString()}}) {
                    CliRun run = CliRun.run(args);
                    String what = String.join(" ", args) + " gave " + run.status() + ": " + abbreviate(run.err());
                    assertTrue(run.status() == 0 || run.status() == 1, what);
                    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), what);
                }
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
