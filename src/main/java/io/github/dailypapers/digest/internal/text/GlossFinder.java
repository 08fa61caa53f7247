package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.GlossKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the glosses of a text: parenthesised groups that translate, abbreviate or expand the
 * term before them. The outer group of nested ones decides; groups inside a remark that is not
 * a gloss are considered on their own. Linear in the text: only groups without nested groups
 * have their content read, and every term scan is bounded.
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
        List<GlossMatch> glosses = new ArrayList<>();
        int coveredUntil = -1;
        for (ParenGroups.Group group : ParenGroups.find(text)) {
            if (group.start() < coveredUntil || group.hasChildren()) {
                continue;
            }
            GlossMatch match = match(text, group);
            if (match != null) {
                glosses.add(match);
                coveredUntil = group.end();
            }
        }
        return glosses;
    }

    private static GlossMatch match(String text, ParenGroups.Group group) {
        GroupContent content = GroupContent.classify(text.substring(group.start() + 1, group.end() - 1));
        if (content.type == GroupContent.Type.NOT_GLOSS) {
            return null;
        }
        int headEnd = group.start();
        if (headEnd > 0 && text.charAt(headEnd - 1) == ' ') {
            headEnd--;
        }
        if (headEnd == 0) {
            return null;
        }
        int before = text.codePointBefore(headEnd);
        if (isClosingQuote(before)) {
            return quoted(text, group, headEnd, content);
        }
        if (Scripts.isHangul(before)) {
            return korean(text, group, headEnd, content);
        }
        if (Scripts.isLatin(before) || Character.isDigit(before)) {
            return english(text, group, headEnd, content);
        }
        return null;
    }

    /** A Korean head: the group translates or abbreviates it. */
    private static GlossMatch korean(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        switch (content.type) {
            case ENGLISH_PHRASE:
            case EXPANSION_AND_ACRONYM: {
                TermSpan.Range term = TermSpan.korean(text, headEnd, TermSpan.englishUnits(content.phrase), false);
                return term == null ? null
                        : glossOf(text, term, group, content.phrase, content.acronym, GlossKind.TRANSLATION);
            }
            case ACRONYM: {
                TermSpan.Range term = TermSpan.korean(text, headEnd, Acronyms.letters(content.acronym), true);
                return term == null ? null : glossOf(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            }
            default:
                return null;
        }
    }

    /** A Latin head: an acronym expanded, English words abbreviated, or translated into Korean. */
    private static GlossMatch english(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        TermSpan.Range headWord = TermSpan.english(text, headEnd, 1);
        if (headWord == null) {
            return null;
        }
        String head = text.substring(headWord.start(), headWord.end());
        boolean headIsAcronym = Acronyms.isAcronym(head);
        switch (content.type) {
            case ACRONYM: {
                if (headIsAcronym) {
                    return null;
                }
                TermSpan.Range term = TermSpan.english(text, headEnd, Acronyms.letters(content.acronym));
                return glossOf(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            }
            case ENGLISH_PHRASE:
                return headIsAcronym ? glossOf(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
            case KOREAN_PHRASE: {
                if (headIsAcronym) {
                    return glossOf(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
                }
                int koreanWords = GroupContent.words(content.phrase);
                TermSpan.Range term = TermSpan.english(text, headEnd, koreanWords);
                return glossOf(text, term, group, content.phrase, null, GlossKind.REVERSE_TRANSLATION);
            }
            default:
                return null;
        }
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
