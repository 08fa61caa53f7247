package io.github.dailypapers.digest.glossary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A term glossed in more than one way, or an acronym expanded in more than one way: an
 * inconsistency of a translation pipeline. Variants that differ only in letter case, spacing
 * (spaces and hyphens), a plural {@code s} or a repetition of the acronym are the same variant,
 * and {@code LLM} and {@code LLMs} are the same acronym.
 *
 * @param kind whether a term or an acronym is glossed in several ways
 * @param subject the term or acronym, spelled as its most frequent occurrence
 * @param variants the different glosses or expansions, most frequent first; at least two
 */
public record GlossaryConflict(Kind kind, String subject, List<Variant> variants) {

    /** What the variants disagree about. */
    public enum Kind {
        /** One term (not an acronym), several translations. */
        TERM,
        /** One acronym, several English expansions. */
        ACRONYM
    }

    /**
     * One way the subject was glossed, with how often and when.
     *
     * @param meaning the gloss or expansion, spelled as its most frequent occurrence
     * @param count how many times the subject was glossed this way, at least 1
     * @param first the earliest edition date of this variant; empty when none of its editions has
     *     a date
     * @param last the latest edition date of this variant; empty when none of its editions has a
     *     date
     */
    public record Variant(String meaning, int count, Optional<LocalDate> first, Optional<LocalDate> last) {

        /**
         * Validates the variant.
         *
         * @param meaning the gloss or expansion
         * @param count how many times the subject was glossed this way
         * @param first the earliest edition date, or empty
         * @param last the latest edition date, or empty
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the count is below 1
         */
        public Variant {
            Objects.requireNonNull(meaning, "meaning");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (count < 1) {
                throw new IllegalArgumentException("variant '" + meaning + "' occurs " + count + " times; at least 1");
            }
        }

        /** A variant from dates that may be absent (null). */
        static Variant of(String meaning, int count, LocalDate first, LocalDate last) {
            return new Variant(meaning, count, Optional.ofNullable(first), Optional.ofNullable(last));
        }

        /** A short form for people and logs: {@code meaning xCOUNT}. */
        @Override
        public String toString() {
            return meaning + " x" + count;
        }
    }

    /**
     * Validates the conflict and copies its variants.
     *
     * @param kind whether a term or an acronym is glossed in several ways
     * @param subject the term or acronym
     * @param variants the different glosses or expansions, most frequent first
     * @throws NullPointerException if an argument or a variant is null
     * @throws IllegalArgumentException if there are fewer than two variants
     */
    public GlossaryConflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        variants = List.copyOf(variants);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("conflict about '" + subject + "' has " + variants.size()
                    + " variant(s); a conflict has at least two");
        }
    }

    /**
     * How many times the subject was glossed, all variants together.
     *
     * @return the total number of occurrences
     */
    public int count() {
        return variants.stream().mapToInt(Variant::count).sum();
    }

    /** A short form for people and logs: {@code KIND subject: [variants]}. */
    @Override
    public String toString() {
        return kind + " " + subject + ": " + variants;
    }
}
