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
 *   <li>A quoted phrase right before the term is taken whole while the count wants more
 *       ({@code '반성' 토큰}); a Korean word for "Large", or the English's first word written as
 *       it is, a few plain words before the term is where it starts ({@link #withLeading}).</li>
 * </ol>
 */
final class TermSpan {

    private TermSpan() {}

    /** Clause punctuation, quotes, brackets and Markdown emphasis or code marks: a term never reaches past one. */
    private static final String BOUNDARY = "()[]{}\"'“”‘’«»,.:;!?·|<>*`";

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
    static boolean endsWord(char c) {
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
        long head = Word.before(text, headEnd, headEnd);
        if (head == Word.NONE || KoreanWords.isClauseEnd(text, Word.start(head), Word.end(head), Word.flags(head))
                && !spellsTheName(text, head, hint)) {
            return null;
        }
        int start = Word.start(head);
        int units = KoreanWords.units(text, Word.start(head), Word.end(head), Word.flags(head), hint, true);
        int taken = start; // the start before any bridge word not yet followed by a word
        boolean stopped = Word.boundaryBefore(head);
        long first = head;
        // 정책 외(off-policy): a bound noun of place or time needs the noun before it, whatever the count
        boolean boundHead = KoreanWords.isBoundNoun(text, start, Word.end(head));
        while (!stopped && (units < hint.parts() || units == 0 || boundHead && first == head)) {
            long previous = Word.before(text, start, headEnd);
            if (previous == Word.NONE || Word.afterClosingBracket(previous)) {
                int quoted = quotedPhraseBefore(text, start);
                if (quoted >= 0 && previous == Word.NONE) {
                    // '반성' 토큰(reflection tokens): a quoted word of the term, taken whole with its quotes.
                    start = quoted;
                    taken = start;
                }
                stopped = true;
                break;
            }
            if (hint.acronym()) {
                int reach = expansionThroughLink(text, previous, headEnd, units, hint.parts());
                if (reach >= 0) {
                    start = reach; // 인간 피드백을 활용한 강화 학습(RLHF): the letters fit exactly
                    taken = start;
                    stopped = true;
                    break;
                }
            }
            if (!Word.boundaryBefore(previous) && KoreanWords.is(text, Word.start(previous), Word.end(previous), "통한")) {
                // 인간 피드백을 통한 강화 학습(RLHF): "through its object" inside a term the count wants longer.
                long object = Word.before(text, Word.start(previous), headEnd);
                if (object != Word.NONE && !Word.afterClosingBracket(object) && Word.end(object) - Word.start(object) >= 2
                        && (text.charAt(Word.end(object) - 1) == '을' || text.charAt(Word.end(object) - 1) == '를')) {
                    start = Word.start(object);
                    taken = start;
                    first = object;
                    stopped = Word.boundaryBefore(object); // the object counts nothing: it says how, not what
                    continue;
                }
            }
            if (KoreanWords.isBridge(text, Word.start(previous), Word.end(previous), hint)
                    // 도구 없이 추론(Reasoning without Tools)
                    || hint.has(TermHint.WITHOUT) && KoreanWords.is(text, Word.start(previous), Word.end(previous), "없이")) {
                start = Word.start(previous); // kept only if a word of the term comes before it
                stopped = Word.boundaryBefore(previous);
                continue;
            }
            boolean take;
            KoreanWords.Role role = KoreanWords.role(text, Word.start(previous), Word.end(previous), Word.flags(previous));
            if (role != KoreanWords.Role.PLAIN && hint.has(TermHint.NUMBER)
                    && (role == KoreanWords.Role.STOP && KoreanWords.isQuantity(text, Word.start(previous), Word.end(previous))
                            || KoreanWords.isNativeNumeral(text, Word.start(previous), Word.end(previous)))) {
                // 2단계 학습(two-stage training), 두 단계 해양자화(two-step dequantization): the English has the number too
                role = KoreanWords.Role.PLAIN;
            }
            if (role == KoreanWords.Role.STOP && spellsTheName(text, previous, hint)) {
                // 볼츠만 탐색(Boltzmann exploration), 몬테 카를로 탐색(Monte Carlo search): the name, not the particle
                role = KoreanWords.Role.PLAIN;
            }
            if (role == KoreanWords.Role.STOP && hint.has(TermHint.NOVEL)
                    && KoreanWords.is(text, Word.start(previous), Word.end(previous), "새로운")) {
                role = KoreanWords.Role.PLAIN; // 새로운 뷰 합성(novel view synthesis): the English has the word
            }
            switch (role) {
                case PLAIN:
                    take = true;
                    break;
                case AND_PARTICLE:
                    take = KoreanWords.particleMatches(text, Word.start(previous), Word.end(previous), hint);
                    break;
                case POSSESSIVE:
                    // 블록의 피드포워드 네트워크(FFN), 장애물까지의 거리(SDF): an acronym's letters reach past a
                    // possessive only when they spell "of" (CoT: 사고의 연쇄)
                    take = hint.has(TermHint.OF) ? units < hint.parts() : !hint.acronym() && units < hint.words();
                    break;
                case MODIFIER:
                    take = (units < hint.modifiers() || KoreanWords.isBoundSuffix(Word.flags(first))
                                    // 긴 문맥 모델(long-context models): a hyphen part of the English is the adjective
                                    || KoreanWords.isTermAdjective(Word.flags(previous)) && units < hint.parts())
                            && !(hint.acronym() && governsArgument(text, previous, headEnd));
                    break;
                default:
                    take = KoreanWords.particleMatches(text, Word.start(previous), Word.end(previous), hint);
            }
            if (!take) {
                stopped = true;
                break;
            }
            start = Word.start(previous);
            taken = start;
            first = previous;
            units += KoreanWords.units(text, Word.start(previous), Word.end(previous), Word.flags(previous), hint, false);
            stopped = Word.boundaryBefore(previous);
        }
        start = taken;
        if (!stopped) {
            // A prefix written apart belongs with the word after it: 다중 모달, 자기 회귀.
            long previous = Word.before(text, start, headEnd);
            if (previous != Word.NONE && !Word.afterClosingBracket(previous) && KoreanWords.isPrefix(Word.flags(previous))) {
                start = Word.start(previous);
            }
        }
        if (hint.acronym() && !stopped) {
            long previous = Word.before(text, start, headEnd);
            if (previous != Word.NONE && KoreanWords.isTermAdjective(Word.flags(previous))) {
                long beforeThat = Word.before(text, Word.start(previous), headEnd);
                if (Word.boundaryBefore(previous) || beforeThat == Word.NONE
                        || KoreanWords.role(text, Word.start(beforeThat), Word.end(beforeThat), Word.flags(beforeThat))
                                == KoreanWords.Role.STOP) {
                    start = Word.start(previous);
                }
            }
        }
        return new Range(start, Word.end(head));
    }

    /**
     * {@code 볼츠만}, {@code 카를로}: a word that ends like the particle {@code 만} or {@code 로} but spells the
     * English name ending in "man" or "lo".
     */
    private static boolean spellsTheName(String text, long word, TermHint hint) {
        return hint.has(TermHint.NAME_IN_MAN) && KoreanWords.endsInMan(text, Word.start(word), Word.end(word))
                || hint.has(TermHint.NAME_IN_LO) && KoreanWords.endsInLo(text, Word.start(word), Word.end(word));
    }

    /** Verbs that link a term to what it is done with or based on: {@code 피드백을 활용한 강화 학습}. */
    private static final String[] LINKING_VERBS = {"통한", "활용한", "이용한", "사용한", "기반한"};

    /**
     * {@code 인간 피드백을 활용한 강화 학습(RLHF)}, {@code 인간의 피드백으로부터 강화 학습(RLHF)}: an acronym's
     * expansion that says what its head is done with, based on or learnt from. From {@code previous}
     * the words are read back through a linking verb ({@code 활용한}, {@code 이용한}, {@code 사용한},
     * {@code 기반한}, {@code 통한}, {@code 기반으로 한}) and its object, or through a word ending in "from"
     * ({@code …로부터}, {@code …에서의}), then through plain words and possessives; they are the term only
     * when they give exactly as many words as the acronym has letters, so that
     * {@code 데이터를 사용한 학습(RLVR)} keeps its modifier out.
     *
     * @param units the words the term has so far
     * @param letters the words the acronym stands for
     * @return where the term starts, or -1 when the words do not fit
     */
    private static int expansionThroughLink(String text, long previous, int headEnd, int units, int letters) {
        int start = Word.start(previous);
        int end = Word.end(previous);
        char last = text.charAt(end - 1);
        if (last != '한' && last != '터' && last != '의') {
            return -1; // most words: no link (the verbs end in 한, "from" in 터 or 의)
        }
        long content;
        if (isLinkingVerb(text, start, end)) {
            if (Word.boundaryBefore(previous)) {
                return -1;
            }
            long object = Word.before(text, start, headEnd);
            if (object != Word.NONE && KoreanWords.is(text, start, end, "한")) {
                // 피드백을 기반으로 한: "based on" in two words
                if (!KoreanWords.is(text, Word.start(object), Word.end(object), "기반으로") || Word.boundaryBefore(object)) {
                    return -1;
                }
                object = Word.before(text, Word.start(object), headEnd);
            }
            if (object == Word.NONE || Word.afterClosingBracket(object) || !isObjectOfLink(text, object)) {
                return -1;
            }
            content = object;
        } else if (endsInFrom(text, start, end)) {
            content = previous;
        } else {
            return -1;
        }
        int count = units + 1;
        long word = content;
        while (count < letters) {
            if (Word.boundaryBefore(word)) {
                return -1;
            }
            long before = Word.before(text, Word.start(word), headEnd);
            if (before == Word.NONE || Word.afterClosingBracket(before)) {
                return -1;
            }
            KoreanWords.Role role = KoreanWords.role(text, Word.start(before), Word.end(before), Word.flags(before));
            if (role != KoreanWords.Role.PLAIN && role != KoreanWords.Role.POSSESSIVE
                    || !Scripts.isHangul(text.charAt(Word.start(before)))) {
                return -1;
            }
            count++;
            word = before;
        }
        return count == letters ? Word.start(word) : -1;
    }

    private static boolean isLinkingVerb(String text, int start, int end) {
        if (end - start == 1) {
            return text.charAt(start) == '한';
        }
        for (String verb : LINKING_VERBS) {
            if (KoreanWords.is(text, start, end, verb)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 피드백을}, {@code 선호도에}: a Hangul noun with the object or the locative particle. */
    private static boolean isObjectOfLink(String text, long object) {
        int start = Word.start(object);
        int end = Word.end(object);
        if (end - start < 2 || !Scripts.isHangul(text.charAt(start)) || !Scripts.isHangul(text.charAt(end - 2))) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last != '을' && last != '를' && last != '에') {
            return false;
        }
        for (String pronoun : PRONOUNS) {
            if (end - 1 - start == pronoun.length() && text.startsWith(pronoun, start)) {
                return false; // 이를 이용한 선호 학습: "this", not a word of the expansion
            }
        }
        return true;
    }

    /** Pronouns that may be the object of a linking verb but never a word of an expansion. */
    private static final String[] PRONOUNS = {"이", "그", "저", "이것", "그것", "이들", "그들", "이것들", "자신"};

    /** {@code 피드백으로부터}, {@code 피드백에서의}: a Hangul noun with "from". */
    private static boolean endsInFrom(String text, int start, int end) {
        return end - start >= 4 && Scripts.isHangul(text.charAt(start))
                && (text.startsWith("로부터", end - 3) || text.startsWith("로부터의", end - 4) && end - start >= 5
                        || text.startsWith("에서의", end - 3));
    }

    /** Korean words for "large" that lead a term: 대규모 언어 모델 for "Large Language Model". */
    static final String[] LARGE = {"대규모", "대형", "거대", "초거대", "초대형", "대량", "대용량", "큰", "라지"};

    /**
     * {@code 대규모 인코더 전용 언어 모델(LLMs)}, {@code JumpReLU 활성화 함수(JumpReLU activation)}: when the
     * English starts with a word that one of {@code leads} renders (a Korean word for "Large", or
     * the English word itself), such a word at most two plain words before a term that does not
     * start with one is where the term starts, the words between included. The term as it was
     * otherwise.
     */
    static Range withLeading(String text, Range term, int headEnd, String[] leads) {
        if (startsWithAny(text, term.start(), leads)) {
            return term;
        }
        int start = term.start();
        for (int k = 0; k < 3; k++) {
            long word = Word.before(text, start, headEnd);
            if (word == Word.NONE || Word.afterClosingBracket(word)) {
                return term;
            }
            for (String lead : leads) {
                if (KoreanWords.is(text, Word.start(word), Word.end(word), lead)) {
                    return new Range(Word.start(word), term.end());
                }
            }
            if (k == 2 || Word.boundaryBefore(word)
                    || KoreanWords.role(text, Word.start(word), Word.end(word), Word.flags(word)) != KoreanWords.Role.PLAIN) {
                return term;
            }
            start = Word.start(word);
        }
        return term;
    }

    private static boolean startsWithAny(String text, int at, String[] words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a quoted phrase of at most three words that holds Hangul starts ({@code '반성'},
     * {@code '느린 사고'}), when one ends a space before {@code at}; -1 otherwise.
     */
    private static int quotedPhraseBefore(String text, int at) {
        int close = at - 1;
        if (close < 1 || text.charAt(close) != ' ') {
            return -1;
        }
        close--;
        if (!isClosingQuote(text.charAt(close))) {
            return -1;
        }
        int open = openingQuote(text, close);
        if (open < 0 || open + 1 == close) {
            return -1;
        }
        int spaces = 0;
        boolean hangul = false;
        for (int i = open + 1; i < close; i++) {
            char c = text.charAt(i);
            if (isBoundary(c) || c == ' ' && ++spaces > 2) {
                return -1;
            }
            hangul |= Scripts.isHangul(c);
        }
        return hangul && text.charAt(open + 1) != ' ' && text.charAt(close - 1) != ' ' ? open : -1;
    }

    /** Whether a char closes a quotation. */
    static boolean isClosingQuote(int c) {
        return c == '\'' || c == '"' || c == '’' || c == '”' || c == '»';
    }

    /** The opening quote matching the closing one at {@code close}, on the same line and at most 80 chars back; -1 if none. */
    static int openingQuote(String text, int close) {
        char closing = text.charAt(close);
        for (int i = close - 1; i >= 0 && close - i <= 80; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            boolean matches = switch (closing) {
                case '\'' -> c == '\'' || c == '‘';
                case '"' -> c == '"' || c == '“';
                case '’' -> c == '‘' || c == '\'';
                case '”' -> c == '“' || c == '"';
                default -> c == '«';
            };
            if (matches) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The start of the word before {@code at} (after one space) when it is a Hangul word that a
     * term may take ({@code 무한} in {@code 무한 n-gram}); -1 for a particle, a determiner, a word
     * glued to a bracket ({@code (…)이}) or no Hangul word.
     */
    static int termWordBefore(String text, int at, int headEnd) {
        long word = Word.before(text, at, headEnd);
        if (word == Word.NONE || Word.afterClosingBracket(word)
                || !Scripts.isHangul(text.charAt(Word.end(word) - 1))
                || KoreanWords.role(text, Word.start(word), Word.end(word), Word.flags(word)) == KoreanWords.Role.STOP) {
            return -1;
        }
        return Word.start(word);
    }

    /**
     * Whether a modifier has its own argument before it ({@code 데이터를 학습한}, {@code (LLMs)을
     * 적용한}): then it heads a relative clause and is not part of the term. Only asked for an
     * acronym, whose letters say less about the words than an English translation does. An adverb
     * ({@code 주로 감독된}), a name with "and" ({@code (RLHF)과 직접적인}) and an object before a passive
     * ({@code 질문을 구조화된}: a passive takes no object) are not its arguments.
     */
    private static boolean governsArgument(String text, long modifier, int headEnd) {
        if (Word.boundaryBefore(modifier) || hasHyphen(text, Word.start(modifier), Word.end(modifier))) {
            return false;
        }
        long before = Word.before(text, Word.start(modifier), headEnd);
        if (before == Word.NONE || KoreanWords.isStopWord(Word.flags(before))) {
            return false;
        }
        char particle = text.charAt(Word.end(before) - 1);
        if (Word.afterClosingBracket(before)) {
            return particle == '을' || particle == '를' || particle == '에' || particle == '로' || particle == '서'
                    || particle == '게';
        }
        boolean object = particle == '을' || particle == '를';
        return KoreanWords.endsInArgumentParticle(text, Word.start(before), Word.end(before), Word.flags(before))
                && !(object && text.charAt(Word.end(modifier) - 1) == '된');
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
        long word = Word.before(text, headEnd, headEnd);
        if (word == Word.NONE || !startsLatin(text, Word.start(word))) {
            return null;
        }
        int start = Word.start(word);
        int units = englishUnits(text, Word.start(word), Word.end(word));
        boolean stopped = Word.boundaryBefore(word);
        while (!stopped && units < targetWords) {
            long previous = Word.before(text, start, headEnd);
            if (previous == Word.NONE || !isLatinWord(text, Word.start(previous), Word.end(previous))) {
                break;
            }
            int previousUnits = englishUnits(text, Word.start(previous), Word.end(previous));
            if (previousUnits == 0 && !hasLatinWordBefore(text, Word.start(previous), headEnd)) {
                break; // a function word is only inside a term, never at its start
            }
            start = Word.start(previous);
            units += previousUnits;
            stopped = Word.boundaryBefore(previous);
        }
        return new Range(start, Word.end(word));
    }

    /** The starts of up to {@code max} Latin words before {@code headEnd}, nearest first, stopping at anything else. */
    static int[] latinWordStarts(String text, int headEnd, int max) {
        int[] starts = new int[max];
        int count = 0;
        long word = Word.before(text, headEnd, headEnd);
        while (word != Word.NONE && count < max && isLatinWord(text, Word.start(word), Word.end(word))) {
            starts[count++] = Word.start(word);
            if (Word.boundaryBefore(word)) {
                break;
            }
            word = Word.before(text, Word.start(word), headEnd);
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean hasLatinWordBefore(String text, int at, int limitEnd) {
        long before = Word.before(text, at, limitEnd);
        return before != Word.NONE && isLatinWord(text, Word.start(before), Word.end(before))
                && englishUnits(text, Word.start(before), Word.end(before)) > 0;
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

    /**
     * A word before some index, and whether a boundary character sits right before it. A word is
     * packed in a {@code long} ({@link #of}) and read with the static accessors: the term scan
     * reads every word of every term, and an object per word was a sixth of the bytes the whole
     * gloss pass allocated.
     */
    private static final class Word {

        /** No word: a line end, a boundary character or the start of the text. */
        static final long NONE = -1;

        private Word() {}

        /** Longest a word may be; keeps the scan bounded on pathological text (and its length in 6 bits). */
        private static final int MAX_WORD = 60;
        private static final int LENGTH_SHIFT = 31;
        private static final int FLAGS_SHIFT = 37;
        private static final long BOUNDARY_BEFORE = 1L << 43;
        private static final long AFTER_CLOSING_BRACKET = 1L << 44;

        static {
            if (KoreanWords.ALL_FLAGS > 63) {
                throw new IllegalStateException("a word's KoreanWords flags must fit in 6 bits");
            }
        }

        private static long of(int start, int end, boolean boundaryBefore, boolean afterClosingBracket, int flags) {
            return start | (long) (end - start) << LENGTH_SHIFT | (long) flags << FLAGS_SHIFT
                    | (boundaryBefore ? BOUNDARY_BEFORE : 0) | (afterClosingBracket ? AFTER_CLOSING_BRACKET : 0);
        }

        static int start(long word) {
            return (int) (word & Integer.MAX_VALUE);
        }

        static int end(long word) {
            return start(word) + (int) (word >>> LENGTH_SHIFT & 63);
        }

        /** The {@link KoreanWords} lists the word is on. */
        static int flags(long word) {
            return (int) (word >>> FLAGS_SHIFT & 63);
        }

        static boolean boundaryBefore(long word) {
            return (word & BOUNDARY_BEFORE) != 0;
        }

        /** A word glued to a {@code )} or {@code ]} is the particle of what precedes it: {@code (LLMs)과}. */
        static boolean afterClosingBracket(long word) {
            return (word & AFTER_CLOSING_BRACKET) != 0;
        }

        /** {@code 선정·제외}: a middle dot between two Hangul syllables joins them into one word. */
        private static boolean joinsHangul(String text, int dot, int end) {
            return dot > 0 && dot + 1 < end && Scripts.isHangul(text.charAt(dot - 1)) && Scripts.isHangul(text.charAt(dot + 1));
        }

        /** {@code Bird's}, {@code Bird’s}: a quote between two Latin letters is an apostrophe inside a word. */
        private static boolean isApostrophe(String text, int at) {
            return at > 0 && at + 1 < text.length() && Scripts.isAsciiLetter(text.charAt(at - 1))
                    && Scripts.isAsciiLetter(text.charAt(at + 1));
        }

        /**
         * The word ending at {@code at} (after skipping spaces and tabs back, but not for the
         * first word, which must touch its group or sit one space before it). {@link #NONE} at a
         * line end, a boundary character or the start of the text.
         */
        static long before(String text, int at, int headEnd) {
            int end = at;
            if (at != headEnd) {
                int spaces = 0;
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                    end--;
                    if (++spaces > 3) {
                        return NONE;
                    }
                }
                if (spaces == 0) {
                    return NONE;
                }
            }
            if (end == 0 || endsWord(text.charAt(end - 1))) {
                return NONE;
            }
            int start = end;
            int hash = 0; // the word's hash for the KoreanWords lists, read as the word is
            while (start > 0 && end - start < MAX_WORD) {
                char c = text.charAt(start - 1);
                if (endsWord(c) && !(c == '·' && joinsHangul(text, start - 1, end))
                        && !((c == '\'' || c == '’') && isApostrophe(text, start - 1))) {
                    break;
                }
                hash = KoreanWords.nextHash(hash, c);
                start--;
            }
            if (end - start >= MAX_WORD) {
                return NONE;
            }
            boolean boundary = start == 0 || isBoundary(text.charAt(start - 1)) || text.charAt(start - 1) == '\n'
                    || text.charAt(start - 1) == '\r';
            boolean afterBracket = start > 0 && (text.charAt(start - 1) == ')' || text.charAt(start - 1) == ']');
            return of(start, end, boundary, afterBracket, KoreanWords.flags(text, start, end, hash));
        }
    }
}
