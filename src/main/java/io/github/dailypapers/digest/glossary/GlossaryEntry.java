package io.github.dailypapers.digest.glossary;

import io.github.dailypapers.digest.model.GlossKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a glossary: a term, its gloss or expansion and its acronym, with how often it was
 * seen and the first and last edition date. Occurrences that differ only in letter case,
 * spacing, a plural {@code s} (of the acronym, or of the last English word) are one entry,
 * spelled as its most frequent occurrence. Immutable.
 */
public final class GlossaryEntry {

    private final String term;
    private final String gloss;
    private final String acronym;
    private final GlossKind kind;
    private final int count;
    private final LocalDate first;
    private final LocalDate last;

    GlossaryEntry(String term, String gloss, String acronym, GlossKind kind, int count, LocalDate first,
            LocalDate last) {
        this.term = Objects.requireNonNull(term);
        this.gloss = gloss;
        this.acronym = acronym;
        this.kind = Objects.requireNonNull(kind);
        this.count = count;
        this.first = first;
        this.last = last;
    }

    /**
     * The glossed words, such as {@code 저랭크 적응}, or the acronym for an expansion.
     *
     * @return the term
     */
    public String term() {
        return term;
    }

    /**
     * The translation or expansion, without a repetition of the acronym (a group
     * {@code (Chain of Thought, CoT)} glosses {@code CoT} as {@code Chain of Thought}).
     *
     * @return the gloss, or empty when the group gave only an acronym
     */
    public Optional<String> gloss() {
        return Optional.ofNullable(gloss);
    }

    /**
     * The acronym, from the group or the term itself.
     *
     * @return the acronym, or empty
     */
    public Optional<String> acronym() {
        return Optional.ofNullable(acronym);
    }

    /**
     * What the group said about the term.
     *
     * @return the kind
     */
    public GlossKind kind() {
        return kind;
    }

    /**
     * How many times the gloss occurs.
     *
     * @return the number of occurrences, at least 1
     */
    public int count() {
        return count;
    }

    /**
     * The earliest edition date it occurs in.
     *
     * @return the date, or empty when none of its editions has a date
     */
    public Optional<LocalDate> first() {
        return Optional.ofNullable(first);
    }

    /**
     * The latest edition date it occurs in.
     *
     * @return the date, or empty when none of its editions has a date
     */
    public Optional<LocalDate> last() {
        return Optional.ofNullable(last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlossaryEntry e && term.equals(e.term) && Objects.equals(gloss, e.gloss)
                && Objects.equals(acronym, e.acronym) && kind == e.kind && count == e.count
                && Objects.equals(first, e.first) && Objects.equals(last, e.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, gloss, acronym, kind, count, first, last);
    }

    @Override
    public String toString() {
        return term + (gloss == null ? "" : " = " + gloss) + (acronym == null ? "" : " [" + acronym + "]") + " "
                + kind + " x" + count + " " + (first == null ? "-" : first) + ".." + (last == null ? "-" : last);
    }
}
