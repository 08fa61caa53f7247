package io.github.dailypapers.digest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line operands into inputs: {@code -} is standard input, a directory is every
 * {@code *.md} file under it (sorted, so output order is stable), anything else is a file.
 */
final class InputFiles {

    /** One input: a name as the user gave it (or as found under a directory). */
    record Input(String name, Path path) {
        boolean isStdin() {
            return path == null;
        }
    }

    private InputFiles() {}

    static List<Input> expand(List<String> operands) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (String operand : operands) {
            if (operand.equals("-")) {
                inputs.add(new Input("-", null));
                continue;
            }
            Path path = Path.of(operand);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                            .sorted()
                            .forEach(p -> inputs.add(new Input(p.toString(), p)));
                }
            } else {
                inputs.add(new Input(operand, path));
            }
        }
        return inputs;
    }

    static Reader stdinReader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
