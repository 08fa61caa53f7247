package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import java.io.IOException;
import java.io.InputStream;
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
        subcommands = {ParseCommand.class, GlossaryCommand.class})
public final class DigestCommand implements Callable<Integer> {

    static final String SAMPLE_RESOURCE = "sample-digest.md";

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
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DigestCommand(in), new Factory(in));
        commandLine.setOut(out).setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
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

    /** Creates subcommands with access to standard input, so tests can supply it. */
    private static final class Factory implements CommandLine.IFactory {
        private final InputStream in;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(InputStream in) {
            this.in = in;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ParseCommand.class) {
                return type.cast(new ParseCommand(in));
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
