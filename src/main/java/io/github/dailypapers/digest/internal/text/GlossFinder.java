package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.GlossKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the glosses of a text: parenthesised groups that translate, abbreviate or expand the
 * term before them. A group that holds another group is never a gloss itself; the groups inside
 * it are considered on their own. That keeps the search linear in the text: only groups without
 * nested groups have their content read, and every term scan is bounded.
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
            if (!group.hasChildren()) {
                match(text, group, glosses);
            }
        }
        return glosses;
    }

    /** Adds the glosses of one group: usually one or none, several for a list. */
    private static void match(String text, ParenGroups.Group group, List<GlossMatch> glosses) {
        int headEnd = group.start();
        if (headEnd > 0 && text.charAt(headEnd - 1) == ' ') {
            headEnd--;
        }
        if (headEnd == 0) {
            return;
        }
        int before = text.codePointBefore(headEnd);
        boolean quoted = isClosingQuote(before);
        if (!quoted && !Scripts.isHangul(before) && !Scripts.isLatin(before) && !Character.isDigit(before)) {
            return; // no term can end here ("…, (1)"): the content need not be read
        }
        GroupContent content = GroupContent.classify(text.substring(group.start() + 1, group.end() - 1));
        if (content.type == GroupContent.Type.NOT_GLOSS) {
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
            match = english(text, group, headEnd, content);
        }
        if (match != null) {
            glosses.add(quotedTerm(text, group, headEnd, match));
        }
    }

    /**
     * {@code '버블 정렬(bubble sort)'}: a term and its group quoted together. The quotes mark the
     * term exactly, so it is what they hold before the group, whatever the count says.
     */
    private static GlossMatch quotedTerm(String text, ParenGroups.Group group, int headEnd, GlossMatch match) {
        if (match.kind() == GlossKind.EXPANSION || group.end() >= text.length()
                || !isClosingQuote(text.charAt(group.end()))) {
            return match;
        }
        int open = openingQuote(text, group.end());
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

    /** A Korean head: the group translates or abbreviates it. */
    private static GlossMatch korean(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        switch (content.type) {
            case ENGLISH_PHRASE:
            case EXPANSION_AND_ACRONYM: {
                TermHint hint = TermHint.ofEnglish(content.phrase);
                if (Categories.isUntranslatedHead(text, headEnd, content.phrase)) {
                    hint = hint.withOneMoreWord(); // 지연 시간(latency): the English has no word for 시간
                }
                TermSpan.Range term = TermSpan.korean(text, headEnd, hint);
                if (term != null && content.acronym != null
                        && Categories.namesAnInstance(text, term, content.phrase, true)) {
                    return null; // 지표(FID, Fréchet Inception Distance): the metric's name, not a translation
                }
                if (term != null && content.acronym == null
                        && (Categories.namesAnInstance(text, term, content.phrase, false)
                                || Categories.namesACategory(text, term, content.phrase)
                                || Transliteration.spellsAnotherWord(text, Categories.lastWordStart(text, term), term.end(),
                                        content.phrase))) {
                    return null;
                }
                return glossOf(text, term, group, content.phrase, content.acronym, GlossKind.TRANSLATION);
            }
            case ACRONYM: {
                TermSpan.Range term = TermSpan.korean(text, headEnd, TermHint.ofAcronym(content.acronym));
                if (term != null && Categories.acronymNamesAnInstance(text, term, content.acronym)) {
                    return null;
                }
                return glossOf(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            }
            default:
                return null;
        }
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
            found[k] = glossOf(text, term, group, items.get(k), null, GlossKind.TRANSLATION);
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

    /** A Latin head: an acronym expanded, English words abbreviated, or translated into Korean. */
    private static GlossMatch english(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        TermSpan.Range headWord = TermSpan.english(text, headEnd, 1);
        if (headWord == null) {
            return null;
        }
        String head = text.substring(headWord.start(), headWord.end());
        boolean headIsAcronym = Acronyms.isAcronym(head);
        if (content.phrase != null && GroupContent.isCategory(content.phrase, headIsAcronym ? Acronyms.letters(head) : 0)) {
            return null;
        }
        switch (content.type) {
            case ACRONYM: {
                if (headIsAcronym) {
                    return null;
                }
                TermSpan.Range term = englishTermOfAcronym(text, headEnd, content.acronym);
                // Eagle (RWKV-5): one name after another, not an abbreviation of it.
                return term == null || !GroupContent.fits(content.acronym, text.substring(term.start(), term.end())) ? null
                        : glossOf(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            }
            case NAME_LIST:
            case ENGLISH_LIST:
                // CRUD(Create, Read, Update, Delete): the items' initials spell the acronym.
                return (headIsAcronym || isAcronymPart(head)) && initialsSpell(content.items, head)
                        ? glossOf(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
            case ENGLISH_PHRASE:
                if (!headIsAcronym) {
                    if (Character.isLowerCase(head.charAt(0)) && headWord.start() > 1
                            && text.charAt(headWord.start() - 1) == ' ' && Scripts.isHangul(text.charAt(headWord.start() - 2))) {
                        // 무한 n-gram(infty-gram): a Korean term that ends in a lowercase Latin word.
                        TermSpan.Range term = TermSpan.korean(text, headEnd, TermHint.ofEnglish(content.phrase));
                        if (term != null && term.start() == headWord.start()) {
                            int wordStart = headWord.start() - 1;
                            while (wordStart > 0 && Scripts.isHangul(text.charAt(wordStart - 1))) {
                                wordStart--;
                            }
                            term = new TermSpan.Range(wordStart, term.end());
                        }
                        return glossOf(text, term, group, content.phrase, null, GlossKind.TRANSLATION);
                    }
                    if (isAcronymPart(head) && GroupContent.fits(lastPart(head), content.phrase)
                            || GroupContent.isName(head) && initialsFollow(head, content.phrase)) {
                        // Drama-MOE(Mixture of Experts), StarPO(State-… Policy Optimization)
                        return glossOf(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
                    }
                    return GroupContent.isName(content.phrase) ? nameAbbreviation(text, group, headEnd, content.phrase)
                            : null;
                }
                if (endsWithWord(content.phrase, head)) {
                    // 코퍼스 구축 WG(Corpus Building WG): a Korean term that ends in the acronym.
                    TermSpan.Range term = TermSpan.korean(text, headEnd, TermHint.ofEnglish(content.phrase));
                    return term == null || term.start() == headWord.start() ? null
                            : glossOf(text, term, group, content.phrase, null, GlossKind.TRANSLATION);
                }
                return GroupContent.fits(head, content.phrase) && !containsWord(content.phrase, head)
                        && !isOneWordThatCannotExpand(content.phrase, head)
                        ? glossOf(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
            case MIXED_PHRASE:
                return headIsAcronym && GroupContent.fits(head, content.phrase)
                        ? glossOf(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
            case KOREAN_PHRASE: {
                if (hasNumberNotInHead(content.phrase, head)) {
                    return null; // Transformer(2017년 제안), PyTorch(버전 2.0): a remark; 3D(3차원) is a gloss
                }
                if (headIsAcronym) {
                    return glossOf(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
                }
                int koreanWords = GroupContent.words(content.phrase);
                TermSpan.Range term = TermSpan.english(text, headEnd, koreanWords);
                if (term != null && Categories.namesTheKindOf(text.substring(term.start(), term.end()), content.phrase)) {
                    return null; // Mamba(상태 공간 모델): what kind of thing the name is, not a translation
                }
                return glossOf(text, term, group, content.phrase, null, GlossKind.REVERSE_TRANSLATION);
            }
            default:
                return null;
        }
    }

    /**
     * {@code Token Merging (ToMe)}, {@code Diffusion Vision Transformers (DiffiT)}: a name that
     * abbreviates the English words before it. At least two of its capitals must start those
     * words, in order; the term has as many words as the name has capitals, or reaches back to
     * the word its first capital starts.
     */
    private static GlossMatch nameAbbreviation(String text, ParenGroups.Group group, int headEnd, String name) {
        String capitals = Acronyms.capitals(name);
        if (capitals.length() < 2) {
            return null;
        }
        int[] starts = TermSpan.latinWordStarts(text, headEnd, 8);
        int next = capitals.length() - 1;
        int matched = 0;
        int reach = -1;
        for (int j = 0; j < starts.length && next >= 0; j++) {
            // A capital may be skipped (ConvAEs: Conv, AE): the word takes the nearest one left of the last taken.
            int found = capitals.lastIndexOf(String.valueOf(Character.toUpperCase(text.charAt(starts[j]))), next);
            if (found >= 0) {
                next = found - 1;
                matched++;
                reach = j;
            }
        }
        if (matched < 2) {
            return null;
        }
        int words = Math.max(reach + 1, Math.min(capitals.length(), starts.length));
        return glossOf(text, new TermSpan.Range(starts[words - 1], headEnd), group, null, name, GlossKind.ABBREVIATION);
    }

    /**
     * The English words an acronym abbreviates: back from the group while the words' initials (and
     * their hyphen parts') spell the acronym's capitals from its end
     * ({@code Additive Quantization with Learned Multi-Codebooks (AQLM)}); when they do not, as many
     * words as the acronym has letters.
     */
    private static TermSpan.Range englishTermOfAcronym(String text, int headEnd, String acronym) {
        String capitals = Acronyms.capitals(acronym);
        int[] starts = TermSpan.latinWordStarts(text, headEnd, 12);
        int next = capitals.length() - 1;
        int end = headEnd;
        for (int j = 0; j < starts.length && next >= 0; j++) {
            // The word without the spaces around it, read in place: this runs for every acronym.
            int from = starts[j];
            int to = j == 0 ? headEnd : end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            end = starts[j];
            if (TermHint.functionWord(text, from, to) != 0) {
                continue;
            }
            boolean matched = false;
            // Its hyphen parts, the last first; empty parts spell nothing.
            int partEnd = to;
            for (int k = to - 1; k >= from - 1 && next >= 0; k--) {
                if (k < from || text.charAt(k) == '-') {
                    if (k + 1 < partEnd && Character.toUpperCase(text.charAt(k + 1)) == capitals.charAt(next)) {
                        next--;
                        matched = true;
                    }
                    partEnd = k;
                }
            }
            if (!matched) {
                break;
            }
            if (next < 0) {
                return new TermSpan.Range(starts[j], headEnd);
            }
        }
        return TermSpan.english(text, headEnd, Acronyms.letters(acronym));
    }

    /**
     * {@code GPT-4o(OpenAI)}: one word, without hyphen parts, cannot expand an acronym of two
     * letters or more, unless its capitals are the acronym's ({@code OAI(OpenAI)}); the group
     * names something else, here who made it.
     */
    private static boolean isOneWordThatCannotExpand(String phrase, String acronym) {
        if (phrase.indexOf(' ') >= 0 || phrase.indexOf('-') >= 0 || Acronyms.letters(acronym) < 2) {
            return false;
        }
        return !Acronyms.capitals(phrase).equals(Acronyms.capitals(acronym));
    }

    /** Whether a Korean phrase holds a digit that the English head before it does not. */
    private static boolean hasNumberNotInHead(String phrase, String head) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c >= '0' && c <= '9' && head.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code Drama-MOE}: a name whose last hyphen part is an acronym. */
    private static boolean isAcronymPart(String head) {
        int hyphen = head.lastIndexOf('-');
        return hyphen > 0 && Acronyms.isAcronym(head.substring(hyphen + 1));
    }

    private static String lastPart(String head) {
        return head.substring(head.lastIndexOf('-') + 1);
    }

    /** Whether the capitals of a name start words of a phrase, in order, all but one at most, two at least. */
    private static boolean initialsFollow(String name, String phrase) {
        String initials = Acronyms.initials(phrase);
        int capitals = Acronyms.capitals(name).length();
        int matched = Acronyms.capitalsSpelled(name, initials);
        return matched >= 2 && matched >= capitals - 1 && initials.length() > 0 && initials.charAt(0) == name.charAt(0);
    }

    /** Whether the first letters of a list's items appear, in order, among an acronym's capitals. */
    private static boolean initialsSpell(java.util.List<String> items, String acronym) {
        String capitals = acronym.toUpperCase(java.util.Locale.ROOT);
        int at = 0;
        for (String item : items) {
            int found = capitals.indexOf(Character.toUpperCase(item.charAt(0)), at);
            if (found < 0) {
                return false;
            }
            at = found + 1;
        }
        return Character.toUpperCase(items.get(0).charAt(0)) == capitals.charAt(0);
    }

    private static boolean endsWithWord(String phrase, String word) {
        return phrase.length() > word.length() + 1 && phrase.endsWith(word) && phrase.charAt(phrase.length() - word.length() - 1) == ' ';
    }

    /** Whether a word is one of the phrase's words or hyphen parts. */
    private static boolean containsWord(String phrase, String word) {
        for (int at = phrase.indexOf(word); at >= 0; at = phrase.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || phrase.charAt(at - 1) == ' ' || phrase.charAt(at - 1) == '-')
                    && (end == phrase.length() || phrase.charAt(end) == ' ' || phrase.charAt(end) == '-')) {
                return true;
            }
        }
        return false;
    }

    /** {@code '지표'(metric)}: the term is what the quotes hold. */
    private static GlossMatch quoted(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        int close = headEnd - 1;
        int open = openingQuote(text, close);
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
                    return glossOf(text, term, group, content.phrase, content.acronym, GlossKind.TRANSLATION);
                case ACRONYM:
                    return glossOf(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
                default:
                    return null;
            }
        }
        boolean acronym = Acronyms.isAcronym(inside);
        switch (content.type) {
            case ACRONYM:
                return acronym ? null : glossOf(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            case ENGLISH_PHRASE:
                return acronym ? glossOf(text, term, group, content.phrase, inside, GlossKind.EXPANSION) : null;
            case KOREAN_PHRASE:
                return acronym ? glossOf(text, term, group, content.phrase, inside, GlossKind.EXPANSION)
                        : glossOf(text, term, group, content.phrase, null, GlossKind.REVERSE_TRANSLATION);
            default:
                return null;
        }
    }

    private static boolean isClosingQuote(int c) {
        return c == '\'' || c == '"' || c == '’' || c == '”' || c == '»';
    }

    /** The opening quote matching the closing one at {@code close}, on the same line and near. */
    private static int openingQuote(String text, int close) {
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

    private static GlossMatch glossOf(String text, TermSpan.Range term, ParenGroups.Group group, String gloss,
            String acronym, GlossKind kind) {
        if (term == null || term.end() <= term.start()) {
            return null;
        }
        return new GlossMatch(term.start(), term.end(), group.start(), group.end(),
                text.substring(term.start(), term.end()), gloss, acronym, kind);
    }
}
