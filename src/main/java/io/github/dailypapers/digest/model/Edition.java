package io.github.dailypapers.digest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One day's digest: a {@code ## Daily Papers (YYYY-MM-DD)} heading and the papers under it.
 *
 * <p>Papers that come before any date heading form an edition without a heading and date.
 */
@Value.Immutable
@ModelStyle
public abstract class Edition implements DigestNode {

    Edition() {}

    /**
     * The edition's date; empty when the heading's date is not a real calendar date, or when
     * the edition has no heading.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> date();

    /**
     * The heading text after {@code ## }, such as {@code Daily Papers (2025-03-14)}; empty for
     * papers that came before any date heading.
     *
     * @return the heading
     */
    @Value.Default
    public String heading() {
        return date().map(d -> "Daily Papers (" + d + ")").orElse("");
    }

    /**
     * The papers in document order.
     *
     * @return the papers
     */
    public abstract List<Paper> papers();

    /** {@inheritDoc} From the heading to the edition's last non-blank line. */
    @Override
    @Value.Default
    @Value.Auxiliary
    public SourceSpan span() {
        return SourceSpan.NONE;
    }

    /**
     * The span of the {@code ## Daily Papers (...)} heading line; {@link SourceSpan#NONE} for an
     * edition without a heading or one built by hand.
     *
     * @return the heading line's span
     */
    @Value.Default
    @Value.Auxiliary
    public SourceSpan headingSpan() {
        return SourceSpan.NONE;
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitEdition(this);
    }

    /**
     * A builder for editions.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Edition}; every attribute is optional. */
    public static final class Builder extends ImmutableEdition.Builder {
        Builder() {}
    }
}
