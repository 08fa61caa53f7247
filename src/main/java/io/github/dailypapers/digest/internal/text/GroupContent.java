package io.github.dailypapers.digest.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the inside of a parenthesised group is: an English phrase, an acronym, an expansion with
 * its acronym, a Korean phrase, a phrase mixing both, a list of English phrases — or not a gloss
 * at all (an enumerator, an example, a citation or reference, a quantity or formula, a remark, a
 * comparison, a list of names). The shapes that are told by form alone (sizes, versions, years,
 * references, comparisons, English remarks, bit widths) are in {@link GroupShapes}; this class
 * decides the order in which they are asked and what the rest of a group is.
 */
final class GroupContent {

    enum Type {
        NOT_GLOSS, ENGLISH_PHRASE, ACRONYM, EXPANSION_AND_ACRONYM, KOREAN_PHRASE, MIXED_PHRASE,
        /** Korean with acronyms or numbers ({@code (일본어판 MMLU)}, {@code (GPT-4 기반)}): a gloss only of a head that holds them. */
        NAMED_KOREAN_PHRASE,
        /** Korean and an acronym ({@code (에이전트-컴퓨터 인터페이스, ACI)}): an English name's translation and acronym. */
        KOREAN_AND_ACRONYM,
        /** Short Korean items ({@code (쟁점, 규칙, 적용, 결론)}): an acronym's expansion when there is one per letter. */
        KOREAN_LIST,
        /**
         * Korean of seven to twelve words that is not a sentence
         * ({@code (교사 모델의 출력을 학생 모델이 모방하도록 학습하는 기법)}): only an acronym's expansion.
         */
        KOREAN_EXPLANATION,
        ENGLISH_LIST, NAME_LIST
    }

    /** Longest English phrase taken as a gloss; longer ones are remarks. */
    private static final int MAX_ENGLISH_WORDS = 10;
    /** Longest Korean phrase taken as a gloss. */
    private static final int MAX_KOREAN_WORDS = 6;
    /** Longest Korean explanation taken as an acronym's expansion. */
    private static final int MAX_EXPLANATION_WORDS = 12;
    /** Most items of a group of several glosses ({@code (dense retrieval, reranking)}). */
    private static final int MAX_LIST_ITEMS = 4;
    /** Most items of a list read as an acronym's expansion ({@code CRUD(Create, Read, Update, Delete)}). */
    private static final int MAX_NAMES = 6;

    private static final Set<String> EXAMPLE_MARKERS = Set.of("예:", "예)", "예를", "예시:", "e.g.", "e.g.,", "eg.",
            "i.e.", "i.e.,", "cf.", "ex.", "ex)", "ex:", "참고:", "즉", "즉,", "see", "출처:", "단,", "vs", "vs.", "such",
            "including");

    /** Words of formulas written in LaTeX or words: {@code (leq 2 s)}. */
    private static final Set<String> MATH_WORDS = Set.of("leq", "geq", "neq", "approx", "le", "ge", "lt", "gt", "times",
            "\\leq", "\\geq", "\\approx", "\\times", "\\sim");

    /** Characters that make a remark: formulas, comparisons, arrows, sentence punctuation, references, code ({@code kor_Hang}). */
    private static final String REMARK_CHARS = ":=→←↑↓%<>|…≥≤≠≈±×÷∼~^\\[]{}$#@`_";

    final Type type;
    /** The phrase (English or Korean), or the expansion; null for a bare acronym. */
    final String phrase;
    /** The acronym, if the group has one. */
    final String acronym;
    /** The phrases of a list, in order (ENGLISH_LIST and NAME_LIST only). */
    final List<String> items;

    private GroupContent(Type type, String phrase, String acronym, List<String> items) {
        this.type = type;
        this.phrase = phrase;
        this.acronym = acronym;
        this.items = items;
    }

    private GroupContent(Type type, String phrase, String acronym) {
        this(type, phrase, acronym, List.of());
    }

    static final GroupContent NOT_GLOSS = new GroupContent(Type.NOT_GLOSS, null, null);

