package io.github.dailypapers.digest.glossary;

import io.github.dailypapers.digest.model.GlossKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a glossary: a term, its gloss or expansion and its acronym, with how often it was
 * seen and the first and last edition date. Occurrences that differ only in letter case,
 * spacing, a plural {@code s} (of the acronym, or of the last English word) are one entry,
 * spelled as its most frequent occurrence.
 *
 * @param term the glossed words, such as {@code 저랭크 적응}, or the acronym for an expansion
 * @param gloss the translation or expansion, without a repetition of the acronym (a group
 *     {@code (Chain of Thought, CoT)} glosses {@code CoT} as {@code Chain of Thought}); empty when
 *     the group gave only an acronym
 * @param acronym the acronym, from the group or the term itself, or empty
 * @param kind what the group said about the term
 * @param count how many times the gloss occurs, at least 1
 * @param first the earliest edition date it occurs in; empty when none of its editions has a date
 * @param last the latest edition date it occurs in; empty when none of its editions has a date
 */
public record GlossaryEntry(String term, Optional<String> gloss, Optional<String> acronym, GlossKind kind, int count,
        Optional<LocalDate> first, Optional<LocalDate> last) {

    /**
     * Validates the entry.
     *
     * @param term the glossed words, or the acronym for an expansion
     * @param gloss the translation or expansion, or empty
     * @param acronym the acronym, or empty
     * @param kind what the group said about the term
     * @param count how many times the gloss occurs
     * @param first the earliest edition date, or empty
     * @param last the latest edition date, or empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the count is below 1
     */
    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(gloss, "gloss");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (count < 1) {
            throw new IllegalArgumentException("glossary entry '" + term + "' occurs " + count + " times; at least 1");
        }
    }

    /** An entry from parts that may be absent (null). */
    static GlossaryEntry of(String term, String gloss, String acronym, GlossKind kind, int count, LocalDate first,
            LocalDate last) {
        return new GlossaryEntry(term, Optional.ofNullable(gloss), Optional.ofNullable(acronym), kind, count,
                Optional.ofNullable(first), Optional.ofNullable(last));
    }

    /** A short form for people and logs: {@code term = gloss [ACRONYM] KIND xCOUNT first..last}. */
    @Override
    public String toString() {
        return term + gloss.map(g -> " = " + g).orElse("") + acronym.map(a -> " [" + a + "]").orElse("") + " "
                + kind + " x" + count + " " + first.map(LocalDate::toString).orElse("-") + ".."
                + last.map(LocalDate::toString).orElse("-");
    }
}
