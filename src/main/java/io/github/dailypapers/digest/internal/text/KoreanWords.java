package io.github.dailypapers.digest.internal.text;

import java.util.Set;

/**
 * What a Korean word (a run of non-space chars) is to a term span: a plain word, a modifier, a
 * particle-ended word that belongs to the clause before, a function word, a prefix. Only the
 * word's own chars are looked at: no dictionary beyond the small lists below, which hold the
 * words whose ending misleads (nouns that end like a particle) and the words that are never part
 * of a term.
 */
final class KoreanWords {

    private KoreanWords() {}

    /** How a word relates to the term it precedes. */
    enum Role {
        /** A noun or anything else that a term may take. */
        PLAIN,
        /** An adnominal form ({@code …한 …된 …적인}, {@code 깊은}): taken only if the English has a word for it. */
        MODIFIER,
        /** {@code …의}: taken as a modifier, or freely when the English has "of". */
        POSSESSIVE,
        /** {@code …와}/{@code …과} ("and"): taken only when the English has "and". */
        AND_PARTICLE,
        /** Never crossed: a case particle or connective ending, a sentence end, a determiner, an adverb. */
        STOP
    }

    /** Words that never start or continue a term: determiners, conjunctions, adverbs, clause verbs. */
    private static final Set<String> STOP_WORDS = Set.of("및", "또는", "그리고", "혹은", "등", "등의", "이", "그", "저",
            "이러한", "그러한", "이런", "그런", "해당", "각", "각각", "모든", "여러", "다른", "두", "세", "네", "한", "통한",
            "위한", "대한", "관한", "같은", "또한", "특히", "주로", "먼저", "또", "더", "가장", "매우", "크게", "다시", "함께",
            "즉", "바로", "새로운", "기존", "기존의", "다양한", "이를", "이는", "이에", "있는", "없이", "하는", "되는", "위해",
            "통해", "대해", "의해", "인해", "관해", "따라", "위하여", "통하여", "대하여", "이른바", "소위", "일명", "최근",
            "제안된", "제안한", "제안하는", "활용한", "활용하는", "사용한", "사용하는", "사용된", "이용한", "이용하는", "기반한",
            "도입한", "소개한", "개발한", "포함한", "포함하는", "적용한", "결합한", "주어진", "가진", "갖는", "갖춘", "번째",
            "번째의", "개의", "가지", "가지의", "현재", "향후", "본", "우리의", "이번", "해당하는", "불리는", "알려진",
            "때", "모두", "외", "이용해", "사용해", "활용해", "통해서", "없이도", "하여", "하고", "하며", "해서", "하면",
            "맞춰", "훨씬", "있도록",
            "and", "or", "the", "a", "an", "using", "with", "for", "of", "to", "in", "on", "by", "via", "from", "as", "is",
            "are");

    /** Multi-syllable endings of case particles, connectives and sentence ends. */
    private static final String[] LONG_ENDINGS = {"에서", "으로", "에게", "까지", "부터", "보다", "처럼", "하여", "하고",
        "하며", "이며", "이고", "이나", "으로써", "로써", "에는", "에도", "과는", "와는", "로는", "에서는", "에서도", "해서", "는데",
        "하면", "되면", "하게", "이라는", "라는", "이란", "라고", "니다", "했다", "한다", "된다", "이다", "였다", "하기", "되어",
        "하도록", "되도록", "수록", "고자", "어도", "아도", "더라도"};

    /**
     * One-syllable particles and endings; only a suffix of a longer word counts. Not {@code 도}
     * ("also": 정확도, 속도), {@code 서} (문서, 순서) or {@code 면} (장면, 표면): too many technical
     * nouns end so.
     */
    private static final String SHORT_ENDINGS = "는은를을에로와과만며고";

    /** Nouns (and adverbs written like nouns) that end in a syllable that looks like a particle. */
    private static final Set<String> PARTICLE_LIKE_NOUNS = Set.of("결과", "효과", "성과", "인과", "경로", "회로", "도로", "통로",
            "진로", "항로", "수로", "미로", "교과", "사과", "통과", "초과", "경과", "최고", "보고", "참고", "재고", "창고", "광고",
            "사고", "원고", "제로", "매크로", "마이크로", "프로", "뉴로", "스스로", "서로", "새로", "활주로", "주의", "질의",
            "정의", "논의", "합의", "모의", "회의", "강의", "동의", "의의", "창의",
            // Loanwords and names spelled with a final syllable that is also an ending.
            "라이다", "레이다", "몬테카를로", "워크플로", "플로", "오버플로", "언더플로", "데이터플로", "푸리에", "칼만", "허프만", "스피어만");

