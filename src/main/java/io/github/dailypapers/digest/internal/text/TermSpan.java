package io.github.dailypapers.digest.internal.text;

import java.util.Set;

/**
 * Decides how far back the term of a gloss reaches, word by word from the group's {@code (}.
 * The rules are documented, with examples, in {@code docs/bilingual.md}:
 *
 * <ol>
 *   <li>The word right before the group (after at most one space) is always in the term.</li>
 *   <li>The group says how many words the term should have: the words of the English
 *       translation (split at spaces and hyphens, function words such as "of" not counted), or
 *       the capital letters of an acronym. Korean words count their hyphen-separated parts.</li>
 *   <li>Earlier words are added while the term is shorter than that, and never past a hard stop:
 *       clause punctuation or a quote or bracket, a line end, a word ending in a case particle
 *       or connective ending ({@code 는 은 를 을 에 에서 로 으로 와 과 하여 …}), a determiner,
 *       conjunction or adverb ({@code 및 이러한 또한 …}). Adnominal forms ({@code …한 …된 …인})
 *       and {@code …의} are added only because the count asks for them.</li>
 *   <li>An acronym's letters do not cover a leading adjective of size or length, so for an
 *       acronym one such adjective ({@code 짧은 긴 작은 큰 …}) right after a hard stop is added.</li>
 *   <li>An English term takes only Latin words; a Korean term takes any word.</li>
 * </ol>
 */
final class TermSpan {

    private TermSpan() {}

    /** Words that never start or continue a term. */
    private static final Set<String> STOP_WORDS = Set.of("및", "또는", "그리고", "혹은", "등", "등의", "이", "그", "저",
            "이러한", "그러한", "이런", "그런", "해당", "각", "모든", "여러", "다른", "두", "세", "네", "한", "통한", "위한",
            "대한", "같은", "또한", "특히", "주로", "먼저", "또", "더", "가장", "매우", "크게", "다시", "함께", "즉", "바로",
            "새로운", "기존", "기존의", "다양한", "이를", "이는", "이에", "있는", "없는", "하는", "되는", "and", "or", "the",
            "a", "an", "using", "with", "for", "of", "to", "in", "on", "by", "via", "from", "as", "is", "are");

    /** Multi-syllable endings of case particles and connectives. */
    private static final String[] LONG_ENDINGS = {"에서", "으로", "에게", "까지", "부터", "보다", "처럼", "하여", "하고",
        "하며", "이며", "이고", "이나", "으로써", "로써", "에는", "에도", "과는", "와는", "로는", "에서는", "에서도", "해서",
        "하면", "하게", "이라는", "라는", "이란", "라고"};

    /**
     * One-syllable particles and endings; only a suffix of a longer word counts. Not {@code 도}
     * ("also"): too many technical nouns end in {@code -도} ("degree": 정확도, 속도, 심전도).
     */
    private static final String SHORT_ENDINGS = "는은를을에로와과만며고서면";

    /** Nouns that end in a syllable that looks like a particle. */
    private static final Set<String> PARTICLE_LIKE_NOUNS = Set.of("결과", "효과", "성과", "경로", "회로", "도로", "통로",
            "진로", "항로", "수로", "교과", "사과", "최고", "보고", "참고", "재고", "창고", "광고", "사고", "원고");

    /** Adjectives of size or length that often lead a term an acronym does not spell out. */
    private static final Set<String> TERM_ADJECTIVES = Set.of("짧은", "긴", "작은", "큰", "깊은", "얕은", "넓은", "좁은",
            "높은", "낮은", "느린", "빠른");

    private static final String BOUNDARY = "()[]{}\"'“”‘’«»,.:;!?·|<>";

    /** A range of the text. */
    record Range(int start, int end) {}

    /**
     * The Korean term before {@code headEnd}.
     *
     * @param targetWords how many words the group suggests
     * @param acronym whether the group is only an acronym (rule 4)
     */
    static Range korean(String text, int headEnd, int targetWords, boolean acronym) {
        Word word = Word.before(text, headEnd, headEnd);
        if (word == null) {
            return null;
        }
        int start = word.start;
        int units = koreanUnits(word.text);
        boolean stopped = word.boundaryBefore;
        while (!stopped && units < targetWords) {
            Word previous = Word.before(text, start, headEnd);
            if (previous == null || previous.afterClosingBracket || isHardStop(previous.text)) {
                stopped = true;
                break;
            }
            start = previous.start;
            units += koreanUnits(previous.text);
            stopped = previous.boundaryBefore;
        }
        if (acronym && !stopped) {
            Word previous = Word.before(text, start, headEnd);
            if (previous != null && TERM_ADJECTIVES.contains(previous.text)) {
                Word beforeThat = Word.before(text, previous.start, headEnd);
                if (previous.boundaryBefore || beforeThat == null || isHardStop(beforeThat.text)) {
                    start = previous.start;
                }
            }
        }
        return new Range(start, word.end);
    }

