package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.GlossKind;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The glossary of an archive: one entry per distinct (term, gloss, acronym), with how often it
 * occurs and the first and last edition date it was seen.
 */
final class Glossary {

    /** One distinct gloss and its statistics. */
    static final class Entry {
        final String term;
        final String gloss;
        final String acronym;
        final GlossKind kind;
        int count;
        LocalDate first;
        LocalDate last;

        Entry(String term, String gloss, String acronym, GlossKind kind) {
            this.term = term;
            this.gloss = gloss;
            this.acronym = acronym;
            this.kind = kind;
        }

        void seen(LocalDate date) {
            count++;
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
    }

    private record Key(String term, String gloss, String acronym) {}

    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    void add(Digest digest) {
        for (Edition edition : digest.editions()) {
            LocalDate date = edition.date().orElse(null);
            for (Paper paper : edition.papers()) {
                for (Section section : paper.sections()) {
                    for (Gloss gloss : section.glosses()) {
                        String meaning = gloss.gloss().orElse(null);
                        String acronym = gloss.acronym().orElse(null);
                        entries.computeIfAbsent(new Key(gloss.term(), meaning, acronym),
                                k -> new Entry(k.term, k.gloss, k.acronym, gloss.kind())).seen(date);
                    }
                }
            }
        }
    }

    /** All entries, most frequent first, then by term. */
    List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparingInt((Entry e) -> -e.count)
                .thenComparing(e -> e.term)
                .thenComparing(e -> Objects.toString(e.gloss, ""))
                .thenComparing(e -> Objects.toString(e.acronym, "")));
        return sorted;
    }

    /**
     * Entries of terms glossed in more than one way (ignoring letter case and spacing), grouped
     * by term, most frequent term first: a translation pipeline's inconsistencies.
     */
    List<Entry> conflicts() {
        Map<String, Set<String>> meaningsByTerm = new HashMap<>();
        Map<String, Integer> countByTerm = new HashMap<>();
        for (Entry entry : entries.values()) {
            if (entry.gloss == null) {
                continue;
            }
            meaningsByTerm.computeIfAbsent(entry.term, t -> new TreeSet<>()).add(normalise(entry.gloss));
            countByTerm.merge(entry.term, entry.count, Integer::sum);
        }
        List<Entry> conflicting = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.gloss != null && meaningsByTerm.get(entry.term).size() > 1) {
                conflicting.add(entry);
            }
        }
        conflicting.sort(Comparator.comparingInt((Entry e) -> -countByTerm.get(e.term))
                .thenComparing(e -> e.term)
                .thenComparingInt(e -> -e.count)
                .thenComparing(e -> e.gloss));
        return conflicting;
    }

    private static String normalise(String gloss) {
        return gloss.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
