package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.Script;

/** Which script a character belongs to, as far as the bilingual analysis cares, and whether it is whitespace. */
final class Scripts {

    private Scripts() {}

    /** The script of each ASCII char. */
    private static final Script[] ASCII = new Script[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? Script.LATIN : Script.OTHER;
        }
    }

    /** The script of a BMP char that is not a surrogate, quickly for ASCII and Hangul syllables. */
    static Script ofChar(char c) {
        if (c < 0x80) {
            return ASCII[c];
        }
        if (isHangulSyllable(c)) {
            return Script.KOREAN;
        }
        return of(c);
    }

    static Script of(int codePoint) {
        if (isHangul(codePoint)) {
            return Script.KOREAN;
        }
        if (isLatin(codePoint)) {
            return Script.LATIN;
        }
        return Script.OTHER;
    }

    /**
     * {@link Character#isWhitespace}, answered for ASCII and Hangul without its table lookup: the
     * gloss finder asks it of every char of every word and group it reads.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C;
        }
        return c >= 0x80 && c < 0xAC00 && Character.isWhitespace(c); // none from the Hangul syllables up
    }

    /** The precomposed Hangul syllables, {@code 가} to {@code 힣}: most of every Korean text. */
    static boolean isHangulSyllable(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /**
     * The final consonant of a precomposed Hangul syllable, as its index in Unicode's composition order
     * (0 for none, 8 for {@code ㄹ}).
     */
    static int hangulFinal(char syllable) {
        return (syllable - 0xAC00) % 28;
    }

    /** Hangul syllables, jamo, compatibility jamo and jamo extensions. */
    static boolean isHangul(int cp) {
        if (cp < 0x1100) {
            return false; // ASCII and Latin: most chars asked about
        }
        return isHangulSyllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)
                || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }

    /** {@code A}–{@code Z} and {@code a}–{@code z}. */
    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code A}–{@code Z}, {@code a}–{@code z} and {@code 0}–{@code 9}. */
    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    /** Latin letters, accented ones included. */
    static boolean isLatin(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
