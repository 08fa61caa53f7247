package io.github.dailypapers.digest.internal.text;

/**
 * What a group says about the length of its term: how many words the term should have and
 * which function words the translation contains (so that {@code 및}, {@code 대}, {@code 오브},
 * {@code …의} may bridge two words of the Korean term only when the English has "and", "to",
 * "of").
 *
 * @param words the English words that carry meaning, a hyphenated word counting once
 *     ({@code pre-trained language model}: 3); a ceiling for adnominal Korean words
 * @param parts the same with hyphenated words split ({@code pre-trained language model}: 4);
 *     the count the term grows to
 * @param modifiers how many Korean modifiers ({@code …한}, {@code …된}) the English can account for:
 *     its words, plus the parts of hyphenated words that are adjectives or participles
 *     ({@code Grouped-Query Attention}: 3)
 * @param functionWords bits of {@link #AND}, {@link #OF}, … present in the English
 * @param acronym whether the hint comes from a bare acronym (its letters)
 */
record TermHint(int words, int parts, int modifiers, int functionWords, boolean acronym) {

    static final int AND = 1;
    static final int OF = 2;
    static final int TO = 4;
    static final int IN = 8;
    static final int THEN = 16;
    static final int FROM = 32;
    static final int FOR = 64;
    static final int THE = 128;
    static final int OR = 256;
    static final int WITH = 512;

    boolean has(int functionWord) {
        return (functionWords & functionWord) != 0;
    }

    /** The hint of a bare acronym: one word per capital letter or digit. */
    static TermHint ofAcronym(String acronym) {
        int letters = Acronyms.letters(acronym);
        return new TermHint(letters, letters, letters, 0, true);
    }

    /** The hint of an English translation or expansion. */
    static TermHint ofEnglish(String phrase) {
        int words = 0;
        int parts = 0;
        int functionWords = 0;
        int adjectives = 0;
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && isSpace(phrase.charAt(i))) {
                i++;
            }
            boolean meaningful = false;
            int wordStart = i;
            while (i < n && !isSpace(phrase.charAt(i))) {
                while (i < n && phrase.charAt(i) == '-') {
                    i++;
                }
                int start = i;
                while (i < n && !isSpace(phrase.charAt(i)) && phrase.charAt(i) != '-') {
                    i++;
                }
                if (i > start) {
                    int bit = functionWord(phrase, start, i);
                    if (bit == 0) {
                        parts++;
                        meaningful = true;
                        if ((start > wordStart || i < n && phrase.charAt(i) == '-') && isAdjective(phrase, start, i)) {
                            adjectives++;
                        }
                    } else {
                        functionWords |= bit;
                    }
                }
            }
            if (meaningful) {
                words++;
            }
        }
        return new TermHint(words, parts, Math.min(parts, words + adjectives), functionWords, false);
    }

    private static final String[] ADJECTIVE_ENDINGS = {"ed", "able", "ible", "ive", "ful", "less", "ous", "ic", "al"};

    /** A part of a hyphenated word that reads as an adjective or participle ({@code trained}, {@code Grouped}). */
    private static boolean isAdjective(String phrase, int start, int end) {
        char last = (char) (phrase.charAt(end - 1) | 0x20);
        if (last != 'd' && last != 'e' && last != 'l' && last != 's' && last != 'c') {
            return false; // the last letters of the endings
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            int from = end - ending.length();
            if (from > start + 1 && phrase.regionMatches(true, from, ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
    }

    /** The bit of a function word in {@code s[start, end)}, or 0 for a word that carries meaning. */
    static int functionWord(CharSequence s, int start, int end) {
        switch (end - start) {
            case 1:
                char c = s.charAt(start);
                return c == '&' ? AND : c == 'a' || c == 'A' ? THE : 0;
            case 2:
                return is(s, start, "of") ? OF : is(s, start, "to") ? TO : is(s, start, "in") ? IN
                        : is(s, start, "or") ? OR : is(s, start, "an") ? THE
                        : is(s, start, "on") || is(s, start, "by") || is(s, start, "at") || is(s, start, "as") ? WITH : 0;
            case 3:
                return is(s, start, "and") ? AND : is(s, start, "the") ? THE : is(s, start, "for") ? FOR
                        : is(s, start, "via") ? WITH : 0;
            case 4:
                return is(s, start, "from") ? FROM : is(s, start, "then") ? THEN : is(s, start, "with") ? WITH
                        : is(s, start, "into") || is(s, start, "over") ? WITH : 0;
            default:
                return 0;
        }
    }

    /** Whether {@code s} holds {@code word} (lowercase) at {@code start}, ignoring ASCII case. */
    private static boolean is(CharSequence s, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((s.charAt(start + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
