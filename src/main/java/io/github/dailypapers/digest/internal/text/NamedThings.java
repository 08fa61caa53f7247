package io.github.dailypapers.digest.internal.text;

/**
 * English in a group that names a particular thing the Korean before it only describes, and so does
 * not translate it: a benchmark named after what it tests ({@code 요약 작업(XSum)에서 18.6%}), a variant
 * or a member of a family named just before ({@code 응답 재작성(OpenCharacter-R)}, {@code 텍스트
 * 프롬프트(IPV-TXT)}), a name made of capitals and a word ({@code 캐싱(G-cache)}). For {@link GlossFinder}
 * after a Korean head; every look back is bounded (400 chars), so the finder stays linear.
 */
final class NamedThings {

    private NamedThings() {}

    /**
     * {@code IPV-BENCH … 텍스트 프롬프트(IPV-TXT)}: an acronym of two parts whose first part starts a
     * name written in the 400 chars before the group (a bound that keeps the finder linear) names a
     * member of that family, not the Korean term.
     */
    static boolean namesAMemberOfAFamily(String text, int before, String acronym) {
        int hyphen = acronym.indexOf('-');
        if (hyphen < 2) {
            return false;
        }
        String family = acronym.substring(0, hyphen + 1);
        for (int at = text.indexOf(family, Math.max(0, before - 400)); at >= 0 && at < before;
                at = text.indexOf(family, at + 1)) {
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && !text.startsWith(acronym, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 요약 작업(XSum)에서 18.6%}, {@code 제어(ALFWorld) 벤치마크}: a name of one word
     * ({@link NameShapes#isOneWordName}) after Korean words that are not spelled from English, where
     * the text then gives a score on it or calls it a benchmark, and no listed word of the term renders
     * a part of it. The Korean says what the benchmark tests; the name is not its translation
     * ({@code 헬라스웨그(HellaSwag)에서 85%} spells the name). The group holds one word, so the first
     * {@code )} after the term closes it.
     */
    static boolean namesABenchmark(String text, TermSpan.Range term, String phrase) {
        if (!NameShapes.isOneWordName(phrase)) {
            return false; // most translations: the group is not read again
        }
        int after = text.indexOf(')', term.end());
        if (after < 0 || !scoredOrBenchmark(text, after + 1)) {
            return false;
        }
        return !spellsAWord(text, term) && !Lexicon.rendersAny(text, term.start(), term.end(), phrase);
    }

    /** Whether a word of the term (words end at spaces) is spelled from English: then it may spell the name. */
    private static boolean spellsAWord(String text, TermSpan.Range term) {
        for (int start = term.start(), end; start < term.end(); start = end + 1) {
            end = start;
            while (end < term.end() && text.charAt(end) != ' ') {
                end++;
            }
            if (Transliteration.isSpelledFromEnglish(text, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text at {@code at} gives a score ({@code 에서 18.6%}, {@code 에서 각각 63.6%}) or says "benchmark". */
    private static boolean scoredOrBenchmark(String text, int at) {
        if (text.startsWith(" 벤치마크", at)) {
            return true;
        }
        if (!text.startsWith("에서", at)) {
            return false;
        }
        int i = at + 2;
        if (i < text.length() && (text.charAt(i) == '는' || text.charAt(i) == '도')) {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (text.startsWith("각각 ", i) || text.startsWith("약 ", i)) {
            i = text.indexOf(' ', i) + 1;
        }
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /**
     * {@code OpenCharacter는 … 응답 재작성(OpenCharacter-R)과 응답 생성(OpenCharacter-G)}: a name made of a
     * name written in the 400 chars before the term (a bound that keeps the finder linear), a hyphen
     * and a short suffix names a variant of that thing; the Korean says what the variant does. Not
     * when the term spells or writes the name ({@code 디코더 전용(Decoder-Only)}, {@code IDK 튜닝(IDK-tuning)}).
     */
    static boolean namesAVariant(String text, TermSpan.Range term, String phrase) {
        int hyphen = phrase.lastIndexOf('-');
        if (hyphen < 3 || phrase.length() - hyphen - 1 > 6 || phrase.indexOf(' ') >= 0 || phrase.indexOf('-') != hyphen) {
            return false; // most phrases: no family name
        }
        for (int i = term.start(); i < term.end(); i++) {
            char c = text.charAt(i);
            if (!Scripts.isHangulSyllable(c) && c != ' ') {
                return false;
            }
        }
        if (spellsAWord(text, term)) {
            return false;
        }
        String family = phrase.substring(0, hyphen);
        for (int at = text.indexOf(family, Math.max(0, term.start() - 400)); at >= 0 && at < term.start();
                at = text.indexOf(family, at + 1)) {
            int after = at + family.length();
            // OpenCharacter는: a Korean particle may follow the name, a Latin letter, digit or hyphen may not
            if ((at == 0 || !Scripts.isAsciiLetterOrDigit(text.charAt(at - 1)))
                    && (after == text.length() || !Scripts.isAsciiLetterOrDigit(text.charAt(after)) && text.charAt(after) != '-')) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 단계(S-phase)}, {@code 캐싱(G-cache)}, {@code 특정 모델(Q-Align)}: one to three capitals, a hyphen
     * and a word, after a Korean term that renders none of the capitals (the lexicon lists its words and
     * no rendering starts with one): the capitals make a name of the word. {@code 기대 단계(E-step)}
     * renders the E ("expectation") and stays a gloss.
     */
    static boolean namesALetteredThing(String text, TermSpan.Range term, String phrase) {
        int hyphen = phrase.indexOf('-');
        if (hyphen < 1 || hyphen > 3 || hyphen + 2 >= phrase.length()) {
            return false; // most phrases
        }
        // S-phase, Q-Align: capitals, a hyphen, then one word whose letters after the first are lowercase
        // (not an acronym's part: GNN-VAE)
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            boolean capital = c >= 'A' && c <= 'Z';
            boolean fits = i < hyphen ? capital
                    : i == hyphen || (i == hyphen + 1 ? capital || c >= 'a' && c <= 'z' : c >= 'a' && c <= 'z');
            if (!fits) {
                return false;
            }
        }
        for (int i = term.start(); i < term.end(); i++) {
            if (text.charAt(i) < 0x80 && Character.isLetter(text.charAt(i))) {
                return false; // K-평균(K-means): the term writes the capital
            }
        }
        return Lexicon.lacksInitial(text, term.start(), term.end(), phrase.substring(0, hyphen));
    }
}
