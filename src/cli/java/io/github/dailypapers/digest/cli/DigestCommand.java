package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code digest} command. With no subcommand it shows the bundled sample digest, so a
 * newcomer sees the parser work at once.
 */
@Command(name = "digest",
        mixinStandardHelpOptions = true,
        versionProvider = DigestCommand.Version.class,
        description = {
            "Reads Daily Papers digests (Korean summaries of trending machine-learning papers).",
            "Without a command, shows the bundled sample digest as it is parsed."},
        subcommands = {ParseCommand.class, GlossaryCommand.class, CommandLine.HelpCommand.class})
public final class DigestCommand implements Callable<Integer> {

    static final String SAMPLE_RESOURCE = "sample-digest.md";
    /** The status of a run whose output was closed by its reader: 128 + SIGPIPE, as the shell shows a killed writer. */
    static final int CLOSED_PIPE = 141;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    DigestCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Standard output through a writer that throws: a full disk or a closed pipe must end
        // the run, which a PrintStream (it only sets an error flag) would not do.
        PrintWriter out = new PrintWriter(new FailFastWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)));
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(args, System.in, out, err, Terminal.detect()));
    }

    /** Runs the command line with the given streams, none of them a terminal; returns the exit status. */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, Terminal.NONE);
    }

    /**
     * Runs the command line with the given streams; returns the exit status. Standard output
     * should be a {@link FailFastWriter} below a {@link PrintWriter}, so that write failures
     * are seen.
     */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new DigestCommand(in), new Factory(in, terminal));
        commandLine.setOut(out).setErr(err);
        // Every line on standard error starts with "digest:", usage errors too.
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("digest: " + Visible.of(e.getMessage()));
            cmd.getErr().println("digest: see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
            cmd.getErr().flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        // Never a stack trace: an unexpected failure is one line on standard error and status 1.
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof OutputFailure failure) {
                return outputFailed(failure, err);
            }
            flushQuietly(cmd.getOut());
            cmd.getErr().println("digest: " + describe(e));
            cmd.getErr().flush();
            return cmd.getCommandSpec().exitCodeOnExecutionException();
        });
        // Help and version are written by picocli itself, outside the handler above.
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parseResult -> {
            try {
                return runLast.execute(parseResult);
            } catch (OutputFailure e) {
                return outputFailed(e, err);
            }
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutputFailure e) {
            return outputFailed(e, err);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("digest: " + describe(e));
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        }
        try {
            out.flush();
        } catch (OutputFailure e) {
            return outputFailed(e, err);
        } finally {
            err.flush();
        }
        return status;
    }

    /** A closed pipe ends the run quietly with 141 (as SIGPIPE would); any other failure says why, with 1. */
    private static int outputFailed(OutputFailure failure, PrintWriter err) {
        if (failure.isClosedPipe()) {
            return CLOSED_PIPE;
        }
        err.println("digest: cannot write the output: " + Visible.of(failure.reason()));
        err.flush();
        return 1;
    }

    private static void flushQuietly(PrintWriter out) {
        try {
            out.flush();
        } catch (OutputFailure e) {
            // reported by whoever writes next, or lost with the output it belongs to
        }
    }

    @Override
    public Integer call() throws IOException {
        String sample = sample();
        Digest digest = DigestParser.builder().build().parse(sample);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Bundled sample digest (fictional papers), as the parser reads it.");
        out.println("Run 'digest parse FILE' on your own digests, or 'digest --help'.");
        out.println();
        new TextOutput(out).write("(bundled sample)", digest);
        return 0;
    }

    static String sample() throws IOException {
        try (InputStream in = DigestCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("bundled sample " + SAMPLE_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    InputStream stdin() {
        return stdin;
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (a larger heap may help: java -Xmx4g -jar ...)";
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof java.io.IOException) {
            return Visible.of(InputError.reason(e));
        }
        if (e instanceof InterruptedException) {
            return "interrupted";
        }
        return "internal error: " + Visible.of(String.valueOf(e));
    }

    /** Creates subcommands with access to standard input, so tests can supply it. */
    private static final class Factory implements CommandLine.IFactory {
        private final InputStream in;
        private final Terminal terminal;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(InputStream in, Terminal terminal) {
            this.in = in;
            this.terminal = terminal;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ParseCommand.class) {
                return type.cast(new ParseCommand(in, terminal));
            }
            if (type == GlossaryCommand.class) {
                return type.cast(new GlossaryCommand(in));
            }
            return fallback.create(type);
        }
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = DigestCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"digest " + properties.getProperty("version", "unknown")
                    + " (daily-papers-digest, Java " + Runtime.version() + ")"};
        }
    }
}
