package io.github.dailypapers.digest.internal.text;

import java.util.Locale;
import java.util.Set;

/**
 * Korean words that spell an English word in Hangul ({@code 디노이징} for "denoising",
 * {@code 파인튜닝} for "fine-tuning"), and whether an English phrase can be what they spell. A
 * group after such a word that starts no English word with the word's first sound names
 * something else ({@code 디노이징(neural network)}): it is a remark, not a translation.
 *
 * <p>A word of three syllables or more counts as spelled from English only when one of its
 * syllables is neither Sino-Korean (no Chinese character is read so) nor common in native words:
 * after the first syllable, {@code 트 크 프 스 즈 츠 브} (the vowel Korean adds to English consonant
 * clusters; not {@code 르 드}, as in {@code 빠른}, {@code 부드럽게}); {@code 디}, {@code 티}, {@code 션}; or an
 * "-ing" syllable ({@code 링 닝 싱 팅 킹 딩 핑 밍 깅}). Sino-Korean translations
 * ({@code 비대칭(asymmetric)}) are never tested. The first sound of the word, or of a spelled part
 * inside a compound (the syllable before an added vowel: {@code 저랭크적응(low rank adaptation)}),
 * may start any English word or a capitalised part of one ({@code 네트워크(ControlNet)}), or follow
 * an English prefix when the Korean word starts with a Korean one ({@code 재샘플링(Resampling)}).
 */
final class Transliteration {

    private Transliteration() {}

    private static final int SYLLABLES = 0xAC00;
    private static final int SYLLABLE_COUNT = 11172;
    /** Initial consonants in the order of Unicode's syllable composition. */
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    /**
     * For each initial consonant, the English letters a word spelled with it may start with ({@code ㅆ}
     * also writes "th": {@code 쏘트}, thought).
     */
    private static final String[] ENGLISH_STARTS = {
        "gkcq", "gkc", "n", "dt", "dt", "rl", "m", "bpvf", "bp", "sczt", "st", "aeiouyw", "jgzc", "jz", "cjt", "kcqx",
        "tdc", "pfb", "hw"};
    private static final int VOWEL_EU = 18;
    /**
     * Initials of the syllables with {@code ㅡ} and no final that mark a spelled English word ({@code 브}:
     * a last b or v, {@code 나이브}, {@code 라이브}; native words hardly have it after their first syllable).
     */
    private static final String EU_INITIALS = "ㅌㅋㅍㅅㅈㅊㅂ";
    /** English prefixes that a Korean prefix translates ({@code 재} "re-", {@code 비} "non-"). */
    private static final String[] ENGLISH_PREFIXES = {"re", "pre", "un", "non", "de", "dis", "in", "im", "anti", "semi",
        "sub", "super", "over", "under", "multi", "self", "co", "inter", "counter", "trans", "ultra", "meta"};
    private static final int VOWEL_I = 20;
    private static final int VOWEL_YEO = 6;
    private static final int FINAL_N = 4;
    private static final int FINAL_NG = 21;
    /** The initial ㄹ, in the order of {@link #INITIALS}. */
    private static final int RIEUL = 5;
    /** Initials of the "-ing" syllables no Chinese character is read as: ㄴ ㄷ ㄹ ㅁ ㅅ ㅋ ㅌ ㅍ ㄱ. */
    private static final String ING_INITIALS = "ㄴㄷㄹㅁㅅㅋㅌㅍㄱ";

