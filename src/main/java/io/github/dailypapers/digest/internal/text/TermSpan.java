package io.github.dailypapers.digest.internal.text;

/**
 * Decides how far back the term of a gloss reaches, word by word from the group's {@code (}.
 * The rules are documented, with examples, in {@code docs/bilingual.md} ("The term span"):
 *
 * <ol>
 *   <li>The word right before the group (after at most one space) is always in the term, unless
 *       it ends a clause ({@link KoreanWords#isClauseEnd}): then there is no gloss.</li>
 *   <li>The group says how long the term is ({@link TermHint}): plain words are added while the
 *       term has fewer units than the English has parts, modifiers only while it has fewer than
 *       the English has words.</li>
 *   <li>Function words the English also has bridge two words of the term ({@code 및} for "and");
 *       bound suffixes ({@code 가능한}) count nothing; a prefix written apart ({@code 다중}) is
 *       taken with the word after it.</li>
 *   <li>Nothing is taken past a hard stop: punctuation, a quote or bracket, a line end, a
 *       particle, a determiner, adverb or clause verb ({@link KoreanWords.Role#STOP}).</li>
 *   <li>An acronym's letters do not cover a leading adjective of size or length, so for an
 *       acronym one such adjective ({@code 짧은 긴 작은 큰 …}) right after a hard stop is added.</li>
 *   <li>An English term takes only Latin words; a Korean term takes any word.</li>
 * </ol>
 */
final class TermSpan {

    private TermSpan() {}

    /** Clause punctuation, quotes and brackets: a term never reaches past one. */
    private static final String BOUNDARY = "()[]{}\"'“”‘’«»,.:;!?·|<>";

    /** {@link #BOUNDARY}'s ASCII chars as a table: this is asked for every char of every word read. */
    private static final boolean[] ASCII_BOUNDARY = new boolean[128];

    static {
        for (char c : BOUNDARY.toCharArray()) {
            if (c < 128) {
                ASCII_BOUNDARY[c] = true;
            }
        }
    }

    static boolean isBoundary(char c) {
        if (c < 128) {
            return ASCII_BOUNDARY[c];
        }
        if (c > '”') {
            return false; // Hangul and most other text: past every boundary char
        }
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»' || c == '·';
    }

    /**
     * The chars that end a word read backwards, whitespace and boundaries, by table up to the last
     * of them (U+3000): every char of every word read is asked, and most are Hangul, above it.
     */
    private static final boolean[] WORD_END = wordEnds();

