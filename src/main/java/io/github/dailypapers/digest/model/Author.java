package io.github.dailypapers.digest.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One author of a paper: a person, a single name or an organisation, as written. */
@Value.Immutable
@ModelStyle
public abstract class Author implements DigestNode {

    Author() {}

    /**
     * The name as written (Python-list quoting and escapes removed).
     *
     * @return the name
     */
    public abstract String name();

    /** {@inheritDoc} The name (with its quotes, in the list form) on the authors line. */
    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * Refuses an impossible author.
     *
     * @throws IllegalArgumentException if the name has a line break
     */
    @Value.Check
    protected void check() {
        ModelChecks.oneLine(name(), "author");
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitAuthor(this);
    }

    /**
     * An author with the given name, without a source span.
     *
     * @param name the name
     * @return the author
     */
    public static Author of(String name) {
        return builder().name(name).build();
    }

    /**
     * A builder for authors.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Author}; {@code name} is required. */
    public static final class Builder extends ImmutableAuthor.Builder {
        Builder() {}
    }
}
