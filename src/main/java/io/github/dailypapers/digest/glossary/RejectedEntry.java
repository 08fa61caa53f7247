package io.github.dailypapers.digest.glossary;

import java.util.Objects;

/**
 * Occurrences of a gloss that the glossary leaves out because they cannot be a sound row, with
 * the reason. Nothing is dropped silently: {@link Glossary#rejected()} lists them. Immutable.
 */
public final class RejectedEntry {

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

    private final GlossaryEntry entry;
    private final Reason reason;

    RejectedEntry(GlossaryEntry entry, Reason reason) {
        this.entry = Objects.requireNonNull(entry);
        this.reason = Objects.requireNonNull(reason);
    }

    /**
     * The occurrences, counted and dated as an entry.
     *
     * @return the entry that was left out
     */
    public GlossaryEntry entry() {
        return entry;
    }

    /**
     * Why it was left out.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RejectedEntry r && entry.equals(r.entry) && reason == r.reason;
    }

    @Override
    public int hashCode() {
        return entry.hashCode() * 31 + reason.hashCode();
    }

    @Override
    public String toString() {
        return entry + " (" + reason + ")";
    }
}
