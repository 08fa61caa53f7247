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
 * @param flags bits of the function words present in the English ({@link #AND}, {@link #OF}, …, together
 *     {@link #ANY_FUNCTION_WORD}), and of what else it says about the Korean words ({@link #NUMBER},
 *     {@link #BASED}, {@link #RATE}, …)
 * @param acronym whether the hint comes from a bare acronym (its letters)
 */
record TermHint(int words, int parts, int modifiers, int flags, boolean acronym) {

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
    /** All the function words above: the bits a Korean bridge word can stand for. */
    static final int ANY_FUNCTION_WORD = AND | OF | TO | IN | THEN | FROM | FOR | THE | OR | WITH;
    /**
     * Not a function word: the English has a number ({@code two-stage}, {@code 3D}), so a Korean
     * number with a counter ({@code 2단계}) may be a word of the term.
     */
    static final int NUMBER = 1024;
    /**
     * Not a function word either: the English has "based" or "base" ({@code rule-based reward}), so a Korean
     * {@code 기반} counts as one of its words; without it, {@code 기반} is left untranslated
     * ({@code 점 기반 프롬프팅(point prompting)}) and counts none.
     */
    static final int BASED = 2048;
    /** The English has "without" ({@code Reasoning without Tools}), which {@code 없이} renders. */
    static final int WITHOUT = 4096;
    /**
     * Not a function word: the English has a name ending in "man" or "mann" ({@code Boltzmann},
     * {@code Riemannian}), which Korean spells with a last {@code 만}, so {@code 볼츠만} is that name
     * and not a word with the particle {@code 만} ("only").
     */
    static final int NAME_IN_MAN = 8192;
    /**
     * Not a function word: the English ends in "rate" or "ratio", or is an acronym whose last letter is
     * R, so a Korean head of three syllables or more ending in {@code 율}/{@code 률} renders two of its words
     * ({@code 오류율}, "error rate": {@code 동등 오류율(EER)}, {@code 캐시 적중률(cache hit rate)}).
     */
    static final int RATE = 16384;
    /**
     * Not a function word: the English has a word ending in "lo" ({@code Monte Carlo}, {@code Elo}),
     * which Korean spells with {@code ㄹ} and a last {@code 로}, so {@code 카를로} is that word and not a
     * word with the particle {@code 로} ("as", "by").
     */
    static final int NAME_IN_LO = 32768;
    /**
     * Not a function word: the English starts with "novel" or "new" ({@code novel view synthesis}), which
     * {@code 새로운} renders; without it, {@code 새로운} only says the thing is new and stops a term.
     */
    static final int NOVEL = 65536;

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The same hint, one word longer: for a Korean word the English leaves out. */
    TermHint withOneMoreWord() {
        return withMoreWords(1);
    }

    /** The same hint, {@code more} words longer. */
    TermHint withMoreWords(int more) {
        return more == 0 ? this : new TermHint(words + more, parts + more, modifiers + more, flags, acronym);
    }

    /**
     * The hint of a bare acronym: one word per capital letter or digit. An {@code o} between two
     * capitals is "of" ({@code CoT}, Chain of Thought: {@code 사고의 연쇄}).
     */
    static TermHint ofAcronym(String acronym) {
        int to = toBetweenLetters(acronym);
        int letters = Math.max(1, Acronyms.letters(acronym) - to);
        return new TermHint(letters, letters, letters, (hasOfBetweenCapitals(acronym) ? OF : 0)
                | (lastCapitalIsR(acronym) ? RATE : 0) | (to > 0 ? TO : 0)
                | (acronym.startsWith("N") ? NOVEL : 0), true); // NVS: 새로운 뷰 합성, "Novel View Synthesis"
    }

    /** {@code T2I}, {@code I2V}: how many times a 2 between two letters reads "to", no word of its own. */
    private static int toBetweenLetters(String acronym) {
        int count = 0;
        for (int i = 1; i + 1 < acronym.length(); i++) {
            if (acronym.charAt(i) == '2' && Character.isLetter(acronym.charAt(i - 1)) && Character.isLetter(acronym.charAt(i + 1))) {
                count++;
            }
        }
        return count;
    }

    /** {@code EER}, {@code WERs}: the last capital letter is R (the acronym may end in a plural s). */
    private static boolean lastCapitalIsR(String acronym) {
        int last = acronym.length() - 1;
        if (last > 0 && acronym.charAt(last) == 's') {
            last--;
        }
        return last >= 0 && acronym.charAt(last) == 'R';
    }

    private static boolean hasOfBetweenCapitals(String acronym) {
        for (int i = 1; i + 1 < acronym.length(); i++) {
            if (acronym.charAt(i) == 'o' && isCapital(acronym.charAt(i - 1)) && isCapital(acronym.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The hint of an English translation or expansion. */
    static TermHint ofEnglish(String phrase) {
        int words = 0;
        int parts = 0;
        int flags = 0;
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
                    if (bit == 0 && i - start == 7 && phrase.regionMatches(true, start, "without", 0, 7)) {
                        bit = WITHOUT; // a function word too, which 없이 renders
                    }
                    if (bit == 0) {
                        parts++;
                        meaningful = true;
                        if ((flags & NUMBER) == 0 && isNumber(phrase, start, i)) {
                            flags |= NUMBER;
                        }
                        if (i - start == 5 && phrase.regionMatches(true, start, "based", 0, 5)
                                || i - start == 4 && phrase.regionMatches(true, start, "base", 0, 4)) {
                            flags |= BASED;
                        }
                        if ((flags & NAME_IN_MAN) == 0 && isNameInMan(phrase, start, i)) {
                            flags |= NAME_IN_MAN;
                        }
                        if (i - start >= 3 && endsInLo(phrase, i)) {
                            flags |= NAME_IN_LO;
                        }
                        if ((start > wordStart || i < n && phrase.charAt(i) == '-') && isAdjective(phrase, start, i)) {
                            adjectives++;
                        }
                    } else {
                        flags |= bit;
                    }
                }
            }
            if (meaningful) {
                words++;
            }
        }
        if (endsInRate(phrase)) {
            flags |= RATE;
        }
        if (startsWithNovel(phrase)) {
            flags |= NOVEL;
        }
        // Supervised Fine-tuning (감독된 미세 조정): when Korean writes a hyphenated word as two, the
        // adjective beside it is still one of the English words
        int modifiers = parts > words && hasAdjectiveWord(phrase) ? parts : Math.min(parts, words + adjectives);
        return new TermHint(words, parts, modifiers, flags, false);
    }

    /** {@code Boltzmann}, {@code Spearman}, {@code Riemannian}: a capitalised name ending in "man(n)", not {@code Human}. */
    private static boolean isNameInMan(String phrase, int start, int end) {
        if (phrase.charAt(start) < 'A' || phrase.charAt(start) > 'Z') {
            return false;
        }
        for (String ending : MAN_ENDINGS) {
            int at = end - ending.length();
            if (at >= start + 2 && phrase.startsWith(ending, at)) {
                return !phrase.regionMatches(true, at - 2, "human", 0, 5);
            }
        }
        return false;
    }

    /** Whether the word ending at {@code end} ends in "lo", in any case. */
    private static boolean endsInLo(String phrase, int end) {
        char o = phrase.charAt(end - 1);
        char before = phrase.charAt(end - 2);
        return (o == 'o' || o == 'O') && (before == 'l' || before == 'L');
    }

    /** How a name that Korean spells with a last {@code 만} ends in English. */
    private static final String[] MAN_ENDINGS = {"man", "mann", "mannian", "manian", "mans", "man's"};

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

    /**
     * Whether a word of the phrase without a hyphen reads as an adjective or participle
     * ({@code Supervised}); asked only of phrases with a hyphenated word, so most never pay for it.
     */
    private static boolean hasAdjectiveWord(String phrase) {
        int n = phrase.length();
        for (int start = 0, end; start < n; start = end + 1) {
            end = start;
            boolean hyphen = false;
            while (end < n && !isSpace(phrase.charAt(end))) {
                hyphen |= phrase.charAt(end) == '-';
                end++;
            }
            if (!hyphen && end > start && isAdjective(phrase, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        if (c > ' ') {
            return c == '\u00A0'; // letters, the usual case, take one comparison
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * The function words by length and then by first letter: {@code FUNCTION_WORDS[length][letter]}
     * lists the lowercase words and {@code FUNCTION_BITS} their bits. Asked of every English word
     * of every group, so a word is compared only with the one or two that start like it.
     */
    private static final String[][][] FUNCTION_WORDS = new String[5][26][];
    private static final int[][][] FUNCTION_BITS = new int[5][26][];

    static {
        Object[][] words = {{"&", AND}, {"a", THE}, {"of", OF}, {"to", TO}, {"in", IN}, {"or", OR}, {"an", THE},
            {"on", WITH}, {"by", WITH}, {"at", WITH}, {"as", WITH}, {"and", AND}, {"the", THE}, {"for", FOR},
            {"via", WITH}, {"from", FROM}, {"then", THEN}, {"with", WITH}, {"into", WITH}, {"over", WITH}};
        for (Object[] entry : words) {
            String word = (String) entry[0];
            if (word.charAt(0) < 'a') {
                continue; // "&": answered directly
            }
            int length = word.length();
            int letter = word.charAt(0) - 'a';
            String[] list = FUNCTION_WORDS[length][letter];
            int[] bits = FUNCTION_BITS[length][letter];
            int n = list == null ? 0 : list.length;
            list = list == null ? new String[1] : java.util.Arrays.copyOf(list, n + 1);
            bits = bits == null ? new int[1] : java.util.Arrays.copyOf(bits, n + 1);
            list[n] = word;
            bits[n] = (Integer) entry[1];
            FUNCTION_WORDS[length][letter] = list;
            FUNCTION_BITS[length][letter] = bits;
        }
    }

    /** The bit of a function word in {@code s[start, end)}, or 0 for a word that carries meaning. */
    static int functionWord(CharSequence s, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 4) {
            return 0;
        }
        char first = s.charAt(start);
        if (first == '&') {
            return length == 1 ? AND : 0;
        }
        int letter = (first | 0x20) - 'a';
        if (letter < 0 || letter >= 26 || FUNCTION_WORDS[length][letter] == null) {
            return 0;
        }
        String[] candidates = FUNCTION_WORDS[length][letter];
        for (int k = 0; k < candidates.length; k++) {
            if (is(s, start, candidates[k])) {
                return FUNCTION_BITS[length][letter][k];
            }
        }
        return 0;
    }

    /**
     * A word (or hyphen part) that starts with a digit, or a number word from one to ten, or an ordinal
     * up to the fifth ({@code 0차 최적화(zeroth-order optimization)}, {@code 1차(first-order)}; not
     * {@code zero-shot}).
     */
    private static boolean isNumber(String phrase, int start, int end) {
        char first = phrase.charAt(start);
        if (first >= '0' && first <= '9') {
            return true;
        }
        switch (end - start) {
            case 3:
                return is(phrase, start, "one") || is(phrase, start, "two") || is(phrase, start, "six")
                        || is(phrase, start, "ten");
            case 4:
                return is(phrase, start, "four") || is(phrase, start, "five") || is(phrase, start, "nine");
            case 5:
                return is(phrase, start, "three") || is(phrase, start, "seven") || is(phrase, start, "eight")
                        || is(phrase, start, "first") || is(phrase, start, "third") || is(phrase, start, "fifth");
            case 6:
                return is(phrase, start, "zeroth") || is(phrase, start, "second") || is(phrase, start, "fourth");
            default:
                return false;
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

    private static final String[] NOVEL_WORDS = {"novel", "new"};
    private static final String[] RATE_WORDS = {"rate", "ratio"};

    /** Whether the phrase starts with the word "novel" or "new", in any case. */
    static boolean startsWithNovel(String phrase) {
        if (phrase.isEmpty() || (phrase.charAt(0) | 0x20) != 'n') {
            return false; // most phrases: one comparison
        }
        for (String word : NOVEL_WORDS) {
            int n = word.length();
            if (phrase.regionMatches(true, 0, word, 0, n) && phrase.length() > n && isSpace(phrase.charAt(n))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase's last word is "rate", "rates" or "ratio", in any case. */
    static boolean endsInRate(String phrase) {
        int end = phrase.length();
        while (end > 0 && isSpace(phrase.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && (phrase.charAt(end - 1) == 's' || phrase.charAt(end - 1) == 'S')) {
            end--;
        }
        if (end == 0 || (phrase.charAt(end - 1) | 0x20) != 'e' && (phrase.charAt(end - 1) | 0x20) != 'o') {
            return false; // most phrases: rate and ratio end in e and o
        }
        for (String word : RATE_WORDS) {
            int start = end - word.length();
            if (start >= 0 && phrase.regionMatches(true, start, word, 0, word.length())
                    && (start == 0 || isSpace(phrase.charAt(start - 1)) || phrase.charAt(start - 1) == '-')) {
                return true;
            }
        }
        return false;
    }
}