    /**
     * Whether the word {@code text[start, end)} is spelled from English and the phrase starts no
     * word with a letter its first sound can be written with.
     */
    static boolean spellsAnotherWord(String text, int start, int end, String english) {
        if (end - start < 3 || !isSpelledFromEnglish(text, start, end)) {
            // 체인 오브 쏘트: a word after an English function word spelled in Hangul is spelled from English too
            return afterSpelledFunctionWord(text, start) && Scripts.isHangulSyllable(text.charAt(start))
                    && !startsAWord(english, ENGLISH_STARTS[initial(text.charAt(start))], false);
        }
        if (startsAWord(english, ENGLISH_STARTS[initial(text.charAt(start))], false)) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            // 저랭크적응(low rank adaptation): a spelled part inside a compound starts on the
            // syllable before its added vowel.
            if (isAddedVowel(text.charAt(i), i > start)
                    && startsAWord(english, ENGLISH_STARTS[initial(text.charAt(i - 1))], false)) {
                return false;
            }
        }
        boolean koreanPrefix = KoreanWords.isPrefix(KoreanWords.flags(text, start, start + 1));
        // 재샘플링(Resampling), 역샘플링(reverse sampling): after a Korean prefix, the spelled word
        return !(koreanPrefix && (startsAWord(english, ENGLISH_STARTS[initial(text.charAt(start + 1))], true)
                || startsAWord(english, ENGLISH_STARTS[initial(text.charAt(start + 1))], false)));
    }

    /** English function words spelled in Hangul, which only join words spelled from English. */
    private static final Set<String> SPELLED_FUNCTION_WORDS = Set.of("오브", "투", "앤드", "위드", "포"); // not 더: also the adverb "more"

    private static boolean afterSpelledFunctionWord(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || "브투드포".indexOf(text.charAt(start - 2)) < 0) {
            return false; // most words: no copy (the last syllables of the function words)
        }
        int wordStart = start - 2;
        while (wordStart > 0 && start - 1 - wordStart < 3 && text.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        return (wordStart == 0 || text.charAt(wordStart - 1) == ' ')
                && SPELLED_FUNCTION_WORDS.contains(text.substring(wordStart, start - 1));
    }

    /**
     * Whether a word of the phrase (or a capitalised part of one) starts with one of the letters,
     * or, with {@code afterPrefix}, has one right after an English prefix.
     */
    private static boolean startsAWord(String english, String letters, boolean afterPrefix) {
        int n = english.length();
        for (int i = 0; i < n; i++) {
            char c = english.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(english.charAt(i - 1))
                    || Character.isUpperCase(c) && Character.isLowerCase(english.charAt(i - 1));
            if (!wordStart) {
                continue;
            }
            if (!afterPrefix && letters.indexOf(Character.toLowerCase(c)) >= 0) {
                return true;
            }
            if (afterPrefix) {
                for (String prefix : ENGLISH_PREFIXES) {
                    int after = i + prefix.length();
                    if (after < n && english.regionMatches(true, i, prefix, 0, prefix.length())
                            && letters.indexOf(Character.toLowerCase(english.charAt(after))) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Common words spelled from English that are too short for the marks to show: a Korean
     * expansion of an acronym that holds one must have a letter for its first sound.
     */
    private static final Set<String> SHORT_LOANWORDS = Set.of("데이터", "필드", "레이어", "벡터", "어텐션", "인코더",
            "토큰", "그래프", "이미지", "비디오", "오디오", "코드", "헤드", "노드", "픽셀", "패치", "쿼리", "파일", "포맷",
            "메모리", "캐시", "엔진", "서버", "센서", "로봇");

    /** Head nouns that acronyms often leave out: {@code GAT(그래프 어텐션 네트워크)}. */
    private static final Set<String> ACRONYMS_LEAVE_OUT = Set.of("네트워크", "시스템");

    /**
     * Whether a Korean phrase after an acronym holds words spelled from English and none of them
     * has a first sound that one of the acronym's letters can write: {@code MOVi-E(합성 데이터)},
     * {@code JSON(데이터 교환 형식)} describe the name instead of expanding it ({@code MLP(다층 퍼셉트론)}
     * and {@code MLA(다중 헤드 잠재 어텐션)} expand it).
     */
    static boolean describesInsteadOfExpanding(String phrase, String acronym) {
        String letters = acronym.toLowerCase(Locale.ROOT);
        boolean unwritten = false;
        for (int from = 0, to; from < phrase.length(); from = to + 1) {
            to = from;
            while (to < phrase.length() && phrase.charAt(to) != ' ' && phrase.charAt(to) != '-') {
                to++;
            }
            boolean spelled = to - from >= 3 && isSpelledFromEnglish(phrase, from, to)
                    || SHORT_LOANWORDS.contains(phrase.substring(from, to));
            if (!spelled || ACRONYMS_LEAVE_OUT.contains(phrase.substring(from, to))) {
                continue;
            }
            boolean written = writes(letters, phrase.charAt(from));
            for (int i = from + 1; i < to && !written; i++) {
                // 저랭크 적응(LoRA): a spelled part inside a compound starts on the syllable before its added vowel
                written = isAddedVowel(phrase.charAt(i), true) && writes(letters, phrase.charAt(i - 1));
            }
            if (written) {
                return false; // MLA(다중 헤드 잠재 어텐션): one spelled word the acronym writes is enough
            }
            unwritten = true;
        }
        return unwritten;
    }

    /** Whether one of the letters can write the first sound of a Hangul syllable. */
    private static boolean writes(String letters, char syllable) {
        int index = syllable - SYLLABLES;
        if (index < 0 || index >= SYLLABLE_COUNT) {
            return false;
        }
        String sounds = ENGLISH_STARTS[initial(syllable)];
        for (int i = 0; i < sounds.length(); i++) {
            if (letters.indexOf(sounds.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the two words before {@code headEnd} is spelled from English and starts with
     * a sound the phrase's first letter can write: {@code 스피어만 상관계수(Spearman's ρ)} spells the
     * name, {@code 상관관계(Spearman ρ)} and {@code 인간 평가와의 일치도(Cohen's κ)} do not.
     */
    static boolean spellsNameBefore(String text, int headEnd, String phrase) {
        char letter = Character.toLowerCase(phrase.charAt(0));
        int end = headEnd;
        for (int k = 0; k < 2 && end > 0; k++) {
            int start = end;
            while (start > 0 && text.charAt(start - 1) != ' ') {
                start--;
            }
            char first = text.charAt(start);
            // 스피어만: a word that starts with an added vowel spells an English s-cluster too
            if (Scripts.isHangulSyllable(first) && ENGLISH_STARTS[initial(first)].indexOf(letter) >= 0
                    && (isSpelledFromEnglish(text, start, end) || isAddedVowel(first, true))) {
                return true;
            }
            end = start - 1;
        }
        return false;
    }

    static boolean isSpelledFromEnglish(String text, int start, int end) {
        boolean marked = false;
        for (int i = start; i < end; i++) {
            if (!Scripts.isHangulSyllable(text.charAt(i))) {
                return false; // only words of Hangul syllables
            }
            int marks = MARKS[text.charAt(i) - SYLLABLES];
            marked |= (marks & SPELLED) != 0 || i > start && (marks & ADDED_VOWEL) != 0 && !isNativeSuffix(text, i, end)
                    // 프로세서, 트레이닝: an added vowel before an l or r starts an English cluster (pr-, tr-)
                    || i == start && (marks & ADDED_VOWEL) != 0 && i + 1 < end && Scripts.isHangulSyllable(text.charAt(i + 1))
                            && initial(text.charAt(i + 1)) == RIEUL;
        }
        return marked;
    }

    /**
     * {@code 자연스러움}, {@code 혼란스러운}: {@code 스} before {@code 러}, {@code 럽} or {@code 런} is the native
     * suffix -스럽다 ("-like"), not an added vowel.
     */
    private static boolean isNativeSuffix(String text, int at, int end) {
        if (text.charAt(at) != '스' || at + 1 >= end) {
            return false;
        }
        char next = text.charAt(at + 1);
        return next == '러' || next == '럽' || next == '런';
    }

    /** {@code 트 크 프 스 즈 츠 브} after a word's first syllable: the vowel Korean adds to an English consonant. */
    private static boolean isAddedVowel(char c, boolean notFirst) {
        return notFirst && Scripts.isHangulSyllable(c) && (MARKS[c - SYLLABLES] & ADDED_VOWEL) != 0;
    }

    /** {@link #MARKS}: an added vowel ({@code 트 크 프 스 즈 츠 브}), which marks a word when it is not its first syllable. */
    private static final byte ADDED_VOWEL = 1;
    /**
     * {@link #MARKS}: {@code 디 티}, an "-ing" syllable or {@code 션} ("-tion", "-sion", which no native
     * word has), which marks a word anywhere.
     */
    private static final byte SPELLED = 2;

    /**
     * What each Hangul syllable says about a word spelled from English, decomposed once: words
     * of every Korean term with an English gloss are read.
     */
    private static final byte[] MARKS = new byte[SYLLABLE_COUNT];

    static {
        for (int syllable = 0; syllable < SYLLABLE_COUNT; syllable++) {
            int vowel = syllable / 28 % 21;
            int last = syllable % 28;
            char consonant = INITIALS.charAt(syllable / (21 * 28));
            byte marks = 0;
            if (vowel == VOWEL_EU && last == 0 && EU_INITIALS.indexOf(consonant) >= 0) {
                marks |= ADDED_VOWEL;
            }
            if (vowel == VOWEL_I && last == 0 && (consonant == 'ㄷ' || consonant == 'ㅌ')
                    || vowel == VOWEL_I && last == FINAL_NG && ING_INITIALS.indexOf(consonant) >= 0
                    || consonant == 'ㅅ' && vowel == VOWEL_YEO && last == FINAL_N) {
                marks |= SPELLED;
            }
            MARKS[syllable] = marks;
        }
    }

    private static int initial(char syllable) {
        return (syllable - SYLLABLES) / (21 * 28);
    }
}
