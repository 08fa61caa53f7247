package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Balanced groups, including one that opens the text. */
class ParenGroupsTest {

    @Test
    void groupsAtTheStartOfTheTextAreFound() {
        assertEquals(List.of(new ParenGroups.Group(0, 3, false)), ParenGroups.find("(a) b"));
        assertEquals(List.of(new ParenGroups.Group(0, 5, true), new ParenGroups.Group(1, 4, false)), ParenGroups.find("((a)) b"));
        assertEquals(List.of(new ParenGroups.Group(2, 5, false)), ParenGroups.find("a (b) c)"));
        assertEquals(List.of(), ParenGroups.find("a ) (b"));
    }
}