    static GroupContent classify(String raw) {
        String content = raw;
        if (!content.isEmpty() && (isSpace(content.charAt(0)) || isSpace(content.charAt(content.length() - 1)))) {
            content = content.strip();
        }
        if (content.isEmpty() || content.length() > 300) {
            return NOT_GLOSS;
        }
        String named = afterNameMarker(content);
        content = unquoted(named); // the same string when it has no quotes around it
        if (content.isEmpty() || content != named && !Acronyms.isAcronym(content)) {
            // 디스크리트 코드("speechcodes"), ('나무가 탑의 왼쪽에 있다'): a quoted word or sentence is a
            // name or an example; only a quoted acronym abbreviates the term (대형 언어 모델('LLM'))
            return NOT_GLOSS;
        }
        if (content.startsWith("...")) {
            return NOT_GLOSS; // (...reward functions): an excerpt
        }
        char first = content.charAt(0);
        if (first >= '0' && first <= '9') {
            String word = firstWord(content);
            if (GroupShapes.isNumber(word) || GroupShapes.isNumberRange(word)) {
                return NOT_GLOSS; // (8 GPU), (10-1000 FPS): a quantity
            }
        }
        if (first >= 'α' && first <= 'ω' && content.indexOf(' ') < 0 && content.indexOf('-') < 0) {
            return NOT_GLOSS; // 정책 모델(πθold): a symbol of a formula, not a word (알파 블렌딩(α-blending) is one)
        }
        if ((first == '+' || first == '±' || first == '−') && content.length() > 1 && Character.isDigit(content.charAt(1))
                && GroupShapes.isNumber(firstWord(content.substring(1)))) {
            return NOT_GLOSS; // (+4.5 AP): a gain or a margin
        }
        int semicolon = content.indexOf(';');
        if (GroupShapes.isCitation(semicolon < 0 ? content : content.substring(0, semicolon).strip())) {
            return NOT_GLOSS; // (Dhariwal and Nichol 2021; Ramesh et al. 2022): citations
        }
        String[] markers = markersStartingWith(first);
        if (markers != null && startsWithMarker(content, markers)) {
            return NOT_GLOSS;
        }
        if (first == '-' && GroupShapes.isCommandOption(content)) {
            return NOT_GLOSS; // 캐싱 옵션(--enable-prefix-caching): the option's name, not a translation
        }
        int facts = scan(content);
        // The shape tests below only where the scan found what they need (none holds a remark char).
        if (facts != REMARK) {
            if ((facts & HYPHEN) != 0 && GroupShapes.isSizedModel(content)) {
                return NOT_GLOSS; // RetroMax (RM-7B): a model's name with its size, after another name
            }
            if ((facts & SLASH) != 0 && GroupShapes.isSlashList(content)) {
                return NOT_GLOSS; // 크기(small/base/large): the sizes there are, not a translation
            }
            if ((facts & DIGIT) != 0 && wordsOf(facts) == 1 && GroupShapes.isBitWidths(content)) {
                return NOT_GLOSS; // 4비트(W4A8): weights and activations at 4 and 8 bits, a setting
            }
        }
        if (facts == REMARK || (facts & (SEMICOLON | COMMA)) != 0) {
            int remark = remarkAfterSeparator(content);
            if (remark > 0) {
                // (calibration data; 예: …), (capacity factor, 보통 1.25): the gloss, then a remark on it
                return classify(content.substring(0, remark));
            }
        }
        if (facts != REMARK && (facts & HANGUL) != 0 && content.indexOf("이하") >= 0) {
            // Only a Korean group can hold 이하, and dropping it adds no remark char: scan again.
            if (content.startsWith("이하 ")) {
                // "(이하 RL)": "hereafter RL", the acronym the text uses from now on.
                content = unquoted(content.substring(3).strip());
            }
            content = content.replace(", 이하 ", ", ").replace("; 이하 ", "; ");
            facts = scan(content);
        }
        if (facts == REMARK) {
            return acronymAndColon(content);
        }
        boolean hangul = (facts & HANGUL) != 0;
        boolean latin = (facts & LATIN) != 0;
        int longestLatinRun = facts >>> RUN_SHIFT & 0x1FF;
        if (latin && content.contains("et al")) {
            return NOT_GLOSS; // a citation: (Kim et al., 2024)
        }
        if (latin && GroupShapes.isComparison(content)) {
            return NOT_GLOSS; // (Ours vs. Baseline)
        }
        if (hangul && content.contains("라고")) {
            return NOT_GLOSS; // Tele-FLM(FLM-2라고도 함): another name the head goes by, "also called"
        }
        if (latin && content.charAt(content.length() - 1) == ')' && GroupShapes.isFunctionOfOneLetter(content)) {
            return NOT_GLOSS; // 정확도(Acc(t)): a formula, the accuracy as a function of t
        }
        if (hangul && latin) {
            return mixed(content, facts);
        }
        if (hangul) {
            return koreanPhrase(content, facts);
        }
        if (content.length() == 2 && content.charAt(0) >= '1' && content.charAt(0) <= '9' && content.charAt(1) == 'D') {
            return new GroupContent(Type.ACRONYM, null, content); // 3차원(3D): "three-dimensional"
        }
        if (longestLatinRun < 2 && !Acronyms.isAcronym(content)) {
            // Enumerators (1), (a), (v2), numbers (2024), (7B); not acronyms such as (T2V).
            return NOT_GLOSS;
        }
        if (GroupShapes.isRomanNumeral(content)) {
            return NOT_GLOSS;
        }
        return english(content, facts);
    }

