package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line behaves like a Unix tool: failures of output and of inputs, stderr, help. */
class UnixMannersTest {

    private static final String DIGEST = "## Daily Papers (2025-01-02)\n\n### [T](https://arxiv.org/abs/2501.00001)\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** A writer that accepts {@code limit} chars, then fails as the system would. */
    private static final class FailingWriter extends Writer {
        private final String reason;
        private final int limit;
        int written;
        int failures;

        FailingWriter(String reason, int limit) {
            this.reason = reason;
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (written + len > limit) {
                failures++;
                throw new IOException(reason);
            }
            written += len;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    private static void assertPrefixed(String err) {
        for (String line : err.lines().toList()) {
            assertTrue(line.startsWith("digest: "), () -> "unprefixed line: " + line + " in\n" + err);
        }
    }

    @Test
    void aFullDiskEndsTheRunWithAMessageAndStatusOne() throws IOException {
        Path file = write("a.md", DIGEST);
        for (String[] args : new String[][] {{"parse", file.toString()}, {"parse", "--json", file.toString()},
            {"glossary", file.toString()}, {"--help"}}) {
            CliRun run = CliRun.runInto(new FailingWriter("No space left on device", 5), InputStreamOf(""), args);
            assertEquals(1, run.status(), String.join(" ", args));
            assertEquals("digest: cannot write the output: no space left on device\n", run.err(), String.join(" ", args));
        }
    }

    private static ByteArrayInputStream InputStreamOf(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aClosedPipeEndsTheRunQuietlyAndAtOnce() throws IOException {
        Path a = write("a.md", DIGEST);
        Path b = write("b.md", DIGEST);
        FailingWriter pipe = new FailingWriter("Broken pipe", 0);
        ByteArrayInputStream stdin = InputStreamOf(DIGEST);
        CliRun run = CliRun.runInto(pipe, stdin, "parse", "--json", "-j", "1", a.toString(), b.toString(), "-");
        assertEquals(DigestCommand.CLOSED_PIPE, run.status());
        assertEquals("", run.err());
        assertEquals(1, pipe.failures, "nothing is written after the first failure");
        assertEquals(DIGEST.length(), stdin.available(), "later inputs are not read");
    }

    @Test
    void aDirectoryWithoutDigestsIsAnError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        write("notes/readme.txt", "not a digest");
        Path good = write("good.md", DIGEST);
        for (String command : new String[] {"parse", "glossary"}) {
            CliRun run = CliRun.run(command, empty.toString(), dir.resolve("notes").toString(), good.toString());
            assertEquals(1, run.status());
            assertEquals("digest: " + empty + ": no *.md file in this directory or under it\n"
                    + "digest: " + dir.resolve("notes") + ": no *.md file in this directory or under it\n", run.err());
        }
    }

    @Test
    void anEmptyOperandNamesNoFileNotTheWorkingDirectory() throws IOException {
        Path good = write("good.md", DIGEST);
        for (String command : new String[] {"parse", "glossary"}) {
            CliRun run = CliRun.run(command, "", good.toString());
            assertEquals(1, run.status(), command);
            assertEquals("digest: '': no such file or directory\n", run.err(), command);
            assertTrue(run.out().contains("good.md") || command.equals("glossary"), run.out());
        }
    }

    @Test
    void unreadableEntriesAreReportedWithTheirReasonAndTheRestIsParsedInOrder() throws IOException, InterruptedException {
        Path d = Files.createDirectory(dir.resolve("d"));
        write("d/a.md", DIGEST);
        Files.createSymbolicLink(d.resolve("b-broken.md"), d.resolve("nowhere.md"));
        Files.createDirectory(dir.resolve("elsewhere"));
        Files.createSymbolicLink(d.resolve("c-dir.md"), dir.resolve("elsewhere"));
        Process mkfifo = new ProcessBuilder("mkfifo", d.resolve("d-fifo.md").toString()).start();
        boolean fifo = mkfifo.waitFor() == 0;
        write("d/e.md", DIGEST);
        String missing = dir.resolve("missing.md").toString();
        String expectedErr = "digest: " + d.resolve("b-broken.md") + ": no such file or directory (a dangling link)\n"
                + "digest: " + d.resolve("c-dir.md") + ": is a directory (links to directories are not followed)\n"
                + (fifo ? "digest: " + d.resolve("d-fifo.md") + ": not a regular file\n" : "")
                + "digest: " + missing + ": no such file or directory\n";
        CliRun parse = CliRun.run("parse", "--json", d.toString(), missing);
        assertEquals(1, parse.status());
        assertEquals(expectedErr, parse.err(), "one wording, in input order");
        List<String> lines = parse.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains(d.resolve("a.md").toString()) && lines.get(1).contains(d.resolve("e.md").toString()));
        CliRun glossary = CliRun.run("glossary", "--tsv", d.toString(), missing);
        assertEquals(1, glossary.status());
        assertEquals(expectedErr, glossary.err(), "parse and glossary say the same");
    }

