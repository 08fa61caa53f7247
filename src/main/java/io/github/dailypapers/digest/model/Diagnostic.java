package io.github.dailypapers.digest.model;

import java.util.Objects;

/**
 * Something the parser repaired, skipped or could not read, with where it happened.
 *
 * @param code the stable code
 * @param severity how serious it is
 * @param message a sentence a person understands
 * @param span where in the input (line and column are 1-based)
 */
public record Diagnostic(DiagnosticCode code, Severity severity, String message, SourceSpan span) {

    /**
     * Validates the diagnostic.
     *
     * @param code the stable code
     * @param severity how serious it is
     * @param message a sentence a person understands
     * @param span where in the input (line and column are 1-based)
     * @throws NullPointerException if an argument is null
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /**
     * A diagnostic with the code's usual severity.
     *
     * @param code the code
     * @param message the message
     * @param span where
     * @return the diagnostic
     */
    public static Diagnostic of(DiagnosticCode code, String message, SourceSpan span) {
        return new Diagnostic(code, code.severity(), message, span);
    }

    /**
     * The 1-based line where the problem starts.
     *
     * @return the line
     */
    public int line() {
        return span.line();
    }

    /**
     * The 1-based column (in code points) where the problem starts.
     *
     * @return the column
     */
    public int column() {
        return span.column();
    }

    /**
     * The diagnostic as one line: {@code 7:1: warning: VOTE_PLACEHOLDER: ...}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return line() + ":" + column() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + code + ": " + message;
    }
}