    /**
     * Where a remark starts after the group's first {@code ;} or {@code ,} and a space: an example
     * marker ({@code 예:}, {@code 즉}, {@code e.g.}), a citation ({@code et al.}), a word for
     * "usually" or "about" ({@code 보통}, {@code 약}), or after {@code ;} a number that is not an
     * acronym; -1 when the rest is not a remark, or the first part holds no Latin letter (Korean
     * lists are read as they are).
     */
    private static int remarkAfterSeparator(String content) {
        int semicolon = content.indexOf("; ");
        int comma = content.indexOf(", ");
        int at = semicolon < 0 ? comma : comma < 0 ? semicolon : Math.min(semicolon, comma);
        if (at < 2 || !hasLatin(content.substring(0, at))) {
            return -1;
        }
        String rest = content.substring(at + 2).strip();
        if (rest.isEmpty()) {
            return -1;
        }
        char first = rest.charAt(0);
        String[] markers = markersStartingWith(first);
        // A number after a comma is more often a name's size ((ViT-H, 632M)) than a remark.
        boolean number = at == semicolon && (first >= '0' && first <= '9' || first == '~') && !isAcronymLike(rest);
        boolean remark = markers != null && startsWithMarker(rest, markers) || rest.contains("et al") || number
                || at == semicolon && GroupShapes.isCitation(rest) // (self-consistency; Kim and Lee 2024)
                || rest.startsWith("보통 ") || rest.startsWith("약 ") || rest.startsWith("기본값");
        return remark ? at : -1;
    }

