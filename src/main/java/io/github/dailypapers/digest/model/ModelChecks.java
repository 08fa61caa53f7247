package io.github.dailypapers.digest.model;

import io.github.dailypapers.digest.internal.LineEnds;
import java.util.Optional;

/**
 * The checks the model's builders share: a value that must stay on one line, and a span that
 * must lie inside its element's span. Each failure is an {@link IllegalArgumentException} that
 * names the element, so that an impossible model is refused where it is built.
 */
final class ModelChecks {

    private ModelChecks() {}

    /** Fails if {@code value} holds a line end (the format's rule: {@code \r} or {@code \n}). */
    static void oneLine(String value, String what) {
        oneLine(value, what, null);
    }

    /**
     * The same for a value of a named element ({@code of}, or null): the message, "what of 'of'",
     * is only built on failure, as these checks run for every element of every parse.
     */
    static void oneLine(String value, String what, String of) {
        if (LineEnds.containsLineEnd(value)) {
            throw new IllegalArgumentException(describe(what, of) + " '" + value + "' has a line break");
        }
    }

    /** Fails if both spans are there and {@code inner} is not inside {@code outer}. */
    static void inside(Optional<SourceSpan> inner, Optional<SourceSpan> outer, String what) {
        inside(inner, outer, what, null);
    }

    /** The same for a span of a named element ({@code of}, or null; see {@link #oneLine(String, String, String)}). */
    static void inside(Optional<SourceSpan> inner, Optional<SourceSpan> outer, String what, String of) {
        if (inner.isPresent() && outer.isPresent()) {
            SourceSpan in = inner.get();
            SourceSpan out = outer.get();
            if (in.offset() < out.offset() || in.endOffset() > out.endOffset() || in.line() < out.line()
                    || in.endLine() > out.endLine()) {
                throw new IllegalArgumentException(describe(what, of) + " " + in + " is not inside its element's span " + out);
            }
        }
    }

    private static String describe(String what, String of) {
        return of == null ? what : what + " of '" + of + "'";
    }
}
