package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.ScriptSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Script runs: exact runs for texts with surrogates and for texts longer than the kept working arrays. */
class ScriptSegmenterTest {

    private static String runs(String text) {
        return ScriptSegmenter.split(text).stream().map(s -> s.script() + ":" + s.text()).collect(Collectors.joining("|"));
    }

    @Test
    void runsOfMixedText() {
        assertEquals("KOREAN:모델|OTHER:(|LATIN:model|OTHER:)", runs("모델(model)"));
        assertEquals("", runs(""));
    }

    @Test
    void surrogatePairsTakeTheScriptOfTheirCodePoint() {
        assertEquals("LATIN:a|OTHER:😀|LATIN:b", runs("a\uD83D\uDE00b"));
        assertEquals("KOREAN:모델|OTHER:😀😀", runs("모델\uD83D\uDE00\uD83D\uDE00"));
        assertEquals("LATIN:a|OTHER:\uD800|LATIN:b", runs("a\uD800b"));
        assertEquals("LATIN:a|OTHER:\uDC00|LATIN:b", runs("a\uDC00b"));
        assertEquals("LATIN:a|OTHER:\uD800", runs("a\uD800"));
    }

    @Test
    void textsLongerThanTheKeptArrays() {
        for (int length : new int[] {(1 << 13) - 1, 1 << 13, (1 << 13) + 1, 20_000}) {
            String text = "가a".repeat(length / 2) + (length % 2 == 1 ? "가" : "");
            List<ScriptSegment> segments = ScriptSegmenter.split(text);
            assertEquals(length, segments.size(), "length " + length);
            assertEquals(text, segments.stream().map(ScriptSegment::text).collect(Collectors.joining()));
        }
        assertEquals("KOREAN:모델|LATIN:model", runs("모델model"));
    }

    @Test
    void onlyItsOwnListsAreSegmenterLists() {
        assertTrue(ScriptSegmenter.isSegmenterList(ScriptSegmenter.split("모델 model")));
        assertFalse(ScriptSegmenter.isSegmenterList(new ArrayList<>(ScriptSegmenter.split("모델 model"))));
        assertFalse(ScriptSegmenter.isSegmenterList(List.of()));
    }
}
