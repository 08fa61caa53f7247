package io.github.dailypapers.digest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writing to standard output failed. Thrown through {@link java.io.PrintWriter} (which would
 * swallow an {@link IOException}) so that the run stops at once instead of losing its output.
 */
final class OutputFailure extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
        super(cause);
    }

    /**
     * Whether the reader went away ({@code EPIPE}): the normal end of {@code digest ... | head}.
     * Java reports it only through the message of the exception ({@code "Broken pipe"}).
     */
    boolean isClosedPipe() {
        String message = getCause().getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    /** The system's reason, such as {@code no space left on device}. */
    String reason() {
        return InputError.reason(getCause());
    }
}
