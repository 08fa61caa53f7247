package io.github.dailypapers.digest.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.dailypapers.digest.DigestParseException;
import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digest glossary}: the Korean-English glossary of an archive. */
@Command(name = "glossary",
        mixinStandardHelpOptions = true,
        description = {
            "Lists every distinct gloss (term, translation or expansion, acronym) in the inputs",
            "with its count and the first and last edition date it was seen, most frequent first.",
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

    @Option(names = "--conflicts",
            description = "Only terms glossed in more than one way (ignoring case and spacing).")
    boolean conflicts;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
            description = "Only entries seen at least N times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Digest files, directories (every *.md under them), or - for standard input.")
    List<String> operands;

    private final InputStream stdin;

    GlossaryCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parse up to N files at once (default: the number of cores less one, at least 1).")
    Integer jobs;

    /** A parsed input with its glosses found, or why it could not be read. */
    private record Outcome(Digest digest, String error) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jobs != null && jobs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        DigestParser parser = DigestParser.builder().parallel(true).build();
        Glossary glossary = new Glossary();
        int[] status = {0};
        int threads = jobs != null ? jobs : OrderedPipeline.defaultThreads();
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
        List<Glossary.Entry> entries = (conflicts ? glossary.conflicts() : glossary.entries()).stream()
                .filter(e -> e.count >= minCount)
                .toList();
        if (format.json) {
            writeJson(out, entries);
        } else if (format.tsv) {
            writeTsv(out, entries);
        } else {
            writeTable(out, entries);
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
    private String stream(DigestParser parser, InputFiles.Input input, Glossary glossary) {
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

    private static void writeJson(PrintWriter out, List<Glossary.Entry> entries) throws IOException {
        for (Glossary.Entry e : entries) {
            try (JsonGenerator json = JsonOutput.FACTORY.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("term", e.term);
                json.writeStringField("gloss", e.gloss);
                json.writeStringField("acronym", e.acronym);
                json.writeStringField("kind", e.kind.name());
                json.writeNumberField("count", e.count);
                json.writeStringField("first", Objects.toString(e.first, null));
                json.writeStringField("last", Objects.toString(e.last, null));
                json.writeEndObject();
            }
            out.write('\n');
        }
    }

    private static void writeTsv(PrintWriter out, List<Glossary.Entry> entries) {
        out.println("count\tterm\tgloss\tacronym\tkind\tfirst\tlast");
        for (Glossary.Entry e : entries) {
            out.println(e.count + "\t" + tsv(e.term) + "\t" + tsv(e.gloss) + "\t" + tsv(e.acronym) + "\t"
                    + e.kind + "\t" + Objects.toString(e.first, "") + "\t" + Objects.toString(e.last, ""));
        }
    }

    private static String tsv(String value) {
        return value == null ? "" : Visible.of(value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }

    private static void writeTable(PrintWriter out, List<Glossary.Entry> entries) {
        TextTable table = new TextTable("COUNT", "TERM", "GLOSS", "ACRONYM", "KIND", "FIRST", "LAST");
        for (Glossary.Entry e : entries) {
            // Terms come from the input: never raw control characters on a terminal.
            table.add(String.valueOf(e.count), Visible.of(e.term), Visible.of(Objects.toString(e.gloss, "")),
                    Visible.of(Objects.toString(e.acronym, "")),
                    e.kind.name(), Objects.toString(e.first, ""), Objects.toString(e.last, ""));
        }
        table.print(out);
        out.println(entries.size() + (entries.size() == 1 ? " entry" : " entries"));
    }
}