    /** Adjectives that end like a particle ({@code 깊은}) or are short ({@code 긴}): modifiers. */
    private static final Set<String> ADJECTIVES = Set.of("짧은", "긴", "작은", "큰", "깊은", "얕은", "넓은", "좁은", "높은",
            "낮은", "느린", "빠른", "많은", "적은", "좋은", "밝은", "얇은", "굵은", "젊은", "늦은", "이른", "옳은");

    /** Loanwords ending in {@code 인} that are nouns, not the copula ({@code 방법인} "which is a method"). */
    private static final String[] NOUNS_IN_IN = {"체인", "도메인", "라인", "자인", "메인", "레인", "그인", "브레인", "마인",
        "베인", "스타인", "사인", "와인", "바인"};

    /** Korean function words that stand for an English one, so they may sit inside a term. */
    private static final String[][] BRIDGES = {
        {"및", "and"}, {"그리고", "and"}, {"앤드", "and"}, {"앤", "and"}, {"와", "and"}, {"과", "and"},
        {"또는", "or"}, {"혹은", "or"}, {"대", "to"}, {"투", "to"}, {"오브", "of"}, {"내", "in"}, {"인", "in"},
        {"후", "then"}, {"포", "for"}, {"더", "the"}, {"위드", "with"}, {"기반", "from"}, {"기반의", "from"}};

    /**
     * Prefixes written apart that English writes as one word with the next ({@code 다중 모달} =
     * multimodal, {@code 자기 회귀} = autoregressive): taken with the word after them.
     */
    private static final Set<String> PREFIXES = Set.of("다중", "멀티", "자기", "자가", "교차", "비", "자율", "상호", "사전",
            "재", "역", "초", "반", "준", "메타", "하위", "상위", "무", "단일", "양방향", "단방향", "종단", "과잉", "과소",
            "자동", "근사", "중복", "미세", "원격");

    /**
     * One-syllable bound nouns of place and time ("within", "between", "outside", "during",
     * "before", "after"): they form one English word or prefix with the noun before them.
     */
    private static final String BOUND_NOUNS = "내간외중전후";

    /**
     * For each of {@link #BOUND_NOUNS}, English words and prefixes that render it: {@code 내} "in", "on",
     * "intra-", …; {@code 간} "inter-", "between", "cross", "to" ({@code 종단 간}, end-to-end); …
     */
    private static final String[][] BOUND_NOUN_ENGLISH = {
        {"in", "on", "intra", "within", "inner", "inside", "internal", "local"},
        {"inter", "between", "cross", "across", "to", "among", "mutual"},
        {"off", "out", "outside", "extra", "external", "beyond", "non", "other"},
        {"during", "mid", "in", "while", "among", "under", "amid"},
        {"pre", "before", "prior", "ante", "early", "previous"},
        {"post", "after", "then", "later", "next"}};