    /** One token of letters and digits with two capitals or more: {@code 3DGS}, {@code 2D-VQA}. */
    private static boolean isAcronymLike(String s) {
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
            capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
        }
        return capitals >= 2;
    }

    /** Korean words that say the rest of the group is the term's other name: {@code (줄여서 RAG)}, {@code (영어: …)}. */
    private static final Set<String> NAME_MARKERS = Set.of("줄여서", "약칭", "약어", "약자", "일명", "또는", "혹은", "영어",
            "영문", "영문명");

    /**
     * The group without a leading name marker ({@code (줄여서 RAG)} → {@code RAG}, {@code (영어:
     * reinforcement learning)} → the English) when the rest has no Hangul; else the group as it is.
     */
    private static String afterNameMarker(String content) {
        char first = content.charAt(0);
        if (!Scripts.isHangulSyllable(first)) {
            return content; // every marker starts with a Hangul syllable
        }
        int space = content.indexOf(' ');
        if (space < 2 || space > 4) {
            return content;
        }
        int markerEnd = content.charAt(space - 1) == ':' ? space - 1 : space;
        if (!NAME_MARKERS.contains(content.substring(0, markerEnd))) {
            return content;
        }
        String rest = content.substring(space + 1).strip();
        return rest.isEmpty() || hasHangul(rest) ? content : rest;
    }

    /** {@code ('LLM')}: the quotes mark the name, they are not part of it. */
    private static String unquoted(String content) {
        int n = content.length();
        if (n < 3) {
            return content;
        }
        char open = content.charAt(0);
        char close = content.charAt(n - 1);
        boolean quoted = open == '\'' && close == '\'' || open == '"' && close == '"' || open == '‘' && close == '’'
                || open == '“' && close == '”';
        return quoted && content.indexOf(close, 1) == n - 1 ? content.substring(1, n - 1).strip() : content;
    }

    /** {@link #scan}'s answer for a group with a char that makes a remark. */
    static final int REMARK = -1;
    private static final int HANGUL = 1;
    private static final int LATIN = 2;
    /** A char that {@link Character#isDigit} accepts. */
    static final int DIGIT = 4;
    static final int SEMICOLON = 8;
    static final int COMMA = 16;
    static final int HYPHEN = 32;
    static final int SLASH = 64;
    /** Where the longest run of Latin letters is kept in {@link #scan}'s answer (9 bits: a group has at most 300 chars). */
    private static final int RUN_SHIFT = 7;
    /** Where the number of words ({@link #words}) is kept in {@link #scan}'s answer. */
    private static final int WORDS_SHIFT = 16;

    /** The number of words {@link #scan} counted. */
    static int wordsOf(int facts) {
        return facts >>> WORDS_SHIFT;
    }

    /**
     * One pass over a group: {@link #REMARK} if a char makes it a remark, else the bits
     * {@link #HANGUL}, {@link #LATIN}, {@link #DIGIT}, {@link #SEMICOLON}, {@link #COMMA},
     * {@link #HYPHEN} and {@link #SLASH} (ASCII {@code -} and {@code /}), with
     * the longest run of Latin letters and the number of words above them. Later tests skip the
     * searches these bits rule out. (Package-private for the test that it counts as
     * {@link #words} and finds what the searches it spares would.)
     */
    static int scan(String content) {
        boolean hangul = false;
        boolean latin = false;
        int marks = 0;
        int latinRun = 0;
        int longestLatinRun = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = content.length(); i < n; i++) {
            char c = content.charAt(i);
            boolean space = false;
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin = true;
                    if (++latinRun > longestLatinRun) {
                        longestLatinRun = latinRun;
                    }
                } else {
                    latinRun = 0;
                    int bits = ASCII_FACTS[c];
                    if (bits == REMARK) {
                        return REMARK;
                    }
                    marks |= bits;
                    space = c <= ' ' && Scripts.isWhitespace(c);
                }
            } else if (Scripts.isHangul(c)) {
                hangul = true;
                latinRun = 0;
            } else if (!Character.isSurrogate(c) && Scripts.isLatin(c)) {
                latin = true;
                longestLatinRun = Math.max(longestLatinRun, ++latinRun);
            } else {
                latinRun = 0;
                if (REMARK_CHARS.indexOf(c) >= 0) {
                    return REMARK;
                }
                if (Character.isDigit(c)) {
                    marks |= DIGIT;
                }
                space = Scripts.isWhitespace(c);
            }
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words << WORDS_SHIFT | longestLatinRun << RUN_SHIFT | marks | (latin ? LATIN : 0) | (hangul ? HANGUL : 0);
    }

    /** {@link #scan}'s bits for each ASCII char that is not a letter: {@link #REMARK} for a remark char. */
    private static final int[] ASCII_FACTS = new int[128];

    static {
        for (int i = 0; i < REMARK_CHARS.length(); i++) {
            char c = REMARK_CHARS.charAt(i);
            if (c < 128) {
                ASCII_FACTS[c] = REMARK;
            }
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_FACTS[c] = DIGIT;
        }
        ASCII_FACTS[';'] = SEMICOLON;
        ASCII_FACTS[','] = COMMA;
        ASCII_FACTS['-'] = HYPHEN;
        ASCII_FACTS['/'] = SLASH;
    }

    private static boolean isSpace(char c) {
        return Scripts.isWhitespace(c) || c == '\u00A0';
    }

    /** Korean words that start a remark on a name, not its expansion: {@code (기존 최고 성능)}, {@code (최근 공개)}. */
    private static final Set<String> KOREAN_REMARK_STARTS = Set.of("기존", "기존의", "이전", "이전의", "최근", "최신", "현재",
            "새로운", "우리의", "당시", "특히", "주로", "약", "모두");

    /**
     * Korean words that end a remark, not a translation: {@code (LIBERO-Long 포함)} "including",
     * {@code (경시대회 문제 기반)} "based on", {@code (검증셋 기준)} "measured on", {@code (코드 공개 예정)}
     * "to be".
     */
    private static final String[] KOREAN_REMARK_ENDS = {"포함", "기반", "기준", "제외", "예정"};

    /** Which part of a dataset: {@code DocVQA(검증 세트)}, {@code (테스트셋)}. */
    private static final Set<String> SPLITS = Set.of("검증 세트", "검증셋", "검증 셋", "테스트 세트", "테스트셋", "테스트 셋",
            "전체 세트", "평가 세트", "평가셋", "학습 세트", "학습셋", "훈련 세트", "훈련셋", "개발 세트", "개발셋", "공개 세트");

    private static boolean isSplit(String content) {
        return content.length() <= 6 && SPLITS.contains(content);
    }

    private static boolean endsWithKoreanRemark(String content) {
        for (String end : KOREAN_REMARK_ENDS) {
            int at = content.length() - end.length();
            if (at >= 1 && content.charAt(at - 1) == ' ' && content.startsWith(end, at)) {
                return true;
            }
        }
        return false;
    }

    /** The first chars of {@link #KOREAN_REMARK_STARTS}: most phrases start otherwise and need no copy. */
    private static final String KOREAN_REMARK_INITIALS = KOREAN_REMARK_STARTS.stream().map(word -> word.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private static GroupContent koreanPhrase(String content, int facts) {
        if (wordsOf(facts) > MAX_EXPLANATION_WORDS || content.endsWith("다") || content.endsWith(".")
                || content.length() == 1 || KOREAN_REMARK_INITIALS.indexOf(content.charAt(0)) >= 0
                        && KOREAN_REMARK_STARTS.contains(firstWord(content)) || endsWithKoreanRemark(content)
                || isSplit(content)) {
            return NOT_GLOSS;
        }
        if (content.indexOf(',') >= 0) {
            return koreanList(content);
        }
        return new GroupContent(wordsOf(facts) > MAX_KOREAN_WORDS ? Type.KOREAN_EXPLANATION : Type.KOREAN_PHRASE, content,
                null);
    }

    /** {@code (흡수, 분포, 대사, 배설, 독성)}: two to eight Korean items of one or two words; anything else is no gloss. */
    private static GroupContent koreanList(String content) {
        List<String> items = new ArrayList<>();
        for (String item : content.split(",", -1)) {
            String stripped = item.strip();
            if (stripped.isEmpty() || words(stripped) > 2 || items.size() == 8 || !isKoreanOnly(stripped)) {
                return NOT_GLOSS;
            }
            items.add(stripped);
        }
        return items.size() < 2 ? NOT_GLOSS : new GroupContent(Type.KOREAN_LIST, content, null, List.copyOf(items));
    }

    /**
     * Korean and Latin in one group: an English expansion next to a Korean one
     * ({@code (관성 측정 장치, inertial measurement unit)}), or one expansion written in both
     * ({@code (inertial measurement 장치)}). Anything else (a remark such as {@code (GPT-4 기반)}) is
     * not a gloss. Only an acronym's expansion may mix scripts (see {@link EnglishHeads}).
     */
    private static GroupContent mixed(String content, int facts) {
        int separator = content.indexOf(';');
        int width = 1;
        if (separator < 0) {
            separator = content.indexOf(", ");
            width = 2;
        }
        if (separator >= 0) {
            String first = content.substring(0, separator).strip();
            String second = content.substring(separator + width).strip();
            if (second.indexOf(',') >= 0 || second.indexOf(';') >= 0) {
                return NOT_GLOSS;
            }
            boolean firstKorean = isKoreanOnly(first);
            boolean secondKorean = isKoreanOnly(second);
            String english = firstKorean && !secondKorean ? second : secondKorean && !firstKorean ? first : null;
            if (english != null && Acronyms.isAcronym(english)) {
                String korean = firstKorean ? first : second;
                return new GroupContent(Type.KOREAN_AND_ACRONYM, korean, english);
            }
            if (english == null || !isEnglishPhrase(english) || hasHangul(english)) {
                return NOT_GLOSS;
            }
            return new GroupContent(Type.MIXED_PHRASE, english, null);
        }
        if (wordsOf(facts) > MAX_KOREAN_WORDS || content.endsWith("다") || content.endsWith(".")
                || endsWithKoreanRemark(content)) {
            return NOT_GLOSS;
        }
        for (String word : content.split(" ")) {
            if (Acronyms.isAcronym(word) || hasDigit(word)) {
                // (GPT-4 기반), (FP16 또는 BF16): a remark about a name, unless the head holds the names
                return new GroupContent(Type.NAMED_KOREAN_PHRASE, content, null);
            }
        }
        return Scripts.isLatin(content.codePointAt(0)) ? new GroupContent(Type.MIXED_PHRASE, content, null) : NOT_GLOSS;
    }

    private static GroupContent english(String content, int facts) {
        int semicolon = (facts & SEMICOLON) == 0 ? -1 : content.indexOf(';');
        if (semicolon >= 0) {
            return pair(content.substring(0, semicolon).strip(), content.substring(semicolon + 1).strip());
        }
        int comma = (facts & COMMA) == 0 ? -1 : content.indexOf(", ");
        if (comma >= 0) {
            if (content.indexOf(", ", comma + 2) < 0) {
                GroupContent pair = pair(content.substring(0, comma).strip(), content.substring(comma + 2).strip());
                if (pair.type == Type.EXPANSION_AND_ACRONYM) {
                    return pair;
                }
            }
            return list(content);
        }
        if ((facts & DIGIT) != 0 && GroupShapes.endsWithYear(content)) {
            return NOT_GLOSS; // a venue or an edition: (NeurIPS 2023), (WMT 2014)
        }
        if (Acronyms.isAcronym(content) || GroupShapes.isAcronymWithVersion(content)) {
            return new GroupContent(Type.ACRONYM, null, content);
        }
        if (GroupShapes.isRemarkPhrase(content)) {
            return NOT_GLOSS; // (per token), (on average), (if any), (w/o RL), (higher is better)
        }
        if ((facts & DIGIT) != 0 && GroupShapes.hasSize(content)) {
            return NOT_GLOSS; // (CodeT5+ 110M), (Llama 2 7B): a model with its size
        }
        if (GroupShapes.isReference(content) || content.equalsIgnoreCase("ours")) {
            // (Figure 3), (Appendix B): where to look; (Ours): which method is the paper's own
            return NOT_GLOSS;
        }
        if (wordsOf(facts) > MAX_ENGLISH_WORDS || content.endsWith(".")
                || (facts & DIGIT) != 0 && (content.indexOf(' ') < 0 && hasDigit(content) || GroupShapes.hasVersion(content))) {
            return NOT_GLOSS; // also a name with a version, (ResNet-50), (Llama-3): an instance, not a translation
        }
        return new GroupContent(Type.ENGLISH_PHRASE, content, null);
    }

    /**
     * Several English phrases, each of which may gloss one of several Korean terms before the
     * group ({@code 밀집 검색 및 재순위화(dense retrieval, reranking)}). Names and acronyms make a
     * list of examples instead ({@code (CLIP, SigLIP)}, {@code (GPT-4o, Gemini-1.5-Pro)}).
     */
    private static GroupContent list(String content) {
        List<String> items = new ArrayList<>(MAX_LIST_ITEMS);
        boolean common = true;
        int from = 0;
        while (from <= content.length()) {
            int comma = content.indexOf(',', from);
            int to = comma < 0 ? content.length() : comma;
            String item = content.substring(from, to).strip();
            if (item.isEmpty() || items.size() == MAX_NAMES || words(item) > 3) {
                return NOT_GLOSS;
            }
            common &= isCommonPhrase(item);
            items.add(item);
            if (comma < 0) {
                break;
            }
            from = comma + 1;
        }
        // The content holds ", ": two items at least.
        // A list of names glosses nothing, unless an acronym before it is spelled by their initials.
        Type type = common && items.size() <= MAX_LIST_ITEMS ? Type.ENGLISH_LIST : Type.NAME_LIST;
        return new GroupContent(type, content, null, List.copyOf(items));
    }

    /** Words of letters and hyphens, capitals only at a word's start: no name, no acronym ({@link #list} bounds the words). */
    private static boolean isCommonPhrase(String item) {
        boolean wordStart = true;
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == ' ' || c == '-') {
                wordStart = true;
                continue;
            }
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z' && wordStart)) {
                return false;
            }
            wordStart = false;
        }
        return true;
    }

    /**
     * "Expansion; ACRONYM", "ACRONYM; Expansion" or the same with a comma. The acronym must fit
     * the expansion: the expansion's first letter is one of the acronym's, or the acronym's first
     * letter starts a word of the expansion. A single name may stand for an acronym when it fits a
     * phrase of several words ({@code (Matrix Multiplication; Matmul)}).
     */
    private static GroupContent pair(String first, String second) {
        if (isAbbreviationOf(second, first)) {
            return new GroupContent(Type.EXPANSION_AND_ACRONYM, first, second);
        }
        if (isAbbreviationOf(first, second)) {
            return new GroupContent(Type.EXPANSION_AND_ACRONYM, second, first);
        }
        return NOT_GLOSS;
    }

    /**
     * {@code (RL: reinforcement learning)}: an acronym, a colon and its English expansion, with
     * no other remark char; any other group with a colon is a remark ({@code (VBench: 80.8%)}).
     */
    private static GroupContent acronymAndColon(String content) {
        int colon = content.indexOf(": ");
        if (colon < 1 || colon > 15 || !Acronyms.isAcronym(content, 0, colon)) {
            return NOT_GLOSS;
        }
        String expansion = content.substring(colon + 2).strip();
        int facts = scan(expansion);
        if (facts == REMARK || (facts & (HANGUL | SEMICOLON | COMMA)) != 0) {
            return NOT_GLOSS;
        }
        String acronym = content.substring(0, colon);
        return initialsSpell(expansion, acronym) ? pair(acronym, expansion) : NOT_GLOSS;
    }

    /**
     * Whether the initials of a phrase's words and hyphen parts start with the acronym's first
     * letter and spell at least two of its capitals in order; stricter than {@link #fits}, for
     * a colon that more often starts a remark ({@code (RQ1: Is retrieval helpful?)}).
     */
    private static boolean initialsSpell(String phrase, String acronym) {
        String initials = Acronyms.initials(phrase);
        return Acronyms.capitalsSpelled(acronym, initials) >= 2 && initials.length() > 0
                && initials.charAt(0) == Character.toUpperCase(acronym.charAt(0));
    }

    /** Only for parts of a group without Hangul (see {@link #english}). */
    private static boolean isAbbreviationOf(String acronym, String expansion) {
        if (expansion.isEmpty() || words(expansion) > MAX_ENGLISH_WORDS || !hasLatin(expansion)
                || Acronyms.isAcronym(expansion) || acronym.startsWith(expansion + "-")
                || expansion.startsWith(acronym + "-")) {
            return false; // (LWM, LWM-Chat): two names of one family
        }
        boolean acronymLike = Acronyms.isAcronym(acronym) || GroupShapes.isAcronymWithVersion(acronym)
                || words(expansion) >= 2 && isName(acronym);
        return acronymLike && fits(acronym, expansion);
    }

    /** Whether an acronym fits an expansion (see {@link #pair}). */
    static boolean fits(String acronym, String expansion) {
        char initial = Character.toUpperCase(firstLetterOrDigit(expansion));
        char acronymInitial = Character.toUpperCase(firstLetterOrDigit(acronym));
        if (initial == 0 || acronymInitial == 0) {
            return false;
        }
        for (int i = 0; i < acronym.length(); i++) {
            if (Character.toUpperCase(acronym.charAt(i)) == initial) {
                return true;
            }
        }
        boolean wordStart = true;
        for (int i = 0; i < expansion.length(); i++) {
            char c = expansion.charAt(i);
            if (wordStart && Character.toUpperCase(c) == acronymInitial) {
                return true;
            }
            wordStart = c == ' ' || c == '-';
        }
        return false;
    }

    private static char firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 0;
    }

    /** One token starting with a capital, of letters, digits and hyphens: {@code Matmul}, {@code DiffiT}. */
    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 20 || !(s.charAt(0) >= 'A' && s.charAt(0) <= 'Z')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isEnglishPhrase(String s) {
        return !s.isEmpty() && words(s) <= MAX_ENGLISH_WORDS && hasLatin(s) && !hasHangul(s);
    }

    private static boolean isKoreanOnly(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Scripts.isLatin(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return hasHangul(s);
    }

    private static boolean hasLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    return true;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (Scripts.isLatin(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean hasHangul(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isHangul(s.charAt(i))) { // Hangul is in the BMP: chars suffice
                return true;
            }
        }
        return false;
    }

    /** Whether a text has an ASCII digit. */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Words that name what kind of thing a name is: {@code Foo(framework)}, {@code JSON(파일 형식)}. */
    private static final Set<String> CATEGORIES = Set.of("framework", "model", "method", "benchmark", "dataset",
            "library", "tool", "toolkit", "algorithm", "architecture", "system", "metric", "format", "language", "paper",
            "approach", "technique", "baseline", "platform", "api", "package", "engine", "agent", "ours", "count", "task",
            "models", "methods", "benchmarks", "datasets", "tools", "프레임워크", "모델", "방법", "방법론", "벤치마크",
            "데이터셋", "라이브러리", "도구", "알고리즘", "아키텍처", "시스템", "지표", "형식", "언어", "논문", "기법", "플랫폼",
            "엔진", "에이전트", "패키지", "영어", "한국어", "중국어", "일본어", "독일어", "프랑스어", "스페인어");

    /**
     * Whether a group only says what kind of thing the name before it is: one category word,
     * perhaps with one word before it, and fewer words than an acronym before it has letters.
     */
    static boolean isCategory(String phrase, int headLetters) {
        int space = phrase.lastIndexOf(' ');
        if (phrase.length() - space - 1 > 12) {
            return false; // longer than any category word
        }
        String last = phrase.substring(space + 1).toLowerCase(Locale.ROOT);
        if (!CATEGORIES.contains(last)) {
            return false;
        }
        int words = words(phrase);
        return words == 1 || words == 2 && headLetters > words + 1;
    }

    static int words(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Scripts.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * The example markers and formula words by their first char (and its other case): a group
     * is compared only with the few that start as it does. Every group is asked, and most start
     * with a letter that begins no marker.
     */
    private static final java.util.Map<Character, String[]> MARKERS_BY_INITIAL = markersByInitial();

    /** The same for ASCII initials, as an array: most groups start with one. */
    private static final String[][] ASCII_MARKERS = new String[128][];
    /** The other initials (a few Hangul syllables), looked up without boxing the char. */
    private static final char[] OTHER_INITIALS;
    private static final String[][] OTHER_MARKERS;

    static {
        StringBuilder others = new StringBuilder();
        MARKERS_BY_INITIAL.forEach((initial, markers) -> {
            if (initial < 128) {
                ASCII_MARKERS[initial] = markers;
            } else {
                others.append(initial.charValue());
            }
        });
        OTHER_INITIALS = others.toString().toCharArray();
        OTHER_MARKERS = new String[OTHER_INITIALS.length][];
        for (int i = 0; i < OTHER_INITIALS.length; i++) {
            OTHER_MARKERS[i] = MARKERS_BY_INITIAL.get(OTHER_INITIALS[i]);
        }
    }

    private static java.util.Map<Character, String[]> markersByInitial() {
        java.util.Map<Character, List<String>> lists = new java.util.HashMap<>();
        for (Set<String> words : List.of(EXAMPLE_MARKERS, MATH_WORDS)) {
            for (String word : words) {
                for (char c : new char[] {word.charAt(0), Character.toUpperCase(word.charAt(0))}) {
                    List<String> list = lists.computeIfAbsent(c, key -> new ArrayList<>());
                    if (!list.contains(word)) {
                        list.add(word);
                    }
                }
            }
        }
        java.util.Map<Character, String[]> arrays = new java.util.HashMap<>();
        lists.forEach((initial, list) -> arrays.put(initial, list.toArray(String[]::new)));
        return java.util.Map.copyOf(arrays);
    }

    /** The markers a group starting with {@code first} may start with, or null if none. */
    private static String[] markersStartingWith(char first) {
        if (first < 128) {
            return ASCII_MARKERS[first];
        }
        for (int i = 0; i < OTHER_INITIALS.length; i++) {
            if (OTHER_INITIALS[i] == first) {
                return OTHER_MARKERS[i];
            }
        }
        return null;
    }

    /**
     * Whether a group starts with an example marker or formula word, ignoring case: its first
     * word is one, or it starts with one that ends in punctuation, which may touch the next word
     * ({@code (e.g.,ASR)}, {@code (i.e.,the encoder)}).
     */
    private static boolean startsWithMarker(String content, String[] markers) {
        int firstWordLength = -1;
        // Most groups that start like a marker differ from it at their second char already.
        char second = content.length() > 1 ? foldCase(content.charAt(1)) : 0;
        for (String marker : markers) {
            int length = marker.length();
            if (length > 1 && (content.length() < length || foldCase(marker.charAt(1)) != second)) {
                continue;
            }
            if (!Character.isLetterOrDigit(marker.charAt(length - 1))) {
                if (content.regionMatches(true, 0, marker, 0, length)) {
                    return true;
                }
            } else if (content.length() >= length) {
                if (firstWordLength < 0) {
                    firstWordLength = firstWordLength(content);
                }
                if (firstWordLength == length && content.regionMatches(true, 0, marker, 0, length)
                        && (length < content.length() || !MATH_WORDS.contains(marker))) {
                    return true; // a formula word needs what it compares: (GT) alone is an acronym
                }
            }
        }
        return content.startsWith("예 :") || content.startsWith("e.g");
    }

    /** The char that {@link String#regionMatches(boolean, int, String, int, int)} compares when it ignores case. */
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Where a text's first word ends: its first whitespace, or its length. */
    static int firstWordLength(String s) {
        int i = 0;
        while (i < s.length() && !Scripts.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String firstWord(String s) {
        return s.substring(0, firstWordLength(s));
    }

}
