package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.bench.DigestGenerator;
import io.github.dailypapers.digest.bench.DigestGenerator.Dialect;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digest parse} parses files in parallel: its output must be byte for byte what one thread
 * writes, in input order, with errors in their place, and no progress bar unless one is wanted.
 */
class ParallelParseTest {

    @TempDir
    Path dir;

    /**
     * Many files of very different sizes (so they finish out of order), in nested directories,
     * with an unreadable name in the middle. Returns the directory.
     */
    private Path archive(int files) throws IOException {
        Path root = dir.resolve("archive");
        DigestGenerator generator = new DigestGenerator(11);
        LocalDate date = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < files; i++) {
            Path file = root.resolve(String.format("%d/%02d/%04d.md", 2024 + i / 200, i / 20 % 10, i));
            Files.createDirectories(file.getParent());
            String text = i % 41 == 0 ? generator.archive(64 << 10, Dialect.values()[i % 3])
                    : i % 5 == 0 ? "" : generator.day(date.plusDays(i), Dialect.values()[i % 3], i % 11 == 0);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return root;
    }

    @Test
    void jobsBelowOneAreAUsageErrorOfEitherCommand() {
        for (String command : new String[] {"parse", "glossary"}) {
            CliRun run = CliRun.runWithInput("", command, "--jobs", "0", "-");
            assertEquals(2, run.status(), command);
            assertTrue(run.err().contains("--jobs must be at least 1, was 0"), run.err());
            assertEquals("", run.out(), command);
        }
    }

    @Test
    void manyFilesComeOutInInputOrderExactlyAsWithOneThread() throws IOException {
        Path root = archive(120);
        CliRun one = CliRun.run("parse", "--json", "--jobs", "1", root.toString());
        assertEquals(0, one.status(), one.err());
        for (String jobs : new String[] {"3", "8"}) {
            CliRun many = CliRun.run("parse", "--json", "--jobs", jobs, root.toString());
            assertEquals(0, many.status(), many.err());
            assertEquals(one.out(), many.out(), "--jobs " + jobs);
            assertEquals("", many.err());
        }

        List<String> sources = new ArrayList<>();
        for (String line : one.out().split("\n")) {
            int at = line.indexOf("\"source\":\"") + 10;
            sources.add(line.substring(at, line.indexOf('"', at)));
        }
        assertEquals(120, sources.size());
        List<String> sorted = new ArrayList<>(sources);
        sorted.sort(null);
        assertEquals(sorted, sources, "sorted path order");

        CliRun textOne = CliRun.run("parse", "--jobs", "1", root.toString());
        CliRun textMany = CliRun.run("parse", "--jobs", "4", root.toString());
        assertEquals(textOne.out(), textMany.out());
    }

