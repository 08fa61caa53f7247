package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The word set that the finder's word lists look words up in, by a range of a text. */
class WordSlotsTest {

    @Test
    void aWordIsFoundByAnyRangeThatHoldsItAndOnlyBySuch() {
        WordSlots slots = new WordSlots(3);
        int model = slots.add("모델", "모델".hashCode());
        int tree = slots.add("트리", "트리".hashCode());
        assertNotEquals(model, tree);
        String text = "이 모델의 트리";
        assertEquals(model, slots.find(text, 2, 4, "모델".hashCode()));
        assertEquals(tree, slots.find(text, 6, 8, "트리".hashCode()));
        assertEquals(-1, slots.find(text, 2, 5, "모델의".hashCode()), "a longer range is another word");
        assertEquals(-1, slots.find(text, 0, 1, "이".hashCode()));
    }

    @Test
    void wordsWithTheSameHashAreToldApartByTheirChars() {
        WordSlots slots = new WordSlots(2);
        int first = slots.add("ab", 7);
        int second = slots.add("cd", 7);
        assertNotEquals(first, second);
        assertEquals(first, slots.find("xab", 1, 3, 7));
        assertEquals(second, slots.find("cdx", 0, 2, 7));
        assertEquals(-1, slots.find("ef", 0, 2, 7));
    }

    @Test
    void addingAWordTwiceGivesItsSlotAndTakesNoRoom() {
        WordSlots slots = new WordSlots(1);
        int slot = slots.add("모델", 1);
        assertEquals(slot, slots.add("모델", 1));
        assertEquals(2, slots.longest());
    }

    @Test
    void theSetStaysAtMostHalfFull() {
        WordSlots slots = new WordSlots(3);
        int room = slots.slots() / 2;
        for (int i = 0; i < room; i++) {
            slots.add("w" + i, i);
        }
        assertThrows(IllegalStateException.class, () -> slots.add("more", 99));
        assertEquals(room - 1, slots.find("w" + (room - 1), 0, ("w" + (room - 1)).length(), room - 1) >= 0 ? room - 1 : -1);
    }
}
