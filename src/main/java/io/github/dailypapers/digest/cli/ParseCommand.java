package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.DigestParseException;
import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
            "Exit status: 0 if every input was parsed, 1 if one could not be read or had an",
            "error in --strict mode, 2 for bad usage."})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Write JSON Lines instead of text.")
    boolean json;

    @Option(names = "--pretty", description = "Write indented JSON for people (implies --json).")
    boolean pretty;

    @Option(names = "--strict", description = "Fail an input on its first ERROR diagnostic.")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Digest files, directories (every *.md under them), or - for standard input.")
    List<String> operands;

    private final InputStream stdin;

    ParseCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DigestParser parser = DigestParser.builder().strict(strict).build();
        JsonOutput jsonOutput = json || pretty ? new JsonOutput(out, pretty) : null;
        TextOutput textOutput = jsonOutput == null ? new TextOutput(out) : null;
        int status = 0;
        for (InputFiles.Input input : InputFiles.expand(operands)) {
            Digest digest;
            try {
                digest = input.isStdin()
                        ? parser.parse(InputFiles.stdinReader(stdin))
                        : parser.parse(input.path());
            } catch (NoSuchFileException e) {
                err.println("digest: " + input.name() + ": no such file");
                status = 1;
                continue;
            } catch (IOException e) {
                err.println("digest: " + input.name() + ": cannot read: " + e.getMessage());
                status = 1;
                continue;
            } catch (DigestParseException e) {
                err.println(input.name() + ":" + e.getMessage());
                status = 1;
                continue;
            }
            if (jsonOutput != null) {
                jsonOutput.write(input.name(), digest);
            } else {
                textOutput.write(input.name(), digest);
            }
            out.flush();
        }
        return status;
    }
}
