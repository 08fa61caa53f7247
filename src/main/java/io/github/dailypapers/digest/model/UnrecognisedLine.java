package io.github.dailypapers.digest.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A non-blank line that fits nowhere in the model (for example text between a date heading and
 * the first paper). It is kept, with its position, so that nothing of the input is lost; the
 * parser also reports it as a diagnostic.
 */
@Value.Immutable
@ModelStyle
public abstract class UnrecognisedLine implements DigestNode {

    UnrecognisedLine() {}

    /**
     * The line's text, without its line end.
     *
     * @return the text
     */
    public abstract String text();

    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * Refuses an impossible unrecognised line.
     *
     * @throws IllegalArgumentException if the text is empty (an empty line is not kept) or has
     *     a line break
     */
    @Value.Check
    protected void check() {
        if (text().isEmpty()) {
            throw new IllegalArgumentException("an unrecognised line is empty; empty lines are not kept");
        }
        ModelChecks.oneLine(text(), "unrecognised line");
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitUnrecognisedLine(this);
    }

    /**
     * A builder for unrecognised lines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UnrecognisedLine}; {@code text} is required. */
    public static final class Builder extends ImmutableUnrecognisedLine.Builder {
        Builder() {}
    }
}
