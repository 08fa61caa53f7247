package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.DigestParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why an input gave no digest, worded the same way by every command:
 * {@code digest: NAME: REASON}, where the reason is the system's ({@code permission denied},
 * {@code no such file or directory}, {@code is a directory}, ...). Names and reasons are shown
 * {@linkplain Visible visibly}.
 */
final class InputError {

    private InputError() {}

    /** The one line for an input that could not be read. */
    static String line(String name, Throwable failure) {
        if (failure instanceof DigestParseException parse) {
            // Strict mode or INPUT_TOO_LARGE: "NAME:LINE:COLUMN: error: CODE: message".
            return "digest: " + Visible.of(name) + ":" + Visible.of(parse.getMessage());
        }
        return line(name, reason(failure));
    }

    /** The one line for an input with the given reason. */
    static String line(String name, String reason) {
        return "digest: " + Visible.of(name) + ": " + Visible.of(reason);
    }

    /** The system's reason for an I/O failure, in lower case like the C library's messages. */
    static String reason(Throwable failure) {
        if (failure instanceof UncheckedIOException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof FileSystemLoopException) {
            return "file system loop (a link to a directory above it)";
        }
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            return lower(fs.getReason());
        }
        if (failure instanceof IOException && failure.getMessage() != null) {
            return lower(failure.getMessage());
        }
        return "cannot read (" + failure.getClass().getSimpleName() + ")";
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