    @Test
    void errorsKeepTheirPlaceAmongTheOutputs() throws IOException {
        List<String> args = new ArrayList<>(List.of("parse", "--json", "--strict"));
        for (int i = 0; i < 60; i++) {
            Path file = dir.resolve("f" + i + ".md");
            if (i % 7 == 3) {
                args.add(dir.resolve("missing" + i + ".md").toString());
            } else if (i % 7 == 5) {
                Files.writeString(file, "## Daily Papers (2024-02-30)\n");
                args.add(file.toString());
            } else {
                Files.writeString(file, new DigestGenerator(i).day(LocalDate.of(2025, 1, 1).plusDays(i), Dialect.CURRENT, false));
                args.add(file.toString());
            }
        }
        List<String> oneArgs = new ArrayList<>(args);
        oneArgs.add(1, "--jobs=1");
        List<String> manyArgs = new ArrayList<>(args);
        manyArgs.add(1, "--jobs=6");
        CliRun one = CliRun.run(oneArgs.toArray(String[]::new));
        CliRun many = CliRun.run(manyArgs.toArray(String[]::new));
        assertEquals(1, one.status());
        assertEquals(1, many.status());
        assertEquals(one.out(), many.out());
        assertEquals(one.err(), many.err());
        List<String> errors = many.err().lines().toList();
        assertEquals(17, errors.size(), many.err());
        assertTrue(errors.get(0).contains("missing3.md: no such file"), errors.get(0));
        assertTrue(errors.get(1).contains("f5.md:1:18: error: INVALID_DATE"), errors.get(1));
        assertFalse(many.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aLargeFileIsParsedInPartsWithTheSameOutput() throws IOException {
        Path file = dir.resolve("large.md");
        DigestGenerator.Stats stats = new DigestGenerator(3).writeArchive(file, 1 << 20);
        assertTrue(stats.chars() > 2 * 256 * 1024, "large enough to be split");
        StringWriter expected = new StringWriter();
        new JsonOutput(expected, false).write(file.toString(), DigestParser.builder().build().parse(file));
        CliRun run = CliRun.run("parse", "--json", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(expected.toString(), run.out());
    }

    @Test
    void standardInputIsReadOnceInItsPlace() throws IOException {
        Path a = dir.resolve("a.md");
        Files.writeString(a, "## Daily Papers (2025-01-01)\n");
        CliRun run = CliRun.runWithInput("## Daily Papers (2025-01-02)\n", "parse", "--json", "--jobs", "4",
                a.toString(), "-", a.toString(), "-");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), "a second - is skipped: standard input is read once, at the first");
        assertTrue(lines.get(1).contains("\"source\":\"-\"") && lines.get(1).contains("2025-01-02"), lines.get(1));
        assertTrue(lines.get(2).contains("\"source\":\"" + a), lines.get(2));
    }

    @Test
    void noProgressBarUnlessStandardErrorIsATerminalAndStandardOutputIsNot() throws IOException {
        Path root = archive(40);
        CliRun plain = CliRun.run("parse", "--json", root.toString());
        assertEquals("", plain.err(), "not a terminal");
        CliRun bothTerminals = CliRun.runOn(new Terminal(true, true), "", "parse", "--json", root.toString());
        assertEquals("", bothTerminals.err(), "the output is on the terminal too");
        CliRun never = CliRun.runOn(new Terminal(false, true), "", "parse", "--no-progress", "--json", root.toString());
        assertEquals("", never.err());
        assertEquals(plain.out(), never.out());
    }

    @Test
    void aProgressBarWhenAskedForOnStandardErrorOnly() throws IOException {
        Path root = archive(40);
        CliRun plain = CliRun.run("parse", "--json", root.toString());
        CliRun forced = CliRun.run("parse", "--json", "--progress", root.toString());
        assertEquals(0, forced.status());
        assertEquals(plain.out(), forced.out(), "the output is unchanged");
        assertTrue(forced.err().startsWith("\r["), forced.err());
        assertTrue(forced.err().endsWith("\n"), forced.err());
        String last = forced.err().substring(forced.err().lastIndexOf('\r') + 1).strip();
        assertTrue(last.matches("\\[#{20}\\] 40/40 files  [0-9.]+/[0-9.]+ MB  [0-9.]+ MB/s"), last);
    }

    @Test
    void aProgressBarIsErasedBeforeAnErrorMessage() throws IOException {
        Path good = dir.resolve("good.md");
        Files.writeString(good, "## Daily Papers (2025-01-01)\n");
        CliRun run = CliRun.run("parse", "--json", "--progress", "-j", "2", good.toString(),
                dir.resolve("missing.md").toString(), good.toString());
        assertEquals(1, run.status());
        int message = run.err().indexOf("digest: ");
        assertTrue(message > 0, run.err());
        assertTrue(run.err().substring(0, message).endsWith(" \r"), "erased before the message: " + run.err());
        String last = run.err().substring(run.err().lastIndexOf('\r') + 1);
        assertTrue(last.contains("] 3/3 files") && last.endsWith("\n"), "the bar ends the run: " + last);
    }

    @Test
    void jobsMustBePositive() {
        CliRun run = CliRun.run("parse", "--jobs", "0", "x.md");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--jobs must be at least 1"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertEquals(2, CliRun.run("glossary", "-j", "-3", "x.md").status());
    }

    @Test
    void theGlossaryIsTheSameWithOneOrManyThreads() throws IOException {
        Path root = archive(60);
        CliRun one = CliRun.run("glossary", "--tsv", "--jobs", "1", root.toString());
        CliRun many = CliRun.run("glossary", "--tsv", "--jobs", "8", root.toString());
        assertEquals(0, many.status(), many.err());
        assertEquals(one.out(), many.out());
        assertTrue(one.out().lines().count() > 50, "a real glossary");
    }
}
