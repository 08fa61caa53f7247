package io.github.dailypapers.digest.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One day's digest: a {@code ## Daily Papers (YYYY-MM-DD)} heading and the papers under it.
 *
 * <p>Papers that come before any date heading form an edition without a heading and date.
 */
@Value.Immutable
@ModelStyle
public abstract class Edition implements DigestNode {

    private static final Pattern CANONICAL = Pattern.compile("Daily Papers \\(\\d{4}-\\d{2}-\\d{2}\\)");

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
     * the papers that came before any date heading. A builder given only a date fills in the
     * canonical heading of that date.
     *
     * @return the heading, or empty
     */
    public abstract Optional<String> heading();

    /**
     * The papers in document order.
     *
     * @return the papers
     */
    public abstract List<Paper> papers();

    /** {@inheritDoc} From the heading to the edition's last non-blank line. */
    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * The span of the {@code ## Daily Papers (...)} heading line; empty for an edition without a
     * heading or one built by hand.
     *
     * @return the heading line's span, or empty
     */
    @Value.Auxiliary
    public abstract Optional<SourceSpan> headingSpan();

    /**
     * Refuses an impossible edition; fills in the heading of a dated edition built without one.
     *
     * @return this edition, or a copy with the canonical heading of its date
     * @throws IllegalArgumentException if the heading is empty, has a line break, is not a date
     *     heading or names another date than {@link #date()}, or a heading span is given
     *     without a heading or starts on a later line than the edition's span
     */
    @Value.Check
    protected Edition check() {
        if (heading().isEmpty()) {
            if (date().isPresent()) {
                return builder().from(this).heading(canonicalHeading(date().get())).build();
            }
            if (headingSpan().isPresent()) {
                throw new IllegalArgumentException("an edition without heading has a heading span");
            }
            return this;
        }
        String heading = heading().get();
        if (heading.isEmpty()) {
            throw new IllegalArgumentException("edition heading is empty; leave it out for an edition without heading");
        }
        ModelChecks.oneLine(heading, "edition heading");
        if (!heading.startsWith("Daily Papers (")) {
            throw new IllegalArgumentException("edition heading '" + heading
                    + "' does not start with 'Daily Papers (': that is a README block");
        }
        if (date().isPresent() && !heading.equals(canonicalHeading(date().get()))) {
            throw new IllegalArgumentException("edition heading '" + heading + "' contradicts its date "
                    + date().get() + "; it must be '" + canonicalHeading(date().get()) + "'");
        }
        if (date().isEmpty() && namesCalendarDate(heading)) {
            throw new IllegalArgumentException("edition heading '" + heading
                    + "' names a calendar date, but the edition has no date");
        }
        // Not "inside": the rest of an edition split by streaming keeps the heading of the part
        // where the edition began, which lies before its own span.
        if (headingSpan().isPresent() && span().isPresent() && headingSpan().get().line() > span().get().line()) {
            throw new IllegalArgumentException("edition heading span " + headingSpan().get()
                    + " starts after the edition's span " + span().get());
        }
        return this;
    }

    /** Whether the parser would read a date from this heading (so a parsed edition has one). */
    private static boolean namesCalendarDate(String heading) {
        if (!CANONICAL.matcher(heading).matches()) {
            return false;
        }
        try {
            LocalDate.parse(heading.substring("Daily Papers (".length(), heading.length() - 1));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String canonicalHeading(LocalDate date) {
        return "Daily Papers (" + date + ")";
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
