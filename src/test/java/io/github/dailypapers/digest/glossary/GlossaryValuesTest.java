package io.github.dailypapers.digest.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dailypapers.digest.model.GlossKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The glossary's values: compared by value, refused when impossible, written short for people. */
class GlossaryValuesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static GlossaryEntry entry(int count) {
        return new GlossaryEntry("저랭크 적응", Optional.of("low-rank adaptation"), Optional.empty(), GlossKind.TRANSLATION,
                count, Optional.of(DAY), Optional.of(DAY));
    }

    @Test
    void anEntryIsAValue() {
        assertEquals(entry(2), entry(2));
        assertEquals(entry(2).hashCode(), entry(2).hashCode());
        assertNotEquals(entry(2), entry(3));
        assertEquals(entry(2), GlossaryEntry.of("저랭크 적응", "low-rank adaptation", null, GlossKind.TRANSLATION, 2, DAY, DAY));
        assertEquals("저랭크 적응 = low-rank adaptation TRANSLATION x2 2025-03-14..2025-03-14", entry(2).toString());
        assertEquals("LoRA [LoRA] ABBREVIATION x1 -..-",
                GlossaryEntry.of("LoRA", null, "LoRA", GlossKind.ABBREVIATION, 1, null, null).toString());
    }

    @Test
    void anEntryOccursAtLeastOnceAndHasNoNulls() {
        assertThrows(IllegalArgumentException.class, () -> entry(0));
        assertThrows(NullPointerException.class, () -> new GlossaryEntry(null, Optional.empty(), Optional.empty(),
                GlossKind.TRANSLATION, 1, Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new GlossaryEntry("t", null, Optional.empty(),
                GlossKind.TRANSLATION, 1, Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new GlossaryEntry("t", Optional.empty(), Optional.empty(),
                null, 1, Optional.empty(), Optional.empty()));
    }

    @Test
    void aConflictHasAtLeastTwoVariantsEachSeenOnce() {
        GlossaryConflict.Variant one = GlossaryConflict.Variant.of("low-rank adaptation", 3, DAY, DAY);
        GlossaryConflict.Variant two = GlossaryConflict.Variant.of("low rank adapter", 1, null, null);
        GlossaryConflict conflict = new GlossaryConflict(GlossaryConflict.Kind.TERM, "저랭크 적응", List.of(one, two));
        assertEquals(4, conflict.count());
        assertEquals("TERM 저랭크 적응: [low-rank adaptation x3, low rank adapter x1]", conflict.toString());
        assertEquals(conflict, new GlossaryConflict(GlossaryConflict.Kind.TERM, "저랭크 적응", List.of(one, two)));
        assertThrows(IllegalArgumentException.class,
                () -> new GlossaryConflict(GlossaryConflict.Kind.TERM, "저랭크 적응", List.of(one)));
        assertThrows(IllegalArgumentException.class, () -> GlossaryConflict.Variant.of("x", 0, null, null));
        assertThrows(NullPointerException.class,
                () -> new GlossaryConflict(GlossaryConflict.Kind.TERM, "s", java.util.Arrays.asList(one, null)));
    }

    @Test
    void aRejectedEntryNamesItsReason() {
        RejectedEntry rejected = new RejectedEntry(entry(1), RejectedEntry.Reason.CUT_WORD);
        assertEquals(rejected, new RejectedEntry(entry(1), RejectedEntry.Reason.CUT_WORD));
        assertEquals(entry(1) + " (CUT_WORD)", rejected.toString());
        assertThrows(NullPointerException.class, () -> new RejectedEntry(entry(1), null));
    }
}
