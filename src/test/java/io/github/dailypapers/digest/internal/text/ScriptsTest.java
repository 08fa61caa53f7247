package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which script a char is: the first and last code point of every Hangul block, and their neighbours. */
class ScriptsTest {

    @ParameterizedTest(name = "U+{0}: {1}")
    @CsvSource({
        "AC00, true", "D7A3, true", "ABFF, false", "D7A4, false",
        "1100, true", "11FF, true", "10FF, false", "1200, false",
        "3130, true", "318F, true", "312F, false", "3190, false",
        "A960, true", "A97F, true", "A95F, false", "A980, false",
        "D7B0, true", "D7FF, true", "D7AF, false", "D800, false",
        "0041, false"})
    void hangulBlocks(String hex, boolean hangul) {
        int cp = Integer.parseInt(hex, 16);
        assertEquals(hangul, Scripts.isHangul(cp));
        assertEquals(hangul ? Script.KOREAN : Scripts.of(cp), Scripts.of(cp));
        if (cp < 0xD800) {
            assertEquals(Scripts.of(cp), Scripts.ofChar((char) cp));
        }
    }

    @ParameterizedTest(name = "U+{0}: {1}")
    @CsvSource({
        "0041, true", "005A, true", "0061, true", "007A, true", "0040, false", "005B, false", "0060, false",
        "007B, false", "0030, false", "0080, false", "00E9, true", "00C0, true", "1E9E, true", "03B1, false",
        "0430, false", "2170, false", "00AA, true", "AC00, false", "1F600, false"})
    void latinLetters(String hex, boolean latin) {
        int cp = Integer.parseInt(hex, 16);
        assertEquals(latin, Scripts.isLatin(cp));
        assertEquals(latin ? Script.LATIN : Scripts.isHangul(cp) ? Script.KOREAN : Script.OTHER, Scripts.of(cp));
    }

    @Test
    void ofCharAgreesWithOfForEveryBmpCharOutsideSurrogates() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                assertEquals(Scripts.of(c), Scripts.ofChar(c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void asciiLettersAndDigitsAreExactlyTheirRanges() {
        for (char c = 0; c < 0x250; c++) {
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            assertEquals(letter, Scripts.isAsciiLetter(c), "U+" + Integer.toHexString(c));
            assertEquals(letter || c >= '0' && c <= '9', Scripts.isAsciiLetterOrDigit(c), "U+" + Integer.toHexString(c));
        }
    }
}
