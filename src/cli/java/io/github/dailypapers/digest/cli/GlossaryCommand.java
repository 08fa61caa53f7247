package io.github.dailypapers.digest.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.dailypapers.digest.DigestParseException;
import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.glossary.Glossary;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.function.IntSupplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digest glossary}: the Korean-English glossary of an archive. */
@Command(name = "glossary",
        mixinStandardHelpOptions = true,
        description = {
            "Lists every distinct gloss (term, translation or expansion, acronym) in the inputs with its count"
                    + " and the first and last edition date it was seen, most frequent first. Spellings that differ"
                    + " only in case, spacing or a plural s are one entry; unsound glosses are left out (--rejected).",
            "Exit status as for 'digest parse' (see 'digest help parse')."})
final class GlossaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Write JSON Lines, one object per entry.")
        boolean json;

        @Option(names = "--tsv", description = "Write tab-separated values with a header line.")
        boolean tsv;
    }

    @ArgGroup(exclusive = true)
    View view = new View();

    static final class View {
        @Option(names = "--conflicts",
                description = "Only terms and acronyms glossed in more than one way (ignoring case, spacing,"
                        + " plurals and a repeated acronym), each with its variants.")
        boolean conflicts;

        @Option(names = "--rejected",
                description = "Only the glosses left out as unsound (a word cut in two, an acronym that does not fit), with why.")
        boolean rejected;
    }

    @Option(names = {"-w", "--width"}, paramLabel = "N",
            description = "Fit the table in N columns, 0 for no limit (default: $COLUMNS if set, else the"
                    + " terminal's width if it can be told, else 100). TSV and JSON keep full cells.")
    Integer width;

    static final int DEFAULT_WIDTH = 100;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
            description = "Only entries (conflicts: terms or acronyms) seen at least N times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Digest files, directories (every *.md under them), or - for standard input.")
    List<String> operands;

    private final InputStream stdin;

    GlossaryCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Mixin
    JobsOption jobs;

    /** A parsed input with its glosses found, or why it could not be read. */
    private record Outcome(Digest digest, String error) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threads = jobs.threads();
        if (width != null && width < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--width must be at least 0, was " + width);
        }
        DigestParser parser = DigestParser.builder().parallel(true).build();
        Glossary.Builder glossary = Glossary.builder();
        int[] status = {0};
        // Files are parsed (and their glosses found) in parallel, but added in input order, so
        // the glossary is the same as a sequential run's.
        OrderedPipeline.run(InputFiles.expand(operands), threads, Streaming::isStreamed,
                input -> Streaming.isStreamed(input) ? null : read(parser, input), (input, outcome) -> {
                    String error = outcome == null ? stream(parser, input, glossary) : outcome.error();
                    if (error != null) {
                        err.println(error);
                        err.flush();
                        status[0] = 1;
                    } else if (outcome != null) {
                        glossary.add(outcome.digest());
                    }
                });
        boolean table = !format.json && !format.tsv;
        GlossaryOutput output = new GlossaryOutput(out, format.json ? GlossaryOutput.Form.JSON
                : format.tsv ? GlossaryOutput.Form.TSV : GlossaryOutput.Form.TABLE,
                table ? tableWidth(width, System.getenv("COLUMNS"), GlossaryCommand::terminalWidth) : DEFAULT_WIDTH);
        Glossary built = glossary.build();
        if (view.conflicts) {
            output.conflicts(built.conflicts().stream().filter(c -> c.count() >= minCount).toList());
        } else if (view.rejected) {
            output.rejected(built.rejected().stream().filter(r -> r.entry().count() >= minCount).toList());
        } else {
            output.entries(built.entries().stream().filter(e -> e.count() >= minCount).toList(),
                    built.rejected().stream().mapToInt(r -> r.entry().count()).sum());
        }
        out.flush();
        return status[0];
    }

    private Outcome read(DigestParser parser, InputFiles.Input input) {
        if (input.error() != null) {
            return new Outcome(null, InputError.line(input.name(), input.error()));
        }
        try {
            Digest digest = parser.parse(input.path());
            for (Paper paper : digest.papers()) {
                for (Section section : paper.sections()) {
                    section.glosses(); // computed once, here, on a pipeline thread
                }
            }
            return new Outcome(digest, null);
        } catch (IOException | DigestParseException e) {
            return new Outcome(null, InputError.line(input.name(), e));
        } catch (OutOfMemoryError e) {
            return new Outcome(null, Streaming.outOfMemory(input.name(), OrderedPipeline.size(input)));
        }
    }

    /** Adds a large file or standard input part by part, on the calling thread; returns the error, if any. */
    private String stream(DigestParser parser, InputFiles.Input input, Glossary.Builder glossary) {
        try (InputStream in = input.isStdin() ? InputStream.nullInputStream() : Files.newInputStream(input.path());
                Stream<Digest> parts = parser.stream(input.isStdin() ? stdin : in)) {
            parts.forEach(glossary::add);
            return null;
        } catch (IOException | UncheckedIOException | DigestParseException e) {
            return InputError.line(input.name(), e);
        } catch (OutOfMemoryError e) {
            return Streaming.outOfMemory(input.name(), OrderedPipeline.size(input));
        }
    }

    /**
     * The table's width: {@code --width} (0: no limit), else {@code COLUMNS} if it is a positive
     * number, else the terminal's width if it can be told (a positive answer of {@code terminal}),
     * else 100.
     */
    static int tableWidth(Integer option, String columns, IntSupplier terminal) {
        if (option != null) {
            return option == 0 ? Integer.MAX_VALUE : option;
        }
        try {
            int fromEnvironment = columns == null ? 0 : Integer.parseInt(columns.strip());
            if (fromEnvironment > 0) {
                return fromEnvironment;
            }
        } catch (NumberFormatException e) {
            // not a number: as if unset
        }
        int detected = terminal.getAsInt();
        return detected > 0 ? detected : DEFAULT_WIDTH;
    }

    /**
     * The width of the terminal the table is shown in, or 0 if there is none. picocli asks the
     * terminal (with {@code stty} or {@code tput}, as for its auto-width help) and answers the
     * width it was given when it cannot tell; only asked when standard input and output are a
     * terminal ({@code System.console()}), as Java 17 cannot ask about standard output alone.
     */
    private static int terminalWidth() {
        String term = System.getenv("TERM");
        if (System.console() == null || (term != null && term.equals("dumb"))) {
            return 0;
        }
        return CommandSpec.create().usageMessage().width(DEFAULT_WIDTH).autoWidth(true).width();
    }
}
