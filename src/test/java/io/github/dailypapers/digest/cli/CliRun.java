package io.github.dailypapers.digest.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the command line with captured standard output and error. */
record CliRun(int status, String out, String err) {

    static CliRun run(String... args) {
        return runWithInput("", args);
    }

    static CliRun runWithInput(String stdin, String... args) {
        return runOn(Terminal.NONE, stdin, args);
    }

    /**
     * A run whose standard output is {@code target} below a {@link FailFastWriter}, as in
     * {@code main}: for write failures. The returned {@code out} is empty.
     */
    static CliRun runInto(java.io.Writer target, java.io.InputStream stdin, String... args) {
        StringWriter err = new StringWriter();
        int status = DigestCommand.run(args, stdin, new PrintWriter(new FailFastWriter(target)), new PrintWriter(err),
                Terminal.NONE);
        return new CliRun(status, "", err.toString());
    }

    /** A run as if standard output and error were (or were not) terminals. */
    static CliRun runOn(Terminal terminal, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DigestCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), terminal);
        return new CliRun(status, out.toString(), err.toString());
    }
}
