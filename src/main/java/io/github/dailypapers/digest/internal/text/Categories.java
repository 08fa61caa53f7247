package io.github.dailypapers.digest.internal.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups that say what kind of thing a term is, or name an instance of it, instead of
 * translating it: {@code 평가 기능(score)}, {@code 질문-응답(task)}, {@code 데이터셋(COCO)},
 * {@code 연구팀(Google DeepMind)}: the category nouns and words, and the checks that use them, for
 * {@link GlossFinder}.
 */
final class Categories {

    private Categories() {}

    /** The distinct first chars of some words: a word that starts with none of them is none of the words. */
    private static String firstChars(Set<String> words) {
        return words.stream().map(word -> word.substring(0, 1)).distinct().collect(Collectors.joining());
    }

    /** The last chars of some words, each once. */
    private static String lastChars(Set<String> words) {
        return words.stream().map(word -> word.substring(word.length() - 1)).distinct().collect(Collectors.joining());
    }

    /** The length of the longest of some words. */
    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Where the last word of a term starts. */
    static int lastWordStart(String text, TermSpan.Range term) {
        int wordStart = term.end();
        while (wordStart > term.start() && text.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        return wordStart;
    }

    /** Korean head nouns that English often leaves out, and the English words that translate them. */
    private static final Map<String, Set<String>> GENERIC_HEADS = Map.ofEntries(
            Map.entry("능력", Set.of("ability", "capability", "skill", "capacity")),
            Map.entry("성능", Set.of("performance")),
            Map.entry("시간", Set.of("time")),
            Map.entry("과정", Set.of("process", "procedure")),
            Map.entry("기법", Set.of("technique", "method")),
            Map.entry("방식", Set.of("way", "manner", "method", "approach", "scheme")),
            Map.entry("기술", Set.of("technique", "technology", "skill")),
            Map.entry("모델", Set.of("model")),
            Map.entry("체계", Set.of("system", "scheme", "framework", "hierarchy")),
            Map.entry("현상", Set.of("phenomenon", "phenomena", "effect")),
            Map.entry("모듈", Set.of("module", "block", "component", "unit")),
            Map.entry("계수", Set.of("coefficient", "factor")),
            Map.entry("메커니즘", Set.of("mechanism")),
            Map.entry("아키텍처", Set.of("architecture")),
            Map.entry("시스템", Set.of("system")),
            Map.entry("제거", Set.of("removal", "remove", "removing", "elimination", "deletion")));
    /** The first syllables of {@link #GENERIC_HEADS}' words. */
    private static final String GENERIC_HEAD_INITIALS = firstChars(GENERIC_HEADS.keySet());
    /** The last syllables of {@link #GENERIC_HEADS}' words. */
    private static final String GENERIC_HEAD_FINALS = lastChars(GENERIC_HEADS.keySet());

    /**
     * Whether the word before {@code headEnd} is a head noun the English does not translate
     * ({@code 일반화 능력(generalization)}, {@code 지연 시간(latency)}): then the term has one
     * word more than the English.
     */
    static boolean isUntranslatedHead(String text, int headEnd, String phrase) {
        int start = headEnd;
        while (start > 0 && Scripts.isHangul(text.charAt(start - 1))) {
            start--;
        }
        int length = headEnd - start;
        if (length < 2 || length > 4 || start == 0 || text.charAt(start - 1) != ' ') {
            return false; // every generic head has two to four syllables, and follows another word
        }
        if (GENERIC_HEAD_INITIALS.indexOf(text.charAt(start)) < 0 || GENERIC_HEAD_FINALS.indexOf(text.charAt(headEnd - 1)) < 0) {
            return false; // most heads: no copy for the lookup
        }
        Set<String> translations = GENERIC_HEADS.get(text.substring(start, headEnd));
        if (translations == null) {
            return false;
        }
        for (int from = 0, to; from < phrase.length(); from = to + 1) {
            to = wordEnd(phrase, from);
            for (String translation : translations) {
                if (isWordOrPlural(phrase, from, to, translation)) {
                    return false;
                }
            }
            if (endsWithInitialOf(phrase, from, to, translations)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code phrase[from, to)} is the word or its plural ({@code models}, {@code losses},
     * {@code abilities}), in any case, without a copy: the one plural test of the category tables.
     */
    private static boolean isWordOrPlural(String phrase, int from, int to, String word) {
        int length = to - from;
        int n = word.length();
        if (length == n) {
            return phrase.regionMatches(true, from, word, 0, n);
        }
        if (length == n + 1 && (phrase.charAt(to - 1) | 0x20) == 's') {
            return phrase.regionMatches(true, from, word, 0, n); // models
        }
        if (length != n + 2) {
            return false;
        }
        return word.endsWith("y") ? phrase.regionMatches(true, to - 3, "ies", 0, 3)
                        && phrase.regionMatches(true, from, word, 0, n - 1) // abilities
                : phrase.regionMatches(true, to - 2, "es", 0, 2) && phrase.regionMatches(true, from, word, 0, n); // processes
    }

    /**
     * {@code 언어 모델(Unigram LM)}: a short word of capitals whose last letter (before a plural
     * {@code s}) is the initial of one of the translations abbreviates it.
     */
    private static boolean endsWithInitialOf(String phrase, int from, int to, Set<String> translations) {
        int end = to > from + 1 && phrase.charAt(to - 1) == 's' ? to - 1 : to;
        if (end - from < 2 || end - from > 5 || phrase.charAt(from) < 'A' || phrase.charAt(from) > 'Z') {
            return false;
        }
        char last = Character.toLowerCase(phrase.charAt(end - 1));
        for (String translation : translations) {
            if (translation.charAt(0) == last) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Mamba(상태 공간 모델)}, {@code ImageNet(대규모 이미지 데이터셋)}: a Korean phrase after an
     * English name that ends in a category noun the name does not hold in English: it says what
     * kind of thing the name is ({@code Language Model(언어 모델)} is a translation).
     */
    static boolean namesTheKindOf(String name, String phrase) {
        if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false; // a name starts with a capital: synthetic data(합성 데이터) is a translation
        }
        String noun = phrase.substring(phrase.lastIndexOf(' ') + 1);
        String lowerName = name.toLowerCase(Locale.ROOT);
        Set<String> english = CATEGORY_NOUNS.get(noun);
        if (english != null) {
            for (String word : english) {
                if (holds(lowerName, word)) {
                    return false;
                }
            }
            return true;
        }
        boolean category = false;
        for (Map.Entry<String, Set<String>> entry : CATEGORY_WORDS.entrySet()) {
            if (entry.getValue().contains(noun)) {
                category = true;
                if (holds(lowerName, entry.getKey())) {
                    return false;
                }
            }
        }
        return category;
    }

    /**
     * Whether a lowercase name holds an English category word, or a word of it is the category
     * word's start ({@code instruction data}, {@code dataset}).
     */
    private static boolean holds(String name, String word) {
        if (name.contains(word)) {
            return true;
        }
        for (int from = 0, to; from < name.length(); from = to + 1) {
            to = wordEnd(name, from);
            if (to - from >= 4 && word.startsWith(name.substring(from, to))) {
                return true;
            }
        }
        return false;
    }

    /** Korean category nouns and the English words that translate them. */
    private static final Map<String, Set<String>> GENERAL_NOUNS = Map.ofEntries(
            Map.entry("기능", Set.of("function", "feature", "functionality", "capability")),
            Map.entry("프레임워크", Set.of("framework")),
            Map.entry("모듈", Set.of("module")),
            Map.entry("함수", Set.of("function")),
            Map.entry("알고리즘", Set.of("algorithm")),
            Map.entry("기법", Set.of("technique", "method")),
            Map.entry("방법론", Set.of("methodology", "method")),
            Map.entry("시스템", Set.of("system")),
            Map.entry("도구", Set.of("tool")),
            Map.entry("라이브러리", Set.of("library")),
            Map.entry("데이터셋", Set.of("dataset", "data")),
            Map.entry("벤치마크", Set.of("benchmark", "bench")),
            Map.entry("에이전트", Set.of("agent")),
            Map.entry("플랫폼", Set.of("platform")),
            Map.entry("회사", Set.of("company")),
            Map.entry("기업", Set.of("company", "enterprise", "corporation")),
            Map.entry("연구팀", Set.of("team", "research")),
            Map.entry("연구소", Set.of("institute", "lab", "laboratory")),
            Map.entry("학회", Set.of("conference", "society", "association")),
            Map.entry("지표", Set.of("metric", "measure", "indicator", "index", "score")),
            Map.entry("로봇", Set.of("robot")),
            Map.entry("검색기", Set.of("retriever", "searcher", "search", "retrieval")),
            Map.entry("인코더", Set.of("encoder")),
            Map.entry("디코더", Set.of("decoder")),
            Map.entry("분류기", Set.of("classifier")),
            Map.entry("생성기", Set.of("generator")),
            Map.entry("검증기", Set.of("verifier", "validator", "checker")),
            Map.entry("평가자", Set.of("evaluator", "judge", "rater", "annotator", "grader")),
            Map.entry("백본", Set.of("backbone")),
            Map.entry("토크나이저", Set.of("tokenizer")),
            Map.entry("옵티마이저", Set.of("optimizer")),
            Map.entry("과제", Set.of("task", "problem")),
            Map.entry("태스크", Set.of("task")),
            Map.entry("시뮬레이터", Set.of("simulator", "simulation")));

    /**
     * Category nouns that English often leaves out of a one-word translation ({@code 내부
     * 파라미터(intrinsics)}): after them only a word written like an identifier, with a capital
     * inside it ({@code 방법(CypherGen)}, {@code 파라미터(efSearch)}), or a proper name of several
     * words after the noun alone ({@code 방법(Visual Reinjection)}), names an instance.
     */
    private static final Map<String, Set<String>> IDENTIFIER_ONLY_NOUNS = Map.ofEntries(
            Map.entry("방법", Set.of("method", "approach", "way", "technique")),
            Map.entry("파라미터", Set.of("parameter", "hyperparameter")),
            Map.entry("매개변수", Set.of("parameter", "hyperparameter")),
            Map.entry("구조", Set.of("structure", "architecture", "framework")),
            Map.entry("계열", Set.of("family", "series")),
            Map.entry("모델", Set.of("model")),
            Map.entry("문제", Set.of("problem", "question", "task")),
            Map.entry("엔진", Set.of("engine")),
            Map.entry("세트", Set.of("set", "split", "suite")),
            Map.entry("수식", Set.of("formula", "equation", "expression")),
            Map.entry("형식", Set.of("format", "form")),
            Map.entry("손실", Set.of("loss", "objective")));

    /** Every category noun: {@link #GENERAL_NOUNS} and {@link #IDENTIFIER_ONLY_NOUNS}. */
    private static final Map<String, Set<String>> CATEGORY_NOUNS = merged(GENERAL_NOUNS, IDENTIFIER_ONLY_NOUNS);

    /** The first chars of {@link #CATEGORY_NOUNS}: most terms end in a word that starts otherwise and need no copy. */
    private static final String CATEGORY_NOUN_INITIALS = firstChars(CATEGORY_NOUNS.keySet());
    private static final int LONGEST_CATEGORY_NOUN = longest(CATEGORY_NOUNS.keySet());

    private static Map<String, Set<String>> merged(Map<String, Set<String>> first, Map<String, Set<String>> second) {
        Map<String, Set<String>> all = new HashMap<>(first);
        all.putAll(second);
        return Map.copyOf(all);
    }

    /**
     * {@code 평가 기능(score)}, {@code 추론 프레임워크(superposition)}, {@code 연구팀(Google DeepMind)}: a
     * term that ends in a category noun and one English word, or the noun alone and a proper
     * name, without its translation: the group names the instance.
     *
     * @param nameOnly whether only a proper name counts (for an acronym's expansion)
     */
    static boolean namesAnInstance(String text, TermSpan.Range term, String phrase, boolean nameOnly) {
        int wordStart = lastWordStart(text, term);
        if (wordStart == term.end() || term.end() - wordStart > LONGEST_CATEGORY_NOUN
                || CATEGORY_NOUN_INITIALS.indexOf(text.charAt(wordStart)) < 0) {
            return false; // the term's last word is no category noun
        }
        // Duplex-UltraChat: a hyphenated word with a capital after a lowercase letter is a name written as one word
        boolean oneWord = phrase.indexOf(' ') < 0 && (phrase.indexOf('-') < 0 || NameShapes.capitalisedParts(phrase) >= 2);
        if (!oneWord && wordStart != term.start()) {
            // A name of several words only after the noun alone: 대조 학습 기법(Contrastive Learning) is a gloss.
            return false;
        }
        String noun = text.substring(wordStart, term.end());
        if (oneWord && wordStart != term.start() && GENERIC_HEADS.containsKey(noun) && !isProperName(phrase)) {
            // 앙상블 기법(ensembling): a head noun English leaves out, after the word the English translates
            return false;
        }
        Set<String> translations = CATEGORY_NOUNS.get(noun);
        if (translations == null || (nameOnly || !oneWord) && !isProperName(phrase)
                || IDENTIFIER_ONLY_NOUNS.containsKey(noun) && oneWord && !hasCapitalInside(phrase)
                        // 다른 모델(Muse): the noun alone and a capitalised word other than its translation
                        && !(wordStart == term.start() && isProperName(phrase))) {
            return false;
        }
        for (int from = 0, to; from < phrase.length(); from = to + 1) {
            to = wordEnd(phrase, from);
            for (String translation : translations) {
                if (isWordOrPlural(phrase, from, to, translation)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code efSearch}, {@code XGBoost}: a capital after the first char. */
    private static boolean hasCapitalInside(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) >= 'A' && word.charAt(i) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** Where the word or hyphen part that starts at {@code from} ends. */
    private static int wordEnd(String phrase, int from) {
        int to = from;
        while (to < phrase.length() && phrase.charAt(to) != ' ' && phrase.charAt(to) != '-') {
            to++;
        }
        return to;
    }

    /**
     * {@code Google DeepMind}, {@code Peak Signal-to-Noise Ratio}: up to four words (and function
     * words between them), each starting with a capital.
     */
    private static boolean isProperName(String phrase) {
        int capitalised = 0;
        for (int from = 0, to; from < phrase.length(); from = to + 1) {
            to = wordEnd(phrase, from);
            if (to > from && phrase.charAt(from) >= 'A' && phrase.charAt(from) <= 'Z') {
                capitalised++;
            } else if (TermHint.functionWord(phrase, from, to) == 0) {
                return false;
            }
        }
        return capitalised > 0 && capitalised <= 4;
    }

    /**
     * Whether an acronym after a term that ends in a category noun names an instance of the
     * category instead of abbreviating the term.
     *
     * <ul>
     *   <li>The noun alone as the term ({@code 데이터셋(COCO)}, {@code 벤치마크(MMLU)}): the acronym does
     *       not end in the initial of the noun's English word. {@code 모델(LLMs)} stays a gloss: its
     *       last capital is the {@code M} of "models", so it abbreviates a phrase that ends in the noun.</li>
     *   <li>Words before the noun ({@code 마스크 디코더(SAM)}, {@code 비전 기반 모델(DINOv2)}): none of the
     *       acronym's capitals is the noun's initial, and the term has fewer words than the acronym
     *       letters. {@code 비디오 데이터셋(VDS)} has the {@code D} of "dataset";
     *       {@code 텍스트-음성 모델(TTS)} has a word for every letter (the acronym leaves the noun out).</li>
     * </ul>
     */
    static boolean acronymNamesAnInstance(String text, TermSpan.Range term, String acronym) {
        int wordStart = lastWordStart(text, term);
        if (wordStart == term.end() || term.end() - wordStart > CategoryInitials.LONGEST
                || CategoryInitials.FIRST_CHARS.indexOf(text.charAt(wordStart)) < 0) {
            return false; // the term's last word is no category noun
        }
        boolean nounAlone = wordStart == term.start();
        if (!nounAlone && wordsAndParts(text, term) >= TermHint.ofAcronym(acronym).parts()) {
            return false;
        }
        String initials = categoryInitials().get(text.substring(wordStart, term.end()));
        if (initials == null) {
            return false;
        }
        char last = 0;
        for (int i = 0; i < acronym.length() && acronym.charAt(i) != ' '; i++) {
            char c = acronym.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (!nounAlone && initials.indexOf(c) >= 0) {
                    return false; // a capital for the noun: the acronym may abbreviate the whole term
                }
                last = c;
            }
        }
        return initials.indexOf(last) < 0;
    }

    /** The words of a term, a hyphenated word counting each part ({@code 비전-언어-행동 모델}: 4). */
    private static int wordsAndParts(String text, TermSpan.Range term) {
        int count = 1;
        for (int i = term.start(); i < term.end(); i++) {
            char c = text.charAt(i);
            count += c == ' ' || c == '-' ? 1 : 0;
        }
        return count;
    }

    /** Every category noun (of both tables) and the capital initials of its English words. */
    private static Map<String, String> categoryInitials() {
        return CategoryInitials.MAP;
    }

    /** Built on first use, from both tables once they are set. */
    private static final class CategoryInitials {
        static final Map<String, String> MAP = build();
        /** The first chars of the nouns of {@link #MAP}, and the longest: most words start otherwise and need no copy. */
        static final String FIRST_CHARS = firstChars(MAP.keySet());
        static final int LONGEST = longest(MAP.keySet());

        private static Map<String, String> build() {
            Map<String, StringBuilder> initials = new HashMap<>();
            CATEGORY_NOUNS.forEach((noun, words) -> words.forEach(word -> add(initials, noun, word)));
            CATEGORY_WORDS.forEach((word, nouns) -> nouns.forEach(noun -> add(initials, noun, word)));
            Map<String, String> map = new HashMap<>();
            initials.forEach((noun, letters) -> map.put(noun, letters.toString()));
            return Map.copyOf(map);
        }

        private static void add(Map<String, StringBuilder> initials, String noun, String word) {
            initials.computeIfAbsent(noun, k -> new StringBuilder()).append(Character.toUpperCase(word.charAt(0)));
        }
    }

    /** English category words and the Korean nouns they translate. */
    private static final Map<String, Set<String>> CATEGORY_WORDS = Map.ofEntries(
            Map.entry("task", Set.of("작업", "과제", "태스크", "과업")),
            Map.entry("model", Set.of("모델")),
            Map.entry("framework", Set.of("프레임워크", "틀")),
            Map.entry("method", Set.of("방법", "기법", "방식")),
            Map.entry("approach", Set.of("접근", "접근법", "방식", "방법")),
            Map.entry("dataset", Set.of("데이터셋", "데이터")),
            Map.entry("benchmark", Set.of("벤치마크")),
            Map.entry("module", Set.of("모듈")),
            Map.entry("tool", Set.of("도구", "툴")));

    private static final int LONGEST_CATEGORY_WORD = longest(CATEGORY_WORDS.keySet());

    /**
     * {@code 질문-응답(task)}: a category word alone in the group, after a term that does not end
     * in its translation: the group says what kind of thing the term is, it does not translate it.
     */
    static boolean namesACategory(String text, TermSpan.Range term, String phrase) {
        if (phrase.length() > LONGEST_CATEGORY_WORD + 2 || phrase.indexOf(' ') >= 0) {
            return false; // not one category word, nor its plural
        }
        Set<String> nouns = null;
        for (Map.Entry<String, Set<String>> category : CATEGORY_WORDS.entrySet()) {
            if (isWordOrPlural(phrase, 0, phrase.length(), category.getKey())) {
                nouns = category.getValue();
                break;
            }
        }
        if (nouns == null) {
            return false;
        }
        String termText = text.substring(term.start(), term.end());
        for (String noun : nouns) {
            if (termText.endsWith(noun)) {
                return false;
            }
        }
        return true;
    }
}
