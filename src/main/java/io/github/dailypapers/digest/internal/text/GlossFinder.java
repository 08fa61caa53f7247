package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.GlossKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds the glosses of a text: parenthesised groups that translate, abbreviate or expand the
 * term before them. A group that holds another group is not a gloss itself, unless the groups in it
 * are parts of a name ({@code (E(3)-equivariant network)}) or its one nested group is an acronym at
 * its end ({@code (Large Language Models (LLMs))}); the groups inside it are considered on their own.
 * That keeps the search linear in the text: a char of a group's content is read for its own group
 * and at most for the one group around it, and every term scan is bounded. What a group holds is
 * {@link GroupContent}'s answer; after a Korean head this class decides, after a Latin head
 * {@link EnglishHeads}.
 */
public final class GlossFinder {

    private GlossFinder() {}

    /**
     * The glosses of a text, in order of appearance.
     *
     * @param text any text
     * @return the glosses found
     */
    public static List<GlossMatch> find(String text) {
        List<ParenGroups.Group> groups = ParenGroups.find(text);
        if (groups.isEmpty()) {
            return List.of(); // most sections of real digests
        }
        List<GlossMatch> glosses = new ArrayList<>(groups.size());
        for (int i = 0, n = groups.size(); i < n; i++) {
            ParenGroups.Group group = groups.get(i);
            int parts;
            if (!group.hasChildren()) {
                match(text, group, null, glosses);
            } else if ((parts = nameParts(text, groups, i)) > 0) {
                // 등변 신경망(E(3)-equivariant network): the nested groups belong to a name, read as text
                match(text, group, null, glosses);
                i += parts;
            } else if (i + 1 < n && endsWithAcronymGroup(text, group, groups.get(i + 1), i + 2 < n ? groups.get(i + 2) : null)) {
                // (Quantization-Aware Training (QAT)): read as (Quantization-Aware Training, QAT)
                ParenGroups.Group inner = groups.get(i + 1);
                int found = glosses.size();
                match(text, group, text.substring(group.start() + 1, inner.start()).strip() + ", "
                        + text.substring(inner.start() + 1, inner.end() - 1), glosses);
                if (glosses.size() > found) {
                    i++; // the inner group is part of the gloss
                }
            }
        }
        return glosses;
    }

    /**
     * How many groups are nested in group {@code i} when every one of them is part of a name: glued
     * to a Latin letter before it, one letter or up to three digits, nothing nested ({@code E(3)},
     * {@code SO(3)}, {@code O(n)}); 0 otherwise.
     */
    private static int nameParts(String text, List<ParenGroups.Group> groups, int i) {
        ParenGroups.Group group = groups.get(i);
        int count = 0;
        for (int j = i + 1; j < groups.size() && groups.get(j).start() < group.end(); j++) {
            ParenGroups.Group inner = groups.get(j);
            int length = inner.end() - inner.start() - 2;
            char before = text.charAt(inner.start() - 1);
            if (inner.hasChildren() || length < 1 || length > 3 || !(before >= 'A' && before <= 'Z' || before >= 'a' && before <= 'z')) {
                return 0;
            }
            for (int k = inner.start() + 1; k < inner.end() - 1; k++) {
                char c = text.charAt(k);
                if (!(c >= '0' && c <= '9' || length == 1 && Character.isLetter(c))) {
                    return 0;
                }
            }
            count++;
        }
        return count;
    }

    /**
     * Whether a group's only nested group is the last thing in it and holds one acronym, with
     * English before it: {@code (Multimodal Large Language Models (MLLMs))}.
     */
    private static boolean endsWithAcronymGroup(String text, ParenGroups.Group group, ParenGroups.Group inner,
            ParenGroups.Group next) {
        if (inner.hasChildren() || inner.end() != group.end() - 1 || next != null && next.start() < group.end()
                || inner.start() - group.start() < 3 || text.charAt(inner.start() - 1) != ' ') {
            return false;
        }
        return Acronyms.isAcronym(text, inner.start() + 1, inner.end() - 1);
    }

