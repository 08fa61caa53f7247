package io.github.dailypapers.digest.glossary;

import io.github.dailypapers.digest.glossary.RejectedEntry.Reason;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.GlossKind;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Korean-English glossary of digests: one {@link GlossaryEntry} per distinct gloss (term,
 * gloss or expansion, acronym), with its count and first and last edition date; the
 * {@link GlossaryConflict conflicts} (a term or acronym glossed in several ways); and the
 * {@link RejectedEntry rejected} glosses that cannot be sound rows (a word cut in two, an
 * acronym next to words it does not stand for).
 *
 * <pre>{@code
 * Glossary.Builder builder = Glossary.builder();
 * for (Path file : files) {
 *     builder.add(parser.parse(file));
 * }
 * Glossary glossary = builder.build();
 * glossary.entries().forEach(e -> System.out.println(e.count() + " " + e.term() + " = " + e.gloss().orElse("")));
 * }</pre>
 *
 * <p>A glossary is immutable and thread-safe. Its lists are sorted for reading: entries by count
 * (most frequent first), then term, gloss and acronym; conflicts by their total count, then
 * subject.
 */
public final class Glossary {

    private static final Comparator<String> TEXT_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** Most frequent first, then alphabetically: the order of a glossary for reading. */
    private static final Comparator<GlossaryEntry> ENTRY_ORDER = Comparator
            .comparingInt((GlossaryEntry e) -> -e.count())
            .thenComparing(GlossaryEntry::term, TEXT_ORDER)
            .thenComparing(e -> e.gloss().orElse(""), TEXT_ORDER)
            .thenComparing(e -> e.acronym().orElse(""), TEXT_ORDER)
            .thenComparing(GlossaryEntry::kind);

    private final List<GlossaryEntry> entries;
    private final List<GlossaryConflict> conflicts;
    private final List<RejectedEntry> rejected;

    private Glossary(List<GlossaryEntry> entries, List<GlossaryConflict> conflicts, List<RejectedEntry> rejected) {
        this.entries = List.copyOf(entries);
        this.conflicts = List.copyOf(conflicts);
        this.rejected = List.copyOf(rejected);
    }

    /**
     * A builder to add digests to.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The glossary of some digests.
     *
     * @param digests the digests, in the order they should be read
     * @return their glossary
     */
    public static Glossary of(Iterable<? extends Digest> digests) {
        Builder builder = builder();
        digests.forEach(builder::add);
        return builder.build();
    }

    /**
     * The sound entries: most frequent first, then by term, gloss and acronym.
     *
     * @return the entries
     */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /**
     * The terms and acronyms glossed in more than one way, most frequent first.
     *
     * @return the conflicts
     */
    public List<GlossaryConflict> conflicts() {
        return conflicts;
    }

    /**
     * The glosses left out of {@link #entries()}, with the reason, most frequent first.
     *
     * @return the rejected glosses
     */
    public List<RejectedEntry> rejected() {
        return rejected;
    }

    /** How an entry was written: its spelling, gloss written once. */
    private record Spelling(String term, String gloss, String acronym) {}

    /** What makes occurrences one entry: the same kind and the same keys. */
    private record Key(GlossKind kind, String term, String gloss, String acronym) {
        static Key of(GlossKind kind, Spelling s) {
            String term = kind == GlossKind.EXPANSION ? Spellings.acronymKey(s.term()) : Spellings.textKey(s.term());
            return new Key(kind, term, s.gloss() == null ? null : Spellings.textKey(s.gloss()),
                    s.acronym() == null ? null : Spellings.acronymKey(s.acronym()));
        }
    }

    private record RejectedKey(Key key, Reason reason) {}

    /**
     * Collects glosses from digests. Not thread-safe: add from one thread (in input order, for a
     * result that does not depend on timing), then build. Building does not reset the builder.
     */
    public static final class Builder {
        private final Map<Key, Tally<Spelling>> accepted = new LinkedHashMap<>();
        private final Map<RejectedKey, Tally<Spelling>> refused = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds every gloss of every section of a digest, dated by its edition.
         *
         * @param digest the digest
         * @return this builder
         */
        public Builder add(Digest digest) {
            for (Edition edition : digest.editions()) {
                add(edition);
            }
            return this;
        }

        /**
         * Adds every gloss of every section of an edition, dated by the edition.
         *
         * @param edition the edition
         * @return this builder
         */
        public Builder add(Edition edition) {
            LocalDate date = edition.date().orElse(null);
            for (Paper paper : edition.papers()) {
                for (Section section : paper.sections()) {
                    for (Gloss gloss : section.glosses()) {
                        add(gloss, section.text(), date);
                    }
                }
            }
            return this;
        }

        /** Adds one gloss found in {@code text} (the section text its ranges point into), seen on {@code date} (or null). */
        void add(Gloss gloss, String text, LocalDate date) {
            String acronym = gloss.acronym().orElse(null);
            String meaning = gloss.gloss().map(g -> Spellings.writtenOnce(g, acronym)).orElse(null);
            Spelling spelling = new Spelling(gloss.term(), meaning, acronym);
            Key key = Key.of(gloss.kind(), spelling);
            Reason reason = SoundnessCheck.check(gloss, text, meaning);
            if (reason == null) {
                accepted.computeIfAbsent(key, k -> new Tally<>()).add(spelling, date);
            } else {
                refused.computeIfAbsent(new RejectedKey(key, reason), k -> new Tally<>()).add(spelling, date);
            }
        }

        /**
         * The glossary of what was added so far.
         *
         * @return an immutable glossary
         */
        public Glossary build() {
            List<GlossaryEntry> entries = new ArrayList<>(accepted.size());
            List<Conflicts.Keyed> keyed = new ArrayList<>(accepted.size());
            accepted.forEach((key, tally) -> {
                GlossaryEntry entry = entry(key.kind(), tally);
                entries.add(entry);
                keyed.add(new Conflicts.Keyed(entry, key.term(), key.gloss(), key.acronym()));
            });
            entries.sort(ENTRY_ORDER);
            List<RejectedEntry> rejected = new ArrayList<>(refused.size());
            refused.forEach((key, tally) -> rejected.add(new RejectedEntry(entry(key.key().kind(), tally), key.reason())));
            rejected.sort(Comparator.comparing(RejectedEntry::entry, ENTRY_ORDER).thenComparing(RejectedEntry::reason));
            return new Glossary(entries, Conflicts.of(keyed), rejected);
        }

        private static GlossaryEntry entry(GlossKind kind, Tally<Spelling> tally) {
            Spelling s = tally.spelling();
            return GlossaryEntry.of(s.term(), s.gloss(), s.acronym(), kind, tally.count(), tally.first(), tally.last());
        }
    }

    @Override
    public String toString() {
        return "Glossary[" + entries.size() + " entries, " + conflicts.size() + " conflicts, " + rejected.size()
                + " rejected]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glossary g && entries.equals(g.entries) && conflicts.equals(g.conflicts)
                && rejected.equals(g.rejected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, conflicts, rejected);
    }
}
