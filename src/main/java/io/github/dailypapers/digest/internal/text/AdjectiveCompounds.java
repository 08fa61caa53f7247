package io.github.dailypapers.digest.internal.text;

import java.util.Locale;
import java.util.Map;

/**
 * English adjective compounds ({@code rule-based}, {@code zero-shot}, {@code in-the-wild}) and the
 * Korean words that translate their last part. Such a compound alone in a group is a gloss only
 * of a Korean term that translates it ({@code 규칙 기반(rule-based)}, {@code 제로샷(zero-shot)});
 * after a plain noun it says in which setting or of which sort the thing is
 * ({@code 의료 문서(zero-shot)}, {@code 검증기(rule-based)}): a remark.
 */
final class AdjectiveCompounds {

    private AdjectiveCompounds() {}

    /**
     * The last part of a compound and the Korean words (or word parts) that translate it; the
     * Korean is matched anywhere in the term, so one of these in the term is enough.
     */
    private static final Map<String, String[]> TRANSLATIONS = Map.ofEntries(
            Map.entry("based", new String[] {"기반", "기초", "바탕", "베이스", "기준"}),
            Map.entry("free", new String[] {"없", "무", "프리", "불필요", "비"}),
            Map.entry("shot", new String[] {"샷", "무", "제로", "퓨", "원", "소수", "단일", "다수"}),
            Map.entry("aware", new String[] {"인식", "인지", "고려", "감안", "어웨어", "민감", "반영"}),
            Map.entry("driven", new String[] {"주도", "기반", "중심", "구동", "드리븐", "유도"}),
            Map.entry("guided", new String[] {"유도", "가이드", "안내", "기반", "지도", "지침", "가이던스"}),
            Map.entry("wild", new String[] {"야생", "와일드", "실제", "현실", "자연"}),
            Map.entry("agnostic", new String[] {"무관", "독립", "불가지", "애그노스틱", "상관없"}),
            Map.entry("specific", new String[] {"특화", "특정", "전용", "고유", "별", "맞춤"}),
            Map.entry("centric", new String[] {"중심", "센트릭", "위주"}));

    /**
     * Whether a group of one hyphenated English compound ending in an adjective part
     * ({@code rule-based}) follows a Korean term that has no word for that part.
     *
     * @param text the text
     * @param term the Korean term before the group
     * @param phrase the group's English
     */
    static boolean describes(String text, TermSpan.Range term, String phrase) {
        int hyphen = phrase.lastIndexOf('-');
        int last = phrase.length() - 1;
        // Every listed part ends in d, e, t, c or n: most phrases are ruled out before any copy.
        char end = (char) (phrase.charAt(last) | 0x20);
        if (hyphen <= 0 || "detcn".indexOf(end) < 0 || phrase.indexOf(' ') >= 0) {
            return false;
        }
        String[] korean = TRANSLATIONS.get(phrase.substring(hyphen + 1).toLowerCase(Locale.ROOT));
        if (korean == null) {
            return false;
        }
        String termText = text.substring(term.start(), term.end());
        for (String word : korean) {
            if (termText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
