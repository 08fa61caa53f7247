package io.github.dailypapers.digest.glossary;

import java.util.Objects;

/**
 * Occurrences of a gloss that the glossary leaves out because they cannot be a sound row, with
 * the reason. Nothing is dropped silently: {@link Glossary#rejected()} lists them.
 *
 * @param entry the occurrences, counted and dated as an entry
 * @param reason why they were left out
 */
public record RejectedEntry(GlossaryEntry entry, Reason reason) {

    /** Why a gloss is not a sound glossary row. */
    public enum Reason {
        /** The term or the gloss starts or ends inside a word of the text (say {@code 학습} out of {@code 강화학습}). */
        CUT_WORD("the term or gloss starts or ends inside a word"),
        /**
         * The acronym's letters cannot be read, in order, from the expansion, the first one at the
         * start of its first word ({@code Eagle} for {@code RWKV-5}; {@code GPT-4V(ision)}).
         */
        INITIALS_MISMATCH("the acronym's letters do not spell the expansion"),
        /** The expansion contains the acronym itself: a phrase about it, not what it stands for ({@code light LLM}). */
        CONTAINS_ACRONYM("the expansion contains the acronym itself");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /**
         * A short description for people.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    /**
     * Validates the rejected entry.
     *
     * @param entry the occurrences, counted and dated as an entry
     * @param reason why they were left out
     * @throws NullPointerException if an argument is null
     */
    public RejectedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(reason, "reason");
    }

    /** A short form for people and logs: {@code entry (REASON)}. */
    @Override
    public String toString() {
        return entry + " (" + reason + ")";
    }
}