    /** The English term before {@code headEnd}: Latin words only. */
    static Range english(String text, int headEnd, int targetWords) {
        Word word = Word.before(text, headEnd, headEnd);
        if (word == null || !startsLatin(word.text)) {
            return null;
        }
        int start = word.start;
        int units = englishUnits(word.text);
        boolean stopped = word.boundaryBefore;
        while (!stopped && units < targetWords) {
            Word previous = Word.before(text, start, headEnd);
            if (previous == null || !isLatinWord(previous.text)) {
                break;
            }
            if (englishUnits(previous.text) == 0 && !hasLatinWordBefore(text, previous.start, headEnd)) {
                break; // a function word is only inside a term, never at its start
            }
            start = previous.start;
            units += englishUnits(previous.text);
            stopped = previous.boundaryBefore;
        }
        return new Range(start, word.end);
    }

    private static boolean hasLatinWordBefore(String text, int at, int limitEnd) {
        Word before = Word.before(text, at, limitEnd);
        return before != null && isLatinWord(before.text) && englishUnits(before.text) > 0;
    }

    static boolean isHardStop(String word) {
        if (STOP_WORDS.contains(word)) {
            return true;
        }
        if (PARTICLE_LIKE_NOUNS.contains(word)) {
            return false;
        }
        for (String ending : LONG_ENDINGS) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                return true;
            }
        }
        char last = word.charAt(word.length() - 1);
        return word.length() >= 2 && SHORT_ENDINGS.indexOf(last) >= 0 && Scripts.isHangul(word.charAt(word.length() - 2))
                || word.length() >= 2 && SHORT_ENDINGS.indexOf(last) >= 0 && isParticleAfterLatin(word);
    }

    /** {@code LLM을}, {@code GPT-4는}: a particle glued to a Latin word. */
    private static boolean isParticleAfterLatin(String word) {
        char before = word.charAt(word.length() - 2);
        return (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9');
    }

    /** Korean words count their hyphen-separated parts ({@code 키-값} is two). */
    static int koreanUnits(String word) {
        int units = 1;
        for (int i = 1; i < word.length() - 1; i++) {
            if (word.charAt(i) == '-') {
                units++;
            }
        }
        return units;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "a", "an", "and", "or", "for", "from", "to",
            "in", "on", "with", "by", "via", "at", "as", "into", "over", "&");

    /** English words count their hyphen-separated parts; function words count nothing. */
    static int englishUnits(String phrase) {
        int units = 0;
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(phrase.charAt(i)) || phrase.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(phrase.charAt(i)) && phrase.charAt(i) != '-') {
                i++;
            }
            if (i > start && !FUNCTION_WORDS.contains(phrase.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                units++;
            }
        }
        return units;
    }

    private static boolean startsLatin(String word) {
        return Scripts.isLatin(word.codePointAt(0)) || Character.isDigit(word.charAt(0));
    }

    private static boolean isLatinWord(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Scripts.isHangul(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return startsLatin(word);
    }

    /** A word before some index, and whether a boundary character sits right before it. */
    private static final class Word {
        final int start;
        final int end;
        final String text;
        final boolean boundaryBefore;
        /** A word glued to a {@code )} or {@code ]} is the particle of what precedes it: {@code (LLMs)과}. */
        final boolean afterClosingBracket;

        private Word(int start, int end, String text, boolean boundaryBefore, boolean afterClosingBracket) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.boundaryBefore = boundaryBefore;
            this.afterClosingBracket = afterClosingBracket;
        }

        /** Longest a word may be; keeps the scan bounded on pathological text. */
        private static final int MAX_WORD = 60;

        /**
         * The word ending at {@code at} (after skipping spaces and tabs back, but not for the
         * first word, which must touch its group or sit one space before it). Null at a line end,
         * a boundary character or the start of the text.
         */
        static Word before(String text, int at, int headEnd) {
            int end = at;
            if (at != headEnd) {
                int spaces = 0;
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                    end--;
                    if (++spaces > 3) {
                        return null;
                    }
                }
                if (spaces == 0) {
                    return null;
                }
            }
            if (end == 0 || Character.isWhitespace(text.charAt(end - 1)) || BOUNDARY.indexOf(text.charAt(end - 1)) >= 0) {
                return null;
            }
            int start = end;
            while (start > 0 && end - start < MAX_WORD) {
                char c = text.charAt(start - 1);
                if (Character.isWhitespace(c) || BOUNDARY.indexOf(c) >= 0) {
                    break;
                }
                start--;
            }
            if (end - start >= MAX_WORD) {
                return null;
            }
            boolean boundary = start == 0 || BOUNDARY.indexOf(text.charAt(start - 1)) >= 0 || text.charAt(start - 1) == '\n'
                    || text.charAt(start - 1) == '\r';
            boolean afterBracket = start > 0 && (text.charAt(start - 1) == ')' || text.charAt(start - 1) == ']');
            return new Word(start, end, text.substring(start, end), boundary, afterBracket);
        }
    }
}