    /**
     * Adds the glosses of one group: usually one or none, several for a list.
     *
     * @param given what the group holds, or null for its text (read only if a term can end before it)
     */
    private static void match(String text, ParenGroups.Group group, String given, List<GlossMatch> glosses) {
        int headEnd = group.start();
        if (headEnd > 0 && text.charAt(headEnd - 1) == ' ') {
            headEnd--;
        }
        if (headEnd == 0) {
            return;
        }
        int before = text.codePointBefore(headEnd);
        boolean quoted = TermSpan.isClosingQuote(before);
        if (!quoted && !Scripts.isHangul(before) && !Scripts.isLatin(before) && !Character.isDigit(before)) {
            return; // no term can end here ("…, (1)"): the content need not be read
        }
        if (group.end() < text.length() && (text.charAt(group.end()) == '^' || text.charAt(group.end()) == '_')) {
            return; // (IA)^3: part of a formula
        }
        String inside = given != null ? given : text.substring(group.start() + 1, group.end() - 1);
        if (inside.length() >= 2 && text.startsWith(inside, headEnd - inside.length())
                && (headEnd == inside.length() || !Character.isLetterOrDigit(text.charAt(headEnd - inside.length() - 1)))) {
            return; // DocLayout-YOLO(DocLayout-YOLO): the group repeats its head
        }
        if (inside.length() == 1 && inside.charAt(0) >= 'A' && inside.charAt(0) <= 'Z') {
            GlossMatch match = Scripts.isLatin(before) ? initialOf(text, group, headEnd, inside)
                    : Scripts.isHangul(before) ? quotedInitialOf(text, group, headEnd, inside) : null;
            if (match != null) {
                glosses.add(quotedTerm(text, group, headEnd, match));
            }
            return;
        }
        GroupContent content = GroupContent.classify(inside);
        if (content.type == GroupContent.Type.NOT_GLOSS) {
            GlossMatch spelled = (Scripts.isLatin(before) || Character.isDigit(before)) && NameShapes.isPlainName(inside)
                    ? spelledName(text, group, headEnd, inside) : null;
            if (spelled != null) {
                glosses.add(spelled); // 웹비드-10M(WebVid-10M): a name with a version, spelled
            }
            return;
        }
        GlossMatch match = null;
        if (quoted) {
            match = quoted(text, group, headEnd, content);
        } else if (Scripts.isHangul(before)) {
            if (content.type == GroupContent.Type.ENGLISH_LIST) {
                list(text, group, headEnd, content, glosses);
                return;
            }
            match = korean(text, group, headEnd, content);
        } else if (Scripts.isLatin(before) || Character.isDigit(before)) {
            String english = content.type == GroupContent.Type.ENGLISH_PHRASE ? content.phrase
                    : content.type == GroupContent.Type.ACRONYM ? content.acronym : null;
            match = english == null ? null : spelledName(text, group, headEnd, english);
            if (match == null) {
                match = EnglishHeads.match(text, group, headEnd, content);
            }
        }
        if (match != null) {
            glosses.add(quotedTerm(text, group, headEnd, match));
        }
    }

    /**
     * {@code 'Think(T)'}, {@code Zoom (Z)}: one capital letter after a word of letters that starts
     * with it, and has a lowercase letter (not an acronym, not {@code Model-4(V)} or {@code SO(3)}).
     */
    private static GlossMatch initialOf(String text, ParenGroups.Group group, int headEnd, String letter) {
        TermSpan.Range word = TermSpan.english(text, headEnd, 1);
        if (word == null || word.end() - word.start() < 2 || text.charAt(word.start()) != letter.charAt(0)) {
            return null;
        }
        for (int i = word.start() + 1; i < word.end(); i++) {
            char c = text.charAt(i);
            if ((c < 'a' || c > 'z') && !(c == '-' && i + 1 < word.end() && i > word.start() + 1)) {
                return null; // 'Zero-shot(Z)' is an initial too; Model-4(V) is not
            }
        }
        return GlossMatch.of(text, word, group, null, letter, GlossKind.ABBREVIATION);
    }

    /**
     * {@code '차량(V)'}: one capital letter after a Korean word, the two quoted together; the quotes
     * mark an item and its short name ({@code (V)} alone after Korean names a variable).
     */
    private static GlossMatch quotedInitialOf(String text, ParenGroups.Group group, int headEnd, String letter) {
        if (headEnd != group.start() || group.end() >= text.length() || !TermSpan.isClosingQuote(text.charAt(group.end()))) {
            return null;
        }
        int open = TermSpan.openingQuote(text, group.end());
        if (open < 0 || headEnd - open - 1 > 12) {
            return null;
        }
        for (int i = open + 1; i < headEnd; i++) {
            if (!Scripts.isHangul(text.charAt(i)) && text.charAt(i) != ' ') {
                return null;
            }
        }
        return GlossMatch.of(text, new TermSpan.Range(open + 1, headEnd), group, null, letter, GlossKind.ABBREVIATION);
    }

