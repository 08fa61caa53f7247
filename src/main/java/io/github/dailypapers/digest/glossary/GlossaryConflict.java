package io.github.dailypapers.digest.glossary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A term glossed in more than one way, or an acronym expanded in more than one way: an
 * inconsistency of a translation pipeline. Variants that differ only in letter case, spacing
 * (spaces and hyphens), a plural {@code s} or a repetition of the acronym are the same variant,
 * and {@code LLM} and {@code LLMs} are the same acronym. Immutable.
 */
public final class GlossaryConflict {

    /** What the variants disagree about. */
    public enum Kind {
        /** One term (not an acronym), several translations. */
        TERM,
        /** One acronym, several English expansions. */
        ACRONYM
    }

    /** One way the subject was glossed, with how often and when. Immutable. */
    public static final class Variant {
        private final String meaning;
        private final int count;
        private final LocalDate first;
        private final LocalDate last;

        Variant(String meaning, int count, LocalDate first, LocalDate last) {
            this.meaning = Objects.requireNonNull(meaning);
            this.count = count;
            this.first = first;
            this.last = last;
        }

        /**
         * The gloss or expansion, spelled as its most frequent occurrence.
         *
         * @return the meaning
         */
        public String meaning() {
            return meaning;
        }

        /**
         * How many times the subject was glossed this way.
         *
         * @return the number of occurrences
         */
        public int count() {
            return count;
        }

        /**
         * The earliest edition date of this variant.
         *
         * @return the date, or empty when none of its editions has a date
         */
        public Optional<LocalDate> first() {
            return Optional.ofNullable(first);
        }

        /**
         * The latest edition date of this variant.
         *
         * @return the date, or empty when none of its editions has a date
         */
        public Optional<LocalDate> last() {
            return Optional.ofNullable(last);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Variant v && meaning.equals(v.meaning) && count == v.count
                    && Objects.equals(first, v.first) && Objects.equals(last, v.last);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meaning, count, first, last);
        }

        @Override
        public String toString() {
            return meaning + " x" + count;
        }
    }

    private final Kind kind;
    private final String subject;
    private final List<Variant> variants;

    GlossaryConflict(Kind kind, String subject, List<Variant> variants) {
        this.kind = Objects.requireNonNull(kind);
        this.subject = Objects.requireNonNull(subject);
        this.variants = List.copyOf(variants);
    }

    /**
     * Whether a term or an acronym is glossed in several ways.
     *
     * @return the kind of conflict
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The term or acronym, spelled as its most frequent occurrence.
     *
     * @return the term or acronym
     */
    public String subject() {
        return subject;
    }

    /**
     * The different glosses or expansions, most frequent first; at least two.
     *
     * @return the variants
     */
    public List<Variant> variants() {
        return variants;
    }

    /**
     * How many times the subject was glossed, all variants together.
     *
     * @return the total number of occurrences
     */
    public int count() {
        return variants.stream().mapToInt(Variant::count).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlossaryConflict c && kind == c.kind && subject.equals(c.subject)
                && variants.equals(c.variants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject, variants);
    }

    @Override
    public String toString() {
        return kind + " " + subject + ": " + variants;
    }
}
