package io.github.dailypapers.digest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which of standard output and standard error are terminals. Java 17 cannot ask this of a stream
 * ({@code System.console() != null} only says that standard input and output both are), so on
 * Linux the links {@code /proc/self/fd/1} and {@code /proc/self/fd/2} are read: a terminal is a
 * {@code /dev/pts/*} or {@code /dev/tty*} device. Where they cannot be read, standard error
 * counts as no terminal (so nothing is drawn unasked).
 *
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal
 */
record Terminal(boolean stdout, boolean stderr) {

    /** Neither stream is a terminal: tests, pipes, files. */
    static final Terminal NONE = new Terminal(false, false);

    /** The current process's streams. */
    static Terminal detect() {
        String term = System.getenv("TERM");
        if (term != null && term.equals("dumb")) {
            return NONE;
        }
        Boolean out = isTerminal(1);
        Boolean err = isTerminal(2);
        return new Terminal(out == null ? System.console() != null : out, err != null && err);
    }

    /** Whether file descriptor fd is a terminal; null if the system does not say. */
    private static Boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
