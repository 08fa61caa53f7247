package io.github.dailypapers.digest;

import io.github.dailypapers.digest.model.Diagnostic;

/**
 * Thrown by a strict {@link DigestParser} when the input has an error, and by any parser when
 * the input is larger than its configured maximum. It carries the first error's position and
 * message.
 */
public final class DigestParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    /**
     * Creates the exception for a diagnostic.
     *
     * @param diagnostic the first error
     */
    public DigestParseException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    /**
     * The error that stopped the parse.
     *
     * @return the diagnostic
     */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /**
     * The 1-based line of the error.
     *
     * @return the line
     */
    public int line() {
        return diagnostic.line();
    }

    /**
     * The 1-based column (in code points) of the error.
     *
     * @return the column
     */
    public int column() {
        return diagnostic.column();
    }
}
