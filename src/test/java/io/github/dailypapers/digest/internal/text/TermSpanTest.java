package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The way back from a group to the start of an English term, word by word (docs/bilingual.md, "The term span"). */
class TermSpanTest {

    /** The English term that ends the text, with the given number of words wanted; "null" if none. */
    private static String english(String text, int words) {
        TermSpan.Range range = TermSpan.english(text, text.length(), words);
        return range == null ? "null" : text.substring(range.start(), range.end());
    }

    @ParameterizedTest(name = "{0} ({1} words): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Deep Neural Net     | 2 | Neural Net
        Deep Neural Net     | 1 | Net
        Mixture of Experts  | 2 | Mixture of Experts
        the of Experts      | 3 | Experts
        x모델 Deep Net      | 3 | Deep Net
        — Deep Net          | 3 | Deep Net
        'Deep   Net'        | 2 | 'Deep   Net'
        'Deep    Net'       | 2 | Net
        'x, Deep Net'       | 5 | Deep Net
        모델 Deep Net       | 5 | Deep Net
        3D Deep Net         | 5 | 3D Deep Net
        모델                | 1 | null
        """)
    void englishTerm(String text, int words, String expected) {
        assertEquals(expected, english(text, words));
    }

    @Test
    void aTermNeverCrossesALineEnd() {
        assertEquals("Deep Net", english("x\nDeep Net", 5));
        assertEquals("Deep\tNet", english("Deep\tNet", 2));
    }

    @Test
    void aWordOf60CharsOrMoreIsNoWord() {
        assertEquals("a".repeat(59), english("a".repeat(59), 1));
        assertEquals("null", english("a".repeat(60), 1));
    }

    @Test
    void wordsAreSeparatedByWhitespaceAndBoundaryChars() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "ab" + c + "cd";
            // an apostrophe between letters is inside a word (Bird's Eye View)
            boolean separates = Character.isWhitespace(c) || TermSpan.isBoundary(c) && c != '\'' && c != '’';
            TermSpan.Range range = TermSpan.english(text, text.length(), 1);
            assertEquals(separates ? 3 : 0, range.start(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aQuoteIsAnApostropheOnlyBetweenLatinLetters() {
        assertEquals("Bird's Eye View", english("Bird's Eye View", 3));
        assertEquals("Bird’s Eye View", english("Bird’s Eye View", 3));
        assertEquals("s Eye View", english("Bird' s Eye View", 3));
        assertEquals("Eye View", english("'Eye View", 3));
        assertEquals("s View", english("가's View", 3));
    }

    @Test
    void boundaryChars() {
        for (char c : "()[]{}\"'“”‘’«»,.:;!?·|<>".toCharArray()) {
            assertTrue(TermSpan.isBoundary(c), String.valueOf(c));
        }
        for (char c : "aZ0-_ 가é\u0080\u201C\u201E\u2018\u00AB\u00B7".toCharArray()) {
            assertEquals("“‘«·".indexOf(c) >= 0, TermSpan.isBoundary(c), "U+" + Integer.toHexString(c));
        }
        assertFalse(TermSpan.isBoundary('\u201E'));
    }

    @Test
    void latinWordStarts() {
        assertArrayEquals(new int[] {6, 4}, TermSpan.latinWordStarts("a b c d", 7, 2));
        assertArrayEquals(new int[] {9, 7, 5, 3}, TermSpan.latinWordStarts("모델 a b c d", 10, 8));
        assertArrayEquals(new int[0], TermSpan.latinWordStarts("모델", 2, 8));
    }

    @Test
    void englishUnitsCountHyphenPartsButNotFunctionWords() {
        assertEquals(1, TermSpan.englishUnits("pre-", 0, 4));
        assertEquals(2, TermSpan.englishUnits("Mixture of Experts", 0, 18));
        assertEquals(2, TermSpan.englishUnits(" - x-b ", 0, 7));
        assertEquals(3, TermSpan.englishUnits("pre-trained model", 0, 17));
        assertEquals(1, TermSpan.englishUnits("pre-trained model", 4, 11));
    }

    @Test
    void aKoreanTermReadsBackToItsCount() {
        String text = "이 사전 학습된 언어 모델(pre-trained language model)";
        TermSpan.Range range = TermSpan.korean(text, text.indexOf('('), TermHint.ofEnglish("pre-trained language model"));
        assertEquals("사전 학습된 언어 모델", text.substring(range.start(), range.end()));
        assertNull(TermSpan.korean("모델을(model)", 3, TermHint.ofEnglish("model")));
    }
}
