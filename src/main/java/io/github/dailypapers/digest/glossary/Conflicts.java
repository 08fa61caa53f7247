package io.github.dailypapers.digest.glossary;

import io.github.dailypapers.digest.model.GlossKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms and acronyms of a glossary that are glossed in more than one way. Entries
 * are compared by their keys (see {@link Spellings}), so case, spacing, plurals and repeated
 * acronyms never make a conflict.
 *
 * <ul>
 *   <li>A <b>term</b> conflict: entries with a gloss whose term is not an acronym being expanded
 *       (kind other than {@code EXPANSION}), the same term key, different gloss keys.
 *   <li>An <b>acronym</b> conflict: entries pairing an acronym with an English expansion (the
 *       gloss of an {@code EXPANSION} or {@code TRANSLATION}, the term of an
 *       {@code ABBREVIATION}), the same acronym key, different expansion keys. Korean
 *       translations of an acronym are term conflicts of their own, not compared here.
 * </ul>
 */
final class Conflicts {

    private Conflicts() {}

    /** An entry with the keys it was merged by. */
    record Keyed(GlossaryEntry entry, String termKey, String glossKey, String acronymKey) {}

    /** Occurrences of one subject, by variant. */
    private static final class Group {
        final Tally<String> subject = new Tally<>();
        final Map<String, Tally<String>> variants = new LinkedHashMap<>();

        void add(String subjectSpelling, String variantKey, String meaning, GlossaryEntry e) {
            subject.add(subjectSpelling, e.count(), e.first().orElse(null), e.last().orElse(null));
            variants.computeIfAbsent(variantKey, k -> new Tally<>())
                    .add(meaning, e.count(), e.first().orElse(null), e.last().orElse(null));
        }
    }

    static List<GlossaryConflict> of(List<Keyed> entries) {
        Map<String, Group> terms = new LinkedHashMap<>();
        Map<String, Group> acronyms = new LinkedHashMap<>();
        for (Keyed k : entries) {
            GlossaryEntry e = k.entry();
            if (e.kind() != GlossKind.EXPANSION && k.glossKey() != null) {
                terms.computeIfAbsent(k.termKey(), t -> new Group()).add(e.term(), k.glossKey(), e.gloss().orElseThrow(), e);
            }
            String expansion = expansion(e);
            if (e.acronym().isPresent() && expansion != null) {
                acronyms.computeIfAbsent(k.acronymKey(), a -> new Group())
                        .add(e.acronym().get(), Spellings.textKey(expansion), expansion, e);
            }
        }
        List<GlossaryConflict> conflicts = new ArrayList<>();
        collect(GlossaryConflict.Kind.TERM, terms, conflicts);
        collect(GlossaryConflict.Kind.ACRONYM, acronyms, conflicts);
        conflicts.sort(Comparator.comparingInt((GlossaryConflict c) -> -c.count())
                .thenComparing(GlossaryConflict::subject, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(GlossaryConflict::kind));
        return conflicts;
    }

    /** The English expansion an entry pairs with its acronym, or null. */
    private static String expansion(GlossaryEntry e) {
        String text = switch (e.kind()) {
            case EXPANSION, TRANSLATION -> e.gloss().orElse(null);
            case ABBREVIATION -> e.term();
            case REVERSE_TRANSLATION -> null;
        };
        return text != null && text.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HANGUL) ? text : null;
    }

    private static void collect(GlossaryConflict.Kind kind, Map<String, Group> groups, List<GlossaryConflict> out) {
        for (Group group : groups.values()) {
            if (group.variants.size() < 2) {
                continue;
            }
            List<GlossaryConflict.Variant> variants = new ArrayList<>();
            for (Tally<String> t : group.variants.values()) {
                variants.add(GlossaryConflict.Variant.of(t.spelling(), t.count(), t.first(), t.last()));
            }
            variants.sort(Comparator.comparingInt((GlossaryConflict.Variant v) -> -v.count())
                    .thenComparing(GlossaryConflict.Variant::meaning, String.CASE_INSENSITIVE_ORDER));
            out.add(new GlossaryConflict(kind, group.subject.spelling(), variants));
        }
    }
}
