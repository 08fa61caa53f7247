package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which characters the not-text rule counts as control characters, at every boundary. */
class NotTextRuleTest {

    @Test
    void controlCharacters() {
        List<Character> controls = List.of('\u0000', '\u0008', '\u000E', '\u001F', '\u007F');
        List<Character> text = List.of('\t', '\n', '\u000B', '\u000C', '\r', ' ', '~', '\u0080', '\uFFFD');
        for (char c : controls) {
            assertEquals(true, NotText.isControl(c), () -> "U+" + Integer.toHexString(c));
        }
        for (char c : text) {
            assertEquals(false, NotText.isControl(c), () -> "U+" + Integer.toHexString(c));
        }
    }
}