    @Test
    void permissionDeniedIsReportedAndTheRunGoesOn() throws IOException {
        Path locked = write("locked.md", DIGEST);
        Path lockedDir = Files.createDirectory(dir.resolve("locked-dir"));
        write("locked-dir/x.md", DIGEST);
        Path good = write("good.md", DIGEST);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
        try {
            // root reads everything: permission bits are not enforced, there is nothing to test.
            assumeFalse(Files.isReadable(locked), "running as root: permission bits are not enforced");
            CliRun run = CliRun.run("parse", "--json", locked.toString(), dir.toString());
            assertEquals(1, run.status());
            assertTrue(run.err().contains("digest: " + locked + ": permission denied\n"), run.err());
            assertTrue(run.err().contains("digest: " + lockedDir + ": permission denied\n"), run.err());
            assertTrue(run.out().contains(good.toString()), run.out());
            assertPrefixed(run.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void everyLineOnStandardErrorStartsWithDigest() throws IOException {
        Path bad = write("bad.md", "## Daily Papers (2024-02-30)\n");
        CliRun strict = CliRun.run("parse", "--strict", bad.toString());
        assertEquals(1, strict.status());
        assertTrue(strict.err().startsWith("digest: " + bad + ":1:18: error: INVALID_DATE"), strict.err());
        assertPrefixed(strict.err());
        for (String[] args : new String[][] {{"parse"}, {"parse", "--no-such-option", "x.md"}, {"nope"},
            {"glossary", "--min-count", "x", "y.md"}}) {
            CliRun run = CliRun.run(args);
            assertEquals(2, run.status(), String.join(" ", args));
            assertFalse(run.err().isEmpty());
            assertPrefixed(run.err());
        }
    }

    /** Standard input that fails as no stream should: the failure is not an input's, it is the tool's. */
    private static InputStream failing(RuntimeException failure) {
        return new InputStream() {
            @Override
            public int read() {
                throw failure;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw failure;
            }
        };
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTraceAndStatusOne() {
        for (String command : List.of("parse", "glossary")) {
            CliRun run = CliRun.runInto(new StringWriter(), failing(new IllegalStateException("boom\u001B[2J")), command, "-");
            assertEquals(1, run.status(), command);
            assertEquals("digest: internal error: java.lang.IllegalStateException: boom\\u001B[2J\n", run.err(), command);
        }
        // An I/O failure of standard input is the input's: named, with the system's reason.
        CliRun io = CliRun.runInto(new StringWriter(), failing(new UncheckedIOException(new IOException("Input/output error"))),
                "parse", "-");
        assertEquals(1, io.status());
        assertEquals("digest: -: input/output error\n", io.err());
    }

    @Test
    void helpIsACommand() {
        CliRun top = CliRun.run("help");
        assertEquals(0, top.status());
        assertTrue(top.out().contains("parse") && top.out().contains("glossary"), top.out());
        CliRun parse = CliRun.run("help", "parse");
        assertEquals(0, parse.status());
        assertTrue(parse.out().contains("--strict"), parse.out());
        assertEquals(CliRun.run("parse", "--help").out(), parse.out());
    }

    @Test
    void controlCharactersOfTheInputAreShownEscaped() throws IOException {
        String title = "Evil\u001B]0;pwned\u0007 \u001B[2J\u202Etxt.exe\u009B31m";
        Path file = write("e\u001B[31m.md", "## Daily Papers (2025-01-02)\n\n### [" + title + "](https://arxiv.org/abs/2501.00001)\n"
                + "- point \u001B[1mbold\u2028next\n\u001B[2Jstray\n");
        CliRun run = CliRun.run("parse", file.toString(), dir.resolve("m\u001B[2J.md").toString());
        for (String text : new String[] {run.out(), run.err()}) {
            assertTrue(text.codePoints().noneMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || c == 0x2028 || c == 0x202E), text);
        }
        assertTrue(run.out().contains("Evil\\u001B]0;pwned\\u0007 \\u001B[2J\\u202Etxt.exe\\u009B31m"), run.out());
        assertTrue(run.out().contains("== " + dir + "/e\\u001B[31m.md"), run.out());
        assertTrue(run.out().contains("• point \\u001B[1mbold\\u2028next"), run.out());
        assertTrue(run.err().contains("m\\u001B[2J.md: no such file or directory"), run.err());
        CliRun json = CliRun.run("parse", "--json", file.toString());
        assertTrue(json.out().contains("\\u001B]0;pwned\\u0007"), "JSON escapes them itself: " + json.out());
    }

    @Test
    void aBinaryFileGetsOneDiagnostic() throws IOException {
        byte[] bytes = new byte[400_000];
        new java.util.Random(3).nextBytes(bytes);
        Path binary = dir.resolve("binary.md");
        Files.write(binary, bytes);
        CliRun run = CliRun.run("parse", binary.toString());
        assertTrue(run.out().contains("NOT_TEXT"), run.out());
        assertTrue(run.out().lines().count() < 10, run.out());
        assertTrue(run.out().codePoints().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'));
    }

    @Test
    void manyBadLinesCannotFloodTheTerminal() throws IOException {
        // Text in a wrong 8-bit encoding: no control characters, so it is read as text, with an
        // INVALID_UTF8 error and an unrecognised line on every line.
        byte[] bytes = new byte[400_000];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i % 40 == 39 ? (byte) '\n' : (byte) (i % 2 == 0 ? 'a' + random.nextInt(26) : 0x80 + random.nextInt(128));
        }
        Path latin = dir.resolve("latin1.md");
        Files.write(latin, bytes);
        CliRun run = CliRun.run("parse", latin.toString());
        assertTrue(run.status() == 0 || run.status() == 1);
        long lines = run.out().lines().count();
        assertTrue(lines < 2 * TextOutput.LISTED + 20, "lines: " + lines);
        assertTrue(run.out().matches("(?s).*… and [0-9,]+ more (diagnostics|unrecognised lines).*"), run.out());
        assertTrue(run.out().codePoints().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'));
    }

    @Test
    void textViewJoinsContinuationLinesAndShowsBlocksInDocumentOrder() throws IOException {
        Path file = write("v.md", "# Daily Papers\n\n## About\n\ntext\n\n## Daily Papers (2025-01-02)\n\n"
                + "### [T](https://arxiv.org/abs/2501.00001)\n\n- 첫 줄\n    이어지는 줄\n\n## License\n\nMIT\n");
        CliRun run = CliRun.run("parse", file.toString());
        String out = run.out();
        assertTrue(out.contains("     • 첫 줄 이어지는 줄\n"), out);
        int about = out.indexOf("README block (line 3): ## About");
        int edition = out.indexOf("Edition 2025-01-02, 1 paper");
        int license = out.indexOf("README block (line 14): ## License");
        assertTrue(about >= 0 && about < edition && edition < license, out);
    }
}