    /**
     * Whether English renders a bound noun: one of its words or hyphen parts starts with a word for
     * it. {@code 프레임 내(masked modeling)} has none: the group is a remark on the phrase, not its
     * translation.
     */
    static boolean rendersBoundNoun(char noun, String phrase) {
        String[] words = BOUND_NOUN_ENGLISH[BOUND_NOUNS.indexOf(noun)];
        for (int i = 0; i < phrase.length(); i++) {
            if (i > 0 && Character.isLetter(phrase.charAt(i - 1))) {
                continue; // only where a word or a part starts
            }
            for (String word : words) {
                if (phrase.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word is one of {@link #BOUND_NOUNS}, which never makes a term alone: {@code 정책 외(off-policy)}. */
    static boolean isBoundNoun(String text, int start, int end) {
        return end - start == 1 && BOUND_NOUNS.indexOf(text.charAt(start)) >= 0;
    }

    /** Words that count for nothing: they form one English word with the word before ({@code 확장 가능한} = scalable). */
    private static final Set<String> BOUND_SUFFIXES = Set.of("가능한", "가능성", "가능", "불가능한", "없는");

    /** Adjectives of size or length that often lead a term an acronym does not spell out. */
    private static final Set<String> TERM_ADJECTIVES = Set.of("짧은", "긴", "작은", "큰", "깊은", "얕은", "넓은", "좁은",
            "높은", "낮은", "느린", "빠른");

    private static final int STOP = 1;
    private static final int ADJECTIVE = 2;
    private static final int BOUND = 4;
    private static final int NOUN = 8;
    private static final int PREFIX = 16;
    private static final int TERM_ADJECTIVE = 32;
    /** Every flag above: {@code TermSpan} packs a word's flags in 6 bits. */
    static final int ALL_FLAGS = STOP | ADJECTIVE | BOUND | NOUN | PREFIX | TERM_ADJECTIVE;

    /**
     * Every listed word with the lists it is on, so that a word costs one lookup: this runs for
     * every word of every term, and the word is a range of the text, never copied.
     */
    private static final WordSlots LISTED;
    /** The flags of each word of {@link #LISTED}, by its slot. */
    private static final int[] LISTED_FLAGS;

    static {
        Object[][] lists = {{STOP_WORDS, STOP}, {ADJECTIVES, ADJECTIVE}, {BOUND_SUFFIXES, BOUND},
            {PARTICLE_LIKE_NOUNS, NOUN}, {PREFIXES, PREFIX}, {TERM_ADJECTIVES, TERM_ADJECTIVE}};
        int words = 0;
        for (Object[] list : lists) {
            words += ((Set<?>) list[0]).size();
        }
        LISTED = new WordSlots(words);
        LISTED_FLAGS = new int[LISTED.slots()];
        for (Object[] list : lists) {
            for (Object listed : (Set<?>) list[0]) {
                String word = (String) listed;
                LISTED_FLAGS[LISTED.add(word, hash(word, 0, word.length()))] |= (Integer) list[1];
            }
        }
    }

    /** Last chars of the long endings: most words end otherwise and need no further look. */
    private static final String LONG_ENDING_LAST_CHARS;
    /** The long endings by their last char, in the order of {@link #LONG_ENDING_LAST_CHARS}. */
    private static final String[][] LONG_ENDINGS_BY_LAST_CHAR;

    static {
        StringBuilder chars = new StringBuilder();
        for (String ending : LONG_ENDINGS) {
            char last = ending.charAt(ending.length() - 1);
            if (chars.indexOf(String.valueOf(last)) < 0) {
                chars.append(last);
            }
        }
        LONG_ENDING_LAST_CHARS = chars.toString();
        LONG_ENDINGS_BY_LAST_CHAR = new String[chars.length()][];
        for (int k = 0; k < chars.length(); k++) {
            char last = chars.charAt(k);
            LONG_ENDINGS_BY_LAST_CHAR[k] = java.util.Arrays.stream(LONG_ENDINGS)
                    .filter(ending -> ending.charAt(ending.length() - 1) == last).toArray(String[]::new);
        }
    }

    private static final char FIRST_SYLLABLE = '\uAC00';

    /**
     * For each Hangul syllable: bit 0 if a short ending is that syllable, and above it the index
     * (plus one) of the long endings that end in it in {@link #LONG_ENDINGS_BY_LAST_CHAR}. One
     * read instead of two searches: every word of every term is asked.
     */
    private static final byte[] ENDING_KINDS = new byte['\uD7A3' - FIRST_SYLLABLE + 1];

    static {
        for (int k = 0; k < LONG_ENDING_LAST_CHARS.length(); k++) {
            ENDING_KINDS[LONG_ENDING_LAST_CHARS.charAt(k) - FIRST_SYLLABLE] = (byte) ((k + 1) << 1);
        }
        for (char c : SHORT_ENDINGS.toCharArray()) {
            ENDING_KINDS[c - FIRST_SYLLABLE] |= 1;
        }
    }

    /**
     * The lists the word {@code text[start, end)} is on, as flags for the methods below.
     *
     * @param hash {@link #nextHash} of the word, which the caller computes as it reads the word
     */
    static int flags(String text, int start, int end, int hash) {
        int slot = LISTED.find(text, start, end, hash);
        return slot < 0 ? 0 : LISTED_FLAGS[slot];
    }

    /** The lists the word {@code text[start, end)} is on, for a caller that has not read the word yet. */
    static int flags(String text, int start, int end) {
        return flags(text, start, end, hash(text, start, end));
    }

    /** {@link #nextHash} of the word {@code text[start, end)}, read from its last char to its first. */
    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = end - 1; i >= start; i--) {
            hash = nextHash(hash, text.charAt(i));
        }
        return hash;
    }

    /** The hash of a word read backwards, one char at a time: {@code hash = next(hash, c)} from its last char to its first. */
    static int nextHash(int hash, char c) {
        return 31 * hash + c;
    }

    /** The role of the word {@code text[start, end)} (not the head word) before a term. */
    static Role role(String text, int start, int end, int flags) {
        if (!hasLetterOrDigit(text, start, end)) {
            return Role.STOP; // a dash or bullet: "- 인간 피드백 …"
        }
        if ((flags & STOP) != 0) {
            return Role.STOP;
        }
        if ((flags & (ADJECTIVE | BOUND)) != 0) {
            return Role.MODIFIER;
        }
        if ((flags & NOUN) != 0) {
            return Role.PLAIN;
        }
        int n = end - start;
        char last = text.charAt(end - 1);
        boolean hangulBeforeLast = n >= 2 && Scripts.isHangul(text.charAt(end - 2));
        if (n >= 2 && (last == '이' || last == '가') && Scripts.isAsciiLetterOrDigit(text.charAt(end - 2))) {
            // LLM이, GPT-4가: the subject particle. After Hangul it cannot be told from a noun (변이, 자가, 차이, 평가).
            return Role.STOP;
        }
        if (n >= 2 && last == '의' && Scripts.isAsciiLetterOrDigit(text.charAt(end - 2))) {
            return Role.STOP; // MobileNetV2의: the possessive after a name, which the term is a part of
        }
        if (n >= 3 && last == '해' && hangulBeforeLast && !endsWith(text, start, end, "이해") && !endsWith(text, start, end, "분해")
                && !endsWith(text, start, end, "방해") && !endsWith(text, start, end, "피해")) {
            return Role.STOP; // 설정해, 결합해: a verb's connective form ("setting …, …"); 문서 이해 and 행렬 분해 are nouns
        }
        if (hangulBeforeLast && (last == '와' || last == '과')) {
            return Role.AND_PARTICLE;
        }
        if (endsInParticle(text, start, end)) {
            return Role.STOP;
        }
        if (hangulBeforeLast) {
            if (last == '의') {
                return Role.POSSESSIVE;
            }
            if (last == '된' || last == '한' && !is(text, start, end, "제한") && !is(text, start, end, "권한")
                    && !is(text, start, end, "무한")
                    || last == '운' && (endsWith(text, start, end, "로운") || endsWith(text, start, end, "러운"))
                    || last == '인' && endsWith(text, start, end, "적인")) {
                return Role.MODIFIER;
            }
            if (last == '인' && n >= 3 && !isNounInIn(text, start, end)) {
                return Role.STOP; // the copula: 방법인 "which is a method"
            }
            if (last == '다') {
                return is(text, start, end, "람다") || is(text, start, end, "판다") ? Role.PLAIN : Role.STOP;
            }
        }
        if (isQuantity(text, start, end)) {
            return Role.STOP;
        }
        return Role.PLAIN;
    }

    /**
     * Whether a head word (the one touching the group) rules the group out: a sentence end
     * ({@code 했습니다(…)}) or a case particle ({@code 학습은 (…)}, {@code 모델을(…)}). Adnominal
     * {@code …는} ({@code 인코더 없는(encoder-free)}) and {@code …와}/{@code …과} do not.
     */
    static boolean isClauseEnd(String text, int start, int end, int flags) {
        if ((flags & (NOUN | ADJECTIVE)) != 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (end - start >= 2 && Scripts.isHangul(text.charAt(end - 2)) && last == '다') {
            return !is(text, start, end, "람다") && !is(text, start, end, "판다");
        }
        return last != '는' && last != '와' && last != '과' && endsInParticle(text, start, end);
    }

    /** Whether a word's flags mark it as one that never starts or continues a term (a listed adverb, determiner…). */
    static boolean isStopWord(int flags) {
        return (flags & STOP) != 0;
    }

    /** A word ending in an object, place or instrument particle: the argument of a verb after it. */
    static boolean endsInArgumentParticle(String text, int start, int end, int flags) {
        if (end - start < 2 || (flags & NOUN) != 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return last == '을' || last == '를' || last == '에' || last == '로' || endsWith(text, start, end, "에서")
                || endsWith(text, start, end, "에게");
    }

    /** Whether a word ends in a particle or ending; the callers have ruled out the nouns that only look so. */
    private static boolean endsInParticle(String text, int start, int end) {
        int n = end - start;
        char last = text.charAt(end - 1);
        int syllable = last - FIRST_SYLLABLE;
        if (syllable < 0 || syllable >= ENDING_KINDS.length) {
            return false; // every ending ends in a Hangul syllable
        }
        int kind = ENDING_KINDS[syllable];
        if (kind == 0) {
            return false; // most words end in a syllable no ending ends in
        }
        int lastChar = (kind >> 1) - 1;
        if (lastChar >= 0) {
            for (String ending : LONG_ENDINGS_BY_LAST_CHAR[lastChar]) {
                if (n > ending.length() && endsWith(text, start, end, ending)) {
                    return true;
                }
            }
        }
        if (n < 2 || (kind & 1) == 0) {
            return false;
        }
        char before = text.charAt(end - 2);
        return Scripts.isHangul(before) || (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z')
                || (before >= '0' && before <= '9');
    }


    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Scripts.isHangulSyllable(c) || Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 187개의}, {@code 2번째}: a number with a Korean counter. */
    static boolean isQuantity(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        char first = text.charAt(start);
        // Character.isDigit, answered for ASCII and Hangul syllables (no digits) without its table lookup.
        boolean digit = first < 0x80 ? first >= '0' && first <= '9'
                : !Scripts.isHangulSyllable(first) && Character.isDigit(first);
        return digit && Scripts.isHangul(text.charAt(end - 1));
    }

    /** {@code 한}, {@code 두}, {@code 세}, … {@code 열}: a native Korean numeral, written before its counter ({@code 두 단계}). */
    static boolean isNativeNumeral(String text, int start, int end) {
        if (end - start == 1) {
            return "한두세네열".indexOf(text.charAt(start)) >= 0;
        }
        if (end - start != 2) {
            return false;
        }
        for (String numeral : NATIVE_NUMERALS) {
            if (text.startsWith(numeral, start)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] NATIVE_NUMERALS = {"다섯", "여섯", "일곱", "여덟", "아홉"};

    private static boolean isNounInIn(String text, int start, int end) {
        for (String noun : NOUNS_IN_IN) {
            if (endsWith(text, start, end, noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is a function word that the English has too ({@code 및} for "and"), so it may
     * sit between two words of the term.
     */
    static boolean isBridge(String text, int start, int end, TermHint hint) {
        if (end - start > 3 || (hint.flags() & TermHint.ANY_FUNCTION_WORD) == 0 || BRIDGE_INITIALS.indexOf(text.charAt(start)) < 0) {
            return false; // every bridge is short and stands for a function word
        }
        for (String[] bridge : BRIDGES) {
            if (is(text, start, end, bridge[0])) {
                return hint.has(bit(bridge[1]));
            }
        }
        return false;
    }

    /** First chars of the bridges: most words start otherwise. */
    private static final String BRIDGE_INITIALS = java.util.Arrays.stream(BRIDGES).map(bridge -> bridge[0].substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private static int bit(String english) {
        return TermHint.functionWord(english, 0, english.length());
    }

    static boolean isPrefix(int flags) {
        return (flags & PREFIX) != 0;
    }

    /** Words that count no unit of their own ({@code 가능한}: "-able" of the word before). */
    static boolean isBoundSuffix(int flags) {
        return (flags & BOUND) != 0;
    }

    /** An adjective of size or length ({@code 짧은}, {@code 큰}) that may lead a term an acronym does not spell out. */
    static boolean isTermAdjective(int flags) {
        return (flags & TERM_ADJECTIVE) != 0;
    }

    /**
     * How many words of the English (or letters of an acronym) a Korean word stands for. Korean
     * words count their hyphen-separated parts ({@code 키-값} is two); bound suffixes count none.
     * For an acronym, a head word of four Hangul syllables counts two ({@code 인공지능(AI)},
     * {@code 강화학습(RL)}: two Sino-Korean nouns written together; not further back, where
     * {@code 다중모달} is one English word), and {@code 기반}/{@code 기반의}
     * ("-based", "from") counts none ({@code 인간 피드백 기반 강화 학습(RLHF)}).
     */
    static int units(String text, int start, int end, int flags, TermHint hint, boolean head) {
        boolean acronym = hint.acronym();
        if (acronym && head && end - start == 4 && isAllHangul(text, start, end)
                && !Transliteration.isSpelledFromEnglish(text, start, end)) { // 네트워크 is one English word
            return 2;
        }
        if (end - start >= 2 && text.charAt(end - 1) == '샷' && isAllHangul(text, start, end)) {
            return 2; // 제로샷, 퓨샷: "zero-shot", "few-shot" written as one word
        }
        if (head && hint.has(TermHint.RATE) && end - start >= 3 && (text.charAt(end - 1) == '율' || text.charAt(end - 1) == '률')
                && isAllHangul(text, start, end) && !Transliteration.isSpelledFromEnglish(text, start, end)) {
            return 2; // 오류율(error rate): a noun and the suffix for "rate"
        }
        if ((acronym || !head && !hint.has(TermHint.BASED)) && (is(text, start, end, "기반") || is(text, start, end, "기반의"))) {
            return 0; // 점 기반 프롬프팅(point prompting): "-based" is often left out
        }
        if (end - start <= 4 && (flags & BOUND) != 0) {
            return 0;
        }
        if (!head && isBoundNoun(text, start, end)) {
            return 0; // 프레임 간 교차 주의(cross-frame attention): one English word with the noun before
        }
        int units = 1;
        for (int i = start + 1; i < end - 1; i++) {
            if (text.charAt(i) == '-') {
                units++;
            }
        }
        return units;
    }

    private static boolean isAllHangul(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Scripts.isHangul(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a particle-ended word still belongs to the term because the English has the word
     * its particle translates: {@code 깊이와 노멀 정보(Depth and Normal Information)},
     * {@code 인간 피드백으로부터 강화 학습(Reinforcement Learning from Human Feedback)}.
     */
    static boolean particleMatches(String text, int start, int end, TermHint hint) {
        int n = end - start;
        if (n < 2 || !Scripts.isHangul(text.charAt(end - 2))) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last == '와' || last == '과') {
            return hint.has(TermHint.AND);
        }
        return hint.has(TermHint.FROM) && (n >= 4 && (endsWith(text, start, end, "로부터") || endsWith(text, start, end, "에서"))
                || n >= 3 && endsWith(text, start, end, "부터")); // 처음부터 학습(training from scratch)
    }

    /**
     * Whether a word ends in {@code 로} after a syllable with the final {@code ㄹ}, as Korean spells an
     * English "-lo": {@code 카를로}, {@code 엘로} (not {@code 주로}, "mainly").
     */
    static boolean endsInLo(String text, int start, int end) {
        if (end - start < 2 || text.charAt(end - 1) != '로' || !Scripts.isHangulSyllable(text.charAt(end - 2))) {
            return false;
        }
        return Scripts.hangulFinal(text.charAt(end - 2)) == FINAL_RIEUL;
    }

    /** The final consonant ㄹ, in the order of Unicode's syllable composition. */
    private static final int FINAL_RIEUL = 8;

    /** Whether a word of two Hangul syllables or more ends in {@code 만}: {@code 볼츠만}, {@code 리만}. */
    static boolean endsInMan(String text, int start, int end) {
        return end - start >= 2 && text.charAt(end - 1) == '만' && Scripts.isHangul(text.charAt(end - 2));
    }

    /** Whether {@code text[start, end)} is {@code word}. */
    static boolean is(String text, int start, int end, String word) {
        return end - start == word.length() && text.startsWith(word, start);
    }

    private static boolean endsWith(String text, int start, int end, String suffix) {
        return end - start >= suffix.length() && text.startsWith(suffix, end - suffix.length());
    }
}