    /**
     * {@code '버블 정렬(bubble sort)'}: a term and its group quoted together. The quotes mark the
     * term exactly, so it is what they hold before the group, whatever the count says.
     */
    private static GlossMatch quotedTerm(String text, ParenGroups.Group group, int headEnd, GlossMatch match) {
        if (match.kind() == GlossKind.EXPANSION || group.end() >= text.length()
                || !TermSpan.isClosingQuote(text.charAt(group.end()))) {
            return match;
        }
        int open = TermSpan.openingQuote(text, group.end());
        if (open < 0 || open >= match.termStart() || open + 1 >= headEnd) {
            return match;
        }
        for (int i = open + 1; i < headEnd; i++) {
            if (",.;:()[]\"'‘’“”".indexOf(text.charAt(i)) >= 0) {
                return match;
            }
        }
        String term = text.substring(open + 1, headEnd);
        if (GroupContent.words(term) > 6 || Character.isWhitespace(term.charAt(0))) {
            return match;
        }
        return new GlossMatch(open + 1, headEnd, match.groupStart(), match.groupEnd(), term, match.gloss(),
                match.acronym(), match.kind());
    }

    /**
     * {@code 웹비드-10M(WebVid-10M)}, {@code 라마2(LLaMA2)}: a name spelled in Hangul that keeps the
     * Latin letters and digits of its English name ({@link NameShapes#spelledNameStart}) translates it.
     */
    private static GlossMatch spelledName(String text, ParenGroups.Group group, int headEnd, String english) {
        int start = NameShapes.spelledNameStart(text, headEnd, english);
        return start < 0 ? null
                : GlossMatch.of(text, new TermSpan.Range(start, headEnd), group, english, null, GlossKind.TRANSLATION);
    }

    /** A Korean head: the group translates or abbreviates it. */
    private static GlossMatch korean(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        switch (content.type) {
            case ENGLISH_PHRASE:
                if (NameShapes.endsWithGreekSymbol(content.phrase) && !NameShapes.endsWithGreekLetterName(text, headEnd)
                        && !Transliteration.spellsNameBefore(text, headEnd, content.phrase)) {
                    // 일치도(Cohen's κ): the coefficient's name, unless the Korean spells it (코헨의 카파, 스피어만 상관계수)
                    return null;
                }
                if (NameShapes.hasProductCode(content.phrase)) {
                    return null; // 휴머노이드 로봇(Unitree H1): a product's name, not a translation
                }
                if (content.phrase.contains(" + ")) {
                    return null; // 하이브리드 학생(Mamba + attention): what it is made of (ReAct(Reasoning + Acting) expands a name)
                }
                if (NameShapes.isWordAndAcronym(content.phrase)) {
                    // 비디오 대형 언어 모델(Video-LLMs): a word, then an acronym's letters
                    String acronym = content.phrase.substring(content.phrase.lastIndexOf('-') + 1);
                    TermSpan.Range term = TermSpan.korean(text, headEnd, TermHint.ofAcronym(acronym).withOneMoreWord());
                    return GlossMatch.of(text, term, group, null, content.phrase, GlossKind.ABBREVIATION);
                }
                return translation(text, group, headEnd, content);
            case EXPANSION_AND_ACRONYM:
                return translation(text, group, headEnd, content);
            case ACRONYM: {
                boolean large = meansLarge(content.acronym);
                // 대형 언어 모델(LLMs): "Large" is a Korean word only if the text has one (below), so the
                // count leaves it out (최신 언어 모델(LLMs) gives 언어 모델)
                TermHint hint = TermHint.ofAcronym(content.acronym);
                if (large) {
                    hint = hint.withMoreWords(-1);
                }
                TermSpan.Range term = TermSpan.korean(text, headEnd, hint);
                if (term != null && isDimension(content.acronym)) {
                    term = withDimension(text, term);
                }
                if (term != null && isMixedCaseName(content.acronym)
                        && Lexicon.lacksInitial(text, term.start(), term.end(), Acronyms.capitals(content.acronym))) {
                    // 최적화(DiLoCo): a name none of whose capitals the term's words render, named after a description
                    return null;
                }
                if (term != null && (Categories.acronymNamesAnInstance(text, term, content.acronym)
                        || NamedThings.namesAMemberOfAFamily(text, group.start(), content.acronym)
                        || isNumberedName(content.acronym) && !GroupContent.hasDigit(text.substring(term.start(), term.end()))
                        || isDimension(content.acronym) && !saysDimension(text, term.start(), term.end()))) {
                    return null; // 다국어 말뭉치(FLORES-200): a numbered name, not an abbreviation
                }
                if (term != null && large) {
                    term = TermSpan.withLeading(text, term, headEnd, TermSpan.LARGE);
                }
                return GlossMatch.of(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            }
            default:
                return null;
        }
    }

    /**
     * Whether the phrase's first word (two chars or more, not a function word) is written in the
     * text at most 40 chars before the term: only then can the term reach back to it. A cheap test
     * first, as it is asked for every translation.
     */
    private static boolean writtenBefore(String text, TermSpan.Range term, String phrase) {
        char first = phrase.charAt(0);
        if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return false;
        }
        int end = GroupContent.firstWordLength(phrase);
        // Only the 40 chars before the term are read: the test stays linear on any text.
        for (int at = term.start() - end - 1, lowest = Math.max(0, term.start() - 40); at >= lowest; at--) {
            if (text.charAt(at) == first && text.regionMatches(at, phrase, 0, end)) {
                return end >= 2 && TermHint.functionWord(phrase, 0, end) == 0;
            }
        }
        return false;
    }

