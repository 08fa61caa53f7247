package io.github.dailypapers.digest.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands command-line operands into inputs, in order: {@code -} is standard input (read once:
 * a second {@code -} is skipped), a directory is every {@code *.md} entry under it (sorted by
 * path, so output order is stable), anything else is a file. Nothing here stops the run: an
 * entry that cannot be listed or is not a file to read, and a directory with no {@code *.md}
 * file, become inputs that carry their error, reported in their turn.
 */
final class InputFiles {

    /**
     * One input: a name as the user gave it (or as found under a directory), its path (null for
     * standard input), and an error found while listing it (null if none).
     */
    record Input(String name, Path path, String error) {
        boolean isStdin() {
            return path == null && error == null;
        }

        static Input failed(String name, String reason) {
            return new Input(name, null, reason);
        }
    }

    private InputFiles() {}

    static List<Input> expand(List<String> operands) {
        List<Input> inputs = new ArrayList<>();
        boolean stdinSeen = false;
        for (String operand : operands) {
            if (operand.equals("-")) {
                if (!stdinSeen) {
                    inputs.add(new Input("-", null, null));
                }
                stdinSeen = true;
                continue;
            }
            if (operand.isEmpty()) {
                // Path.of("") is the working directory: an empty operand (an unset shell variable)
                // would quietly read every digest under it. Like cat and ls, name nothing.
                inputs.add(Input.failed("''", "no such file or directory"));
                continue;
            }
            Path path = Path.of(operand);
            if (Files.isDirectory(path)) {
                int before = inputs.size();
                walk(path, inputs);
                if (inputs.size() == before) {
                    inputs.add(Input.failed(operand, "no *.md file in this directory or under it"));
                }
            } else {
                inputs.add(new Input(operand, path, null));
            }
        }
        return inputs;
    }

    /** Adds every *.md entry under dir, sorted; unreadable entries as failed inputs in their place. */
    private static void walk(Path dir, List<Input> inputs) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().endsWith(".md")) {
                        found.add(entry(file, attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(Input.failed(file.toString(), InputError.reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        found.add(Input.failed(d.toString(), InputError.reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(Input.failed(dir.toString(), InputError.reason(e)));
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
        inputs.addAll(found);
    }

    /** A regular file to read, a link followed to one, or why the entry is not one. */
    private static Input entry(Path file, BasicFileAttributes attributes) {
        String name = file.toString();
        if (attributes.isRegularFile()) {
            return new Input(name, file, null);
        }
        if (attributes.isSymbolicLink()) {
            if (!Files.exists(file)) {
                return Input.failed(name, "no such file or directory (a dangling link)");
            }
            if (Files.isRegularFile(file)) {
                return new Input(name, file, null);
            }
            if (Files.isDirectory(file)) {
                return Input.failed(name, "is a directory (links to directories are not followed)");
            }
        }
        // A FIFO would block the run forever; a device or socket is no digest.
        return Input.failed(name, "not a regular file");
    }
}