    private static boolean[] wordEnds() {
        int last = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Scripts.isWhitespace((char) c) || isBoundary((char) c)) {
                last = c;
            }
        }
        boolean[] table = new boolean[last + 1];
        for (int c = 0; c <= last; c++) {
            table[c] = Scripts.isWhitespace((char) c) || isBoundary((char) c);
        }
        return table;
    }

    /** {@code Scripts.isWhitespace(c) || isBoundary(c)}. */
    private static boolean endsWord(char c) {
        return c < WORD_END.length && WORD_END[c];
    }

    /** A range of the text. */
    record Range(int start, int end) {}

    /**
     * The Korean term before {@code headEnd}, or null when the word before the group ends a
     * clause ({@code 학습은 (…)}): then the group is a remark on the sentence, not a gloss.
     *
     * @param hint what the group says about the term's length
     */
    static Range korean(String text, int headEnd, TermHint hint) {
        Word head = Word.before(text, headEnd, headEnd);
        if (head == null || KoreanWords.isClauseEnd(text, head.start, head.end, head.flags)) {
            return null;
        }
        int start = head.start;
        int units = KoreanWords.units(text, head.start, head.end, head.flags, hint.acronym(), true);
        int taken = start; // the start before any bridge word not yet followed by a word
        boolean stopped = head.boundaryBefore;
        Word first = head;
        while (!stopped && (units < hint.parts() || units == 0)) {
            Word previous = Word.before(text, start, headEnd);
            if (previous == null || previous.afterClosingBracket) {
                stopped = true;
                break;
            }
            if (!previous.boundaryBefore && KoreanWords.is(text, previous.start, previous.end, "통한")) {
                // 인간 피드백을 통한 강화 학습(RLHF): "through its object" inside a term the count wants longer.
                Word object = Word.before(text, previous.start, headEnd);
                if (object != null && !object.afterClosingBracket && object.end - object.start >= 2
                        && (text.charAt(object.end - 1) == '을' || text.charAt(object.end - 1) == '를')) {
                    start = object.start;
                    taken = start;
                    first = object;
                    stopped = object.boundaryBefore; // the object counts nothing: it says how, not what
                    continue;
                }
            }
            if (KoreanWords.isBridge(text, previous.start, previous.end, hint)) {
                start = previous.start; // kept only if a word of the term comes before it
                stopped = previous.boundaryBefore;
                continue;
            }
            boolean take;
            switch (KoreanWords.role(text, previous.start, previous.end, previous.flags)) {
                case PLAIN:
                    take = true;
                    break;
                case AND_PARTICLE:
                    take = KoreanWords.particleMatches(text, previous.start, previous.end, hint);
                    break;
                case POSSESSIVE:
                    take = hint.has(TermHint.OF) ? units < hint.parts() : units < hint.words();
                    break;
                case MODIFIER:
                    take = (units < hint.modifiers() || KoreanWords.isBoundSuffix(first.flags))
                            && !(hint.acronym() && governsArgument(text, previous, headEnd));
                    break;
                default:
                    take = KoreanWords.particleMatches(text, previous.start, previous.end, hint);
            }
            if (!take) {
                stopped = true;
                break;
            }
            start = previous.start;
            taken = start;
            first = previous;
            units += KoreanWords.units(text, previous.start, previous.end, previous.flags, hint.acronym(), false);
            stopped = previous.boundaryBefore;
        }
        start = taken;
        if (!stopped) {
            // A prefix written apart belongs with the word after it: 다중 모달, 자기 회귀.
            Word previous = Word.before(text, start, headEnd);
            if (previous != null && !previous.afterClosingBracket && KoreanWords.isPrefix(previous.flags)) {
                start = previous.start;
            }
        }
        if (hint.acronym() && !stopped) {
            Word previous = Word.before(text, start, headEnd);
            if (previous != null && KoreanWords.isTermAdjective(previous.flags)) {
                Word beforeThat = Word.before(text, previous.start, headEnd);
                if (previous.boundaryBefore || beforeThat == null
                        || KoreanWords.role(text, beforeThat.start, beforeThat.end, beforeThat.flags) == KoreanWords.Role.STOP) {
                    start = previous.start;
                }
            }
        }
        return new Range(start, head.end);
    }

    /**
     * Whether a modifier has its own argument before it ({@code 데이터를 학습한}, {@code (LLMs)을
     * 적용한}): then it heads a relative clause and is not part of the term. Only asked for an
     * acronym, whose letters say less about the words than an English translation does.
     */
    private static boolean governsArgument(String text, Word modifier, int headEnd) {
        if (modifier.boundaryBefore || hasHyphen(text, modifier.start, modifier.end)) {
            return false;
        }
        Word before = Word.before(text, modifier.start, headEnd);
        return before != null && (before.afterClosingBracket || KoreanWords.endsInArgumentParticle(text, before.start, before.end, before.flags));
    }

    private static boolean hasHyphen(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /** The English term before {@code headEnd}: Latin words only. */
    static Range english(String text, int headEnd, int targetWords) {
        Word word = Word.before(text, headEnd, headEnd);
        if (word == null || !startsLatin(text, word.start)) {
            return null;
        }
        int start = word.start;
        int units = englishUnits(text, word.start, word.end);
        boolean stopped = word.boundaryBefore;
        while (!stopped && units < targetWords) {
            Word previous = Word.before(text, start, headEnd);
            if (previous == null || !isLatinWord(text, previous.start, previous.end)) {
                break;
            }
            int previousUnits = englishUnits(text, previous.start, previous.end);
            if (previousUnits == 0 && !hasLatinWordBefore(text, previous.start, headEnd)) {
                break; // a function word is only inside a term, never at its start
            }
            start = previous.start;
            units += previousUnits;
            stopped = previous.boundaryBefore;
        }
        return new Range(start, word.end);
    }

    /** The starts of up to {@code max} Latin words before {@code headEnd}, nearest first, stopping at anything else. */
    static int[] latinWordStarts(String text, int headEnd, int max) {
        int[] starts = new int[max];
        int count = 0;
        Word word = Word.before(text, headEnd, headEnd);
        while (word != null && count < max && isLatinWord(text, word.start, word.end)) {
            starts[count++] = word.start;
            if (word.boundaryBefore) {
                break;
            }
            word = Word.before(text, word.start, headEnd);
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean hasLatinWordBefore(String text, int at, int limitEnd) {
        Word before = Word.before(text, at, limitEnd);
        return before != null && isLatinWord(text, before.start, before.end) && englishUnits(text, before.start, before.end) > 0;
    }

    /** English words count their hyphen-separated parts; function words count nothing. */
    static int englishUnits(String text, int from, int to) {
        int units = 0;
        for (int i = from; i < to; ) {
            while (i < to && (text.charAt(i) == '-' || text.charAt(i) == ' ')) {
                i++;
            }
            int start = i;
            while (i < to && text.charAt(i) != '-' && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start && TermHint.functionWord(text, start, i) == 0) {
                units++;
            }
        }
        return units;
    }

    private static boolean startsLatin(String text, int start) {
        return Scripts.isLatin(text.codePointAt(start)) || Character.isDigit(text.charAt(start));
    }

    private static boolean isLatinWord(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Scripts.isHangul(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return startsLatin(text, start);
    }

    /** A word before some index, and whether a boundary character sits right before it. */
    private static final class Word {
        final int start;
        final int end;
        final boolean boundaryBefore;
        /** A word glued to a {@code )} or {@code ]} is the particle of what precedes it: {@code (LLMs)과}. */
        final boolean afterClosingBracket;
        /** The {@link KoreanWords} lists the word is on. */
        final int flags;

        private Word(int start, int end, boolean boundaryBefore, boolean afterClosingBracket, int flags) {
            this.start = start;
            this.end = end;
            this.boundaryBefore = boundaryBefore;
            this.afterClosingBracket = afterClosingBracket;
            this.flags = flags;
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
            if (end == 0 || endsWord(text.charAt(end - 1))) {
                return null;
            }
            int start = end;
            int hash = 0; // the word's hash for the KoreanWords lists, read as the word is
            while (start > 0 && end - start < MAX_WORD) {
                char c = text.charAt(start - 1);
                if (endsWord(c)) {
                    break;
                }
                hash = KoreanWords.nextHash(hash, c);
                start--;
            }
            if (end - start >= MAX_WORD) {
                return null;
            }
            boolean boundary = start == 0 || isBoundary(text.charAt(start - 1)) || text.charAt(start - 1) == '\n'
                    || text.charAt(start - 1) == '\r';
            boolean afterBracket = start > 0 && (text.charAt(start - 1) == ')' || text.charAt(start - 1) == ']');
            return new Word(start, end, boundary, afterBracket, KoreanWords.flags(text, start, end, hash));
        }
    }
}