    /** The phrase's first word. */
    private static String firstLatinWord(String phrase) {
        return phrase.substring(0, GroupContent.firstWordLength(phrase));
    }

    private static boolean startsWithLarge(String phrase) {
        char first = phrase.charAt(0);
        return (first == 'L' || first == 'l') && phrase.regionMatches(true, 0, "large ", 0, 6);
    }

    /**
     * {@code DiLoCo}, {@code RoBERTa}, {@code QLoRA}: an acronym with two capitals or more and a lowercase
     * letter other than a plural {@code s}, written like a name rather than like letters.
     */
    private static boolean isMixedCaseName(String acronym) {
        int capitals = 0;
        boolean lower = false;
        for (int i = 0, n = acronym.length(); i < n; i++) {
            char c = acronym.charAt(i);
            capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
            lower |= c >= 'a' && c <= 'z' && !(c == 's' && i == n - 1);
        }
        return lower && capitals >= 2;
    }

    /** {@code LLM}, {@code LLMs}, {@code LMM}, {@code LVLM}: a large … model, by the usual reading of its letters. */
    private static boolean meansLarge(String acronym) {
        if (acronym.isEmpty() || acronym.charAt(0) != 'L') {
            return false; // most acronyms: no copy
        }
        String capitals = Acronyms.capitals(acronym);
        return capitals.length() >= 3 && capitals.charAt(0) == 'L' && "LMV".indexOf(capitals.charAt(1)) >= 0
                && capitals.charAt(capitals.length() - 1) == 'M'; // not LSTM, LDM
    }

    /**
     * {@code 유니그램 언어 모델(Unigram LM)}: an acronym among the English words stands for as many
     * words as it has letters, unless the Korean before the group keeps it ({@code 한국어 LLM
     * 벤치마크(Korean LLM benchmark)}). How many words that adds to the count.
     */
    private static int spelledOutLetters(String text, int headEnd, String phrase) {
        if (!hasTwoCapitalsInARow(phrase)) {
            return 0; // no acronym: the usual phrase, decided in one pass
        }
        int more = 0;
        for (int from = 0, to; from < phrase.length(); from = to + 1) {
            to = phrase.indexOf(' ', from);
            if (to < 0) {
                to = phrase.length();
            }
            if (Acronyms.isAcronym(phrase, from, to)) {
                String acronym = Acronyms.capitals(phrase.substring(from, to));
                if (acronym.length() >= 2 && !writtenNear(text, headEnd, acronym)) {
                    more += acronym.length() - 1;
                }
            }
        }
        return more;
    }

