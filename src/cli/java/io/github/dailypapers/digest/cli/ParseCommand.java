package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.DigestParseException;
import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digest parse}: parses files and prints them as text or JSON Lines. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parses digests and prints them: readable text, or JSON Lines with --json",
            "(one object per input, in argument order; see docs/cli.md and docs/schema/).",
            "Files are parsed in parallel; the output is always in input order.",
            "Exit status: 0 if every input was parsed; 1 if an input could not be read, gave",
            "no digest or had an error in --strict mode, or the output could not be written;",
            "2 for bad usage; 141 when the reader of the output went away (closed pipe)."})
final class ParseCommand implements Callable<Integer> {

    /** Outputs of inputs up to this size are rendered by the parsing thread; larger ones when written. */
    static final long RENDER_AHEAD_BYTES = 8L << 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Write JSON Lines instead of text.")
    boolean json;

    @Option(names = "--pretty", description = "Write indented JSON for people (implies --json).")
    boolean pretty;

    @Option(names = "--strict", description = "Fail an input on its first ERROR diagnostic.")
    boolean strict;

    @Mixin
    JobsOption jobs;

    @Option(names = "--progress", negatable = true,
            description = {"Show a progress bar on standard error (--no-progress: never).",
                "Default: only when standard error is a terminal and standard output is not,",
                "and only once a run has taken more than a second."})
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Digest files, directories (every *.md under them), or - for standard input.")
    List<String> operands;

    private final InputStream stdin;
    private final Terminal terminal;

    ParseCommand(InputStream stdin, Terminal terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    /** What parsing one input gave: rendered output, a digest to render, or an error message. */
    private record Outcome(String rendered, Digest digest, String error, long bytes) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threads = jobs.threads();
        // Large files are split at headings and parsed on all cores; the result is the same.
        DigestParser parser = DigestParser.builder().strict(strict).parallel(true).build();
        List<InputFiles.Input> inputs = InputFiles.expand(operands);
        Progress bar = progress(err, inputs);
        int[] status = {0};
        try {
            OrderedPipeline.run(inputs, threads, Streaming::isStreamed, input -> Streaming.isStreamed(input)
                    ? null : parse(parser, input), (input, outcome) -> {
                        if (outcome == null) {
                            outcome = stream(parser, input, out);
                        }
                        if (outcome.error() != null || terminal.stdout()) {
                            bar.clear(); // the message, or output on the same terminal, must not run into the bar
                        }
                        if (outcome.error() != null) {
                            err.println(outcome.error());
                            err.flush();
                            status[0] = 1;
                        } else if (outcome.rendered() != null) {
                            out.write(outcome.rendered());
                            out.flush();
                        } else if (outcome.digest() != null) {
                            try {
                                write(out, input.name(), outcome.digest());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            out.flush();
                        }
                        bar.advance(outcome.bytes());
                    });
        } finally {
            bar.finish();
        }
        return status[0];
    }

    private Progress progress(PrintWriter err, List<InputFiles.Input> inputs) {
        boolean show = progress != null ? progress : terminal.stderr() && !terminal.stdout();
        if (!show) {
            return Progress.off();
        }
        long totalBytes = 0;
        for (InputFiles.Input input : inputs) {
            totalBytes += OrderedPipeline.size(input);
        }
        return new Progress(err, true, inputs.size(), totalBytes, progress != null ? 0 : Progress.AUTO_DELAY_NANOS,
                System::nanoTime);
    }

    /** Runs on a pipeline thread: parses one input whole and, unless it is large, renders it. */
    private Outcome parse(DigestParser parser, InputFiles.Input input) {
        long bytes = OrderedPipeline.size(input);
        if (input.error() != null) {
            return new Outcome(null, null, InputError.line(input.name(), input.error()), bytes);
        }
        Digest digest;
        try {
            digest = parser.parse(input.path());
        } catch (IOException | DigestParseException e) {
            return new Outcome(null, null, InputError.line(input.name(), e), bytes);
        } catch (OutOfMemoryError e) {
            return new Outcome(null, null, Streaming.outOfMemory(input.name(), bytes), bytes);
        }
        if (bytes > RENDER_AHEAD_BYTES) {
            return new Outcome(null, digest, null, bytes);
        }
        try {
            return new Outcome(render(input, digest), null, null, bytes);
        } catch (OutOfMemoryError e) {
            return new Outcome(null, digest, null, bytes); // rendered when written, part by part
        }
    }

    private String render(InputFiles.Input input, Digest digest) {
        StringWriter text = new StringWriter();
        try {
            write(text, input.name(), digest);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private void write(Writer target, String name, Digest digest) throws IOException {
        if (json || pretty) {
            new JsonOutput(target, pretty).write(name, digest);
        } else {
            PrintWriter writer = target instanceof PrintWriter p ? p : new PrintWriter(target);
            new TextOutput(writer).write(name, digest);
            writer.flush();
        }
    }

    /**
     * Runs on the calling thread: reads a large file or standard input part by part and writes
     * each part as it comes, so the heap does not grow with the input. A failure after the first
     * part ends the input's output early (its JSON object is still closed) and is reported.
     */
    private Outcome stream(DigestParser parser, InputFiles.Input input, PrintWriter out) {
        long bytes = OrderedPipeline.size(input);
        try (InputStream in = input.isStdin() ? new NonClosing(stdin) : Files.newInputStream(input.path());
                Stream<Digest> parts = parser.stream(in)) {
            Iterator<Digest> iterator = parts.iterator();
            // Nothing is written before the first part is read: an input that fails there
            // (most of them: it is the whole of an input up to a megabyte) writes nothing.
            Digest first = iterator.next();
            if (json || pretty) {
                try (JsonOutput.Streamed object = new JsonOutput(out, pretty).begin(input.name())) {
                    try {
                        object.add(first);
                        while (iterator.hasNext()) {
                            object.add(iterator.next());
                        }
                    } finally {
                        object.end();
                    }
                }
            } else {
                TextOutput.Streamed view = new TextOutput(out).begin(input.name());
                try {
                    view.add(first);
                    while (iterator.hasNext()) {
                        view.add(iterator.next());
                    }
                } finally {
                    view.end();
                }
            }
            return new Outcome(null, null, null, bytes);
        } catch (OutputFailure e) {
            throw e;
        } catch (IOException | UncheckedIOException | DigestParseException e) {
            return new Outcome(null, null, InputError.line(input.name(), e), bytes);
        } catch (OutOfMemoryError e) {
            return new Outcome(null, null, Streaming.outOfMemory(input.name(), bytes), bytes);
        }
    }

    /** Standard input stays open for whoever else reads it (the tests' callers). */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // not ours to close
        }
    }
}