    private static boolean hasTwoCapitalsInARow(String phrase) {
        for (int i = 1; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char before = phrase.charAt(i - 1);
                if (before >= 'A' && before <= 'Z') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} is in the 40 chars of the text before {@code headEnd}. */
    private static boolean writtenNear(String text, int headEnd, String word) {
        for (int at = headEnd - word.length(); at >= 0 && at >= headEnd - 40; at--) {
            if (text.regionMatches(at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 배치 앙상블(BatchEnsemble)}: a name written as one word of capitalised parts stands for
     * as many words, when the Korean word before the group is short (three syllables at most;
     * {@code 플래시어텐션(FlashAttention)} spells the whole name). How many words that adds.
     */
    private static int camelCaseWords(String text, int headEnd, String phrase) {
        if (phrase.indexOf(' ') >= 0 || phrase.indexOf('-') >= 0 || !afterShortKoreanWord(text, headEnd)) {
            return 0;
        }
        return NameShapes.capitalisedParts(phrase) - 1; // SemDeDup: two more; VideoQA: one (an acronym part is one word here)
    }

    /** Whether the text before {@code headEnd} ends in one to three Hangul syllables after a non-Hangul char. */
    private static boolean afterShortKoreanWord(String text, int headEnd) {
        int syllables = 0;
        for (int i = headEnd - 1; i >= 0 && syllables < 4 && Scripts.isHangul(text.charAt(i)); i--) {
            syllables++;
        }
        return syllables >= 1 && syllables <= 3;
    }

    /** A Korean term and its English translation (perhaps with an acronym). */
    private static GlossMatch translation(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        TermSpan.Range term = TermSpan.korean(text, headEnd, hintOf(text, headEnd, content.phrase));
        if (term == null) {
            return null;
        }
        String[][] listed = Lexicon.listedWords(text, term.start(), term.end()); // read once for the lexicon's tests
        if (isNotATranslation(text, term, content, listed)) {
            return null;
        }
        String glued = content.acronym == null && Scripts.isHangulSyllable(text.charAt(headEnd - 1))
                ? NameShapes.gluedAcronym(content.phrase) : null;
        if (glued != null && !Transliteration.spellsNameBefore(text, headEnd, content.phrase)) {
            // 문서 질문 응답(DocQA): the name abbreviates the term, and its acronym counts the words
            // (시그리프(SigLIP) spells the name: a translation)
            TermSpan.Range abbreviated = TermSpan.korean(text, headEnd, TermHint.ofAcronym(glued).withOneMoreWord());
            return GlossMatch.of(text, abbreviated, group, null, content.phrase, GlossKind.ABBREVIATION);
        }
        return GlossMatch.of(text, widened(text, term, headEnd, content, listed), group, content.phrase, content.acronym,
                GlossKind.TRANSLATION);
    }

    /** What an English phrase says about the length of the Korean term before {@code headEnd}. */
    private static TermHint hintOf(String text, int headEnd, String phrase) {
        int camelCaseWords = camelCaseWords(text, headEnd, phrase);
        TermHint hint = TermHint.ofEnglish(phrase).withMoreWords(spelledOutLetters(text, headEnd, phrase) + camelCaseWords);
        // 지연 시간(latency): the English has no word for 시간 (a name of three parts or more, SemDeDup,
        // counts its own words)
        return camelCaseWords < 2 && Categories.isUntranslatedHead(text, headEnd, phrase) ? hint.withOneMoreWord() : hint;
    }

    /** Whether the group names, qualifies or classifies the term instead of translating it. */
    private static boolean isNotATranslation(String text, TermSpan.Range term, GroupContent content, String[][] listed) {
        if (content.acronym != null) {
            // 지표(FID, Fréchet Inception Distance): the metric's name, not a translation
            return Categories.namesAnInstance(text, term, content.phrase, true);
        }
        return NameShapes.isNumberedLabel(content.phrase) && !GroupContent.hasDigit(text.substring(term.start(), term.end()))
                || endsInBasedWithoutBased(text, term, content.phrase)
                || NameShapes.isSlashPair(content.phrase) && !hasSlash(text, term)
                || term.end() - term.start() >= 3 && text.charAt(term.end() - 2) == ' '
                        && KoreanWords.isBoundNoun(text, term.end() - 1, term.end())
                        && !KoreanWords.rendersBoundNoun(text.charAt(term.end() - 1), content.phrase)
                || NameShapes.isCompoundNameAfterShortWord(text, term.start(), term.end(), content.phrase)
                || Categories.namesAnInstance(text, term, content.phrase, false)
                || Categories.namesACategory(text, term, content.phrase)
                || AdjectiveCompounds.describes(text, term, content.phrase)
                || Transliteration.spellsAnotherWord(text, Categories.lastWordStart(text, term), term.end(), content.phrase)
                || Lexicon.rendersNone(text, term.start(), listed, content.phrase)
                || NamedThings.namesABenchmark(text, term, content.phrase)
                || NamedThings.namesAVariant(text, term, content.phrase)
                || NamedThings.namesALetteredThing(text, term, content.phrase);
    }

    /** Whether the term has a slash ({@code 입력/출력}); only the term is read. */
    private static boolean hasSlash(String text, TermSpan.Range term) {
        for (int i = term.start(); i < term.end(); i++) {
            if (text.charAt(i) == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code LLM 기반(G-Eval)}: a term that ends in {@code 기반} ("based") says what something is based on;
     * English without "based" or "base" names that thing instead of translating the term.
     */
    private static boolean endsInBasedWithoutBased(String text, TermSpan.Range term, String phrase) {
        return term.end() - term.start() >= 2 && text.startsWith("기반", term.end() - 2)
                && (term.end() - term.start() == 2 || text.charAt(term.end() - 3) == ' ')
                && !phrase.toLowerCase(Locale.ROOT).contains("base");
    }

    /** The term reaching back to a word for "Large" or to the English's first word, when the text has one. */
    private static TermSpan.Range widened(String text, TermSpan.Range term, int headEnd, GroupContent content,
            String[][] listed) {
        int drop = Lexicon.withoutUnrenderedLead(text, term.start(), term.end(), listed, content.phrase);
        TermSpan.Range wider = term;
        String[][] words = listed;
        if (drop > term.start()) {
            wider = new TermSpan.Range(drop, term.end());
            words = Arrays.copyOfRange(listed, 1, listed.length); // the first word had no hyphen: one entry
        }
        int lead = Lexicon.withRenderedLead(text, wider.start(), words, content.phrase);
        if (lead < wider.start()) {
            wider = new TermSpan.Range(lead, wider.end());
        }
        if (startsWithLarge(content.phrase) || content.acronym != null && meansLarge(content.acronym)) {
            wider = TermSpan.withLeading(text, wider, headEnd, TermSpan.LARGE);
        }
        if (writtenBefore(text, wider, content.phrase)) {
            wider = TermSpan.withLeading(text, wider, headEnd, new String[] {firstLatinWord(content.phrase)});
        }
        return wider;
    }

    /**
     * Several glosses in one group: {@code 밀집 검색 및 재순위화(dense retrieval, reranking)}. The
     * Korean terms must come in the same number, separated by a comma, {@code 및}, {@code 그리고},
     * {@code 또는} or a {@code …와}/{@code …과} ending; otherwise the group lists examples.
     */
    private static void list(String text, ParenGroups.Group group, int headEnd, GroupContent content,
            List<GlossMatch> glosses) {
        List<String> items = content.items;
        GlossMatch[] found = new GlossMatch[items.size()];
        int end = headEnd;
        for (int k = items.size() - 1; k >= 0; k--) {
            if (k < items.size() - 1) {
                end = separatorBefore(text, end);
                if (end < 0) {
                    return;
                }
            }
            TermSpan.Range term = TermSpan.korean(text, end, TermHint.ofEnglish(items.get(k)));
            found[k] = GlossMatch.of(text, term, group, items.get(k), null, GlossKind.TRANSLATION);
            if (found[k] == null) {
                return;
            }
            end = term.start();
        }
        glosses.addAll(List.of(found));
    }

    /** Where the previous term of a list ends, before a separator that precedes {@code at}; -1 if none. */
    private static int separatorBefore(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == at || i == 0) {
            return i > 0 && text.charAt(i - 1) == ',' ? i - 1 : -1;
        }
        if (text.charAt(i - 1) == ',') {
            return i - 1;
        }
        int wordStart = i;
        while (wordStart > 0 && text.charAt(wordStart - 1) != ' ' && text.charAt(wordStart - 1) != '\n') {
            wordStart--;
        }
        String word = text.substring(wordStart, i);
        if (word.equals("및") || word.equals("그리고") || word.equals("또는") || word.equals("혹은")) {
            int end = wordStart;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            return end > 0 && end < wordStart && Scripts.isHangul(text.charAt(end - 1)) ? end : -1;
        }
        char last = word.charAt(word.length() - 1);
        if (word.length() >= 2 && (last == '와' || last == '과') && Scripts.isHangul(word.charAt(word.length() - 2))) {
            return i - 1;
        }
        return -1;
    }

    /**
     * {@code FLORES-200}, {@code Llama-70}, {@code GSM8K}: a name numbered after a hyphen, with a
     * number of two digits or more, or with a count in thousands ({@code 8K}, {@code 1k}) at its end or
     * before a hyphen; {@code T2V} and {@code 3D} are not.
     */
    private static boolean isNumberedName(String acronym) {
        int run = 0;
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 2 || run == 1 && i > 0 && acronym.charAt(i - 1) == '-') {
                    return true;
                }
            } else {
                if (run > 0 && (c == 'K' || c == 'k') && (i + 1 == acronym.length() || acronym.charAt(i + 1) == '-')) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    /** {@code 2D}, {@code 3D}: a number of dimensions. */
    private static boolean isDimension(String acronym) {
        return acronym.length() == 2 && acronym.charAt(0) >= '1' && acronym.charAt(0) <= '9' && acronym.charAt(1) == 'D';
    }

    /**
     * Whether the term says a number of dimensions ({@code 3차원}, {@code 4차원 공간}, {@code 입체}): only
     * then does {@code (3D)} abbreviate it. After other words it says what they are
     * ({@code 텍스트(1D) 생성을 넘어 이미지(2D) 및 비디오(3D)}).
     */
    private static boolean saysDimension(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || text.startsWith("차원", i) || text.startsWith("입체", i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The term with the word just before it when that word says the number of dimensions and the
     * term does not: {@code 4차원 공간(4D)}, where the two letters of {@code 4D} counted one word.
     */
    private static TermSpan.Range withDimension(String text, TermSpan.Range term) {
        if (saysDimension(text, term.start(), term.end()) || term.start() < 2 || text.charAt(term.start() - 1) != ' ') {
            return term;
        }
        int start = term.start() - 1;
        while (start > 0 && (Scripts.isHangul(text.charAt(start - 1)) || Character.isDigit(text.charAt(start - 1)))) {
            start--;
        }
        return start < term.start() - 1 && saysDimension(text, start, term.start() - 1)
                ? new TermSpan.Range(start, term.end()) : term;
    }

    /** {@code '지표'(metric)}: the term is what the quotes hold. */
    private static GlossMatch quoted(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        int close = headEnd - 1;
        int open = TermSpan.openingQuote(text, close);
        if (open < 0 || open + 1 >= close) {
            return null;
        }
        TermSpan.Range term = new TermSpan.Range(open + 1, close);
        String inside = text.substring(open + 1, close);
        boolean korean = false;
        for (int i = 0; i < inside.length() && !korean; i++) {
            korean = Scripts.isHangul(inside.charAt(i)); // Hangul is in the BMP: chars suffice
        }
        if (korean) {
            switch (content.type) {
                case ENGLISH_PHRASE:
                case EXPANSION_AND_ACRONYM:
                    return GlossMatch.of(text, term, group, content.phrase, content.acronym, GlossKind.TRANSLATION);
                case ACRONYM:
                    return GlossMatch.of(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
                default:
                    return null;
            }
        }
        boolean acronym = Acronyms.isAcronym(inside);
        switch (content.type) {
            case ACRONYM:
                return acronym ? null : GlossMatch.of(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            case ENGLISH_PHRASE:
                return acronym ? GlossMatch.of(text, term, group, content.phrase, inside, GlossKind.EXPANSION) : null;
            case KOREAN_PHRASE:
                return acronym ? GlossMatch.of(text, term, group, content.phrase, inside, GlossKind.EXPANSION)
                        : GlossMatch.of(text, term, group, content.phrase, null, GlossKind.REVERSE_TRANSLATION);
            default:
                return null;
        }
    }
}
