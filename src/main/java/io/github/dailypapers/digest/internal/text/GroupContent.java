package io.github.dailypapers.digest.internal.text;

import java.util.Locale;
import java.util.Set;

/**
 * What the inside of a parenthesised group is: an English phrase, an acronym, an expansion with
 * its acronym, a Korean phrase — or not a gloss at all (an enumerator, an example, a number, a
 * remark, a list).
 */
final class GroupContent {

    enum Type { NOT_GLOSS, ENGLISH_PHRASE, ACRONYM, EXPANSION_AND_ACRONYM, KOREAN_PHRASE }

    /** Longest English phrase taken as a gloss; longer ones are remarks. */
    private static final int MAX_ENGLISH_WORDS = 10;
    /** Longest Korean phrase taken as a gloss. */
    private static final int MAX_KOREAN_WORDS = 6;

    private static final Set<String> EXAMPLE_MARKERS = Set.of("예:", "예)", "예를", "예시:", "e.g.", "e.g.,", "eg.",
            "i.e.", "i.e.,", "cf.", "ex.", "ex)", "ex:", "참고:", "즉", "see", "출처:", "단,");

    final Type type;
    /** The phrase (English or Korean), or the expansion; null for a bare acronym. */
    final String phrase;
    /** The acronym, if the group has one. */
    final String acronym;

    private GroupContent(Type type, String phrase, String acronym) {
        this.type = type;
        this.phrase = phrase;
        this.acronym = acronym;
    }

    static final GroupContent NOT_GLOSS = new GroupContent(Type.NOT_GLOSS, null, null);

    static GroupContent classify(String raw) {
        String content = raw.strip();
        if (content.isEmpty() || content.length() > 300) {
            return NOT_GLOSS;
        }
        String firstWord = firstWord(content);
        if (EXAMPLE_MARKERS.contains(firstWord.toLowerCase(Locale.ROOT)) || content.startsWith("예:")
                || content.startsWith("예 :") || content.startsWith("e.g")) {
            return NOT_GLOSS;
        }
        boolean hangul = false;
        boolean latin = false;
        int latinRun = 0;
        int longestLatinRun = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            if (Scripts.isHangul(cp)) {
                hangul = true;
                latinRun = 0;
            } else if (Scripts.isLatin(cp)) {
                latin = true;
                longestLatinRun = Math.max(longestLatinRun, ++latinRun);
            } else {
                latinRun = 0;
                // Numbers, percentages, arrows and sentence punctuation make a remark.
                if (":=→%<>|".indexOf(cp) >= 0 || cp == '…') {
                    return NOT_GLOSS;
                }
            }
            i += Character.charCount(cp);
        }
        if (hangul && latin) {
            return NOT_GLOSS;
        }
        if (hangul) {
            return koreanPhrase(content);
        }
        if (longestLatinRun < 2) {
            // Enumerators (1), (a), (v2), numbers (2024), (7B).
            return NOT_GLOSS;
        }
        if (isRomanNumeral(content)) {
            return NOT_GLOSS;
        }
        return english(content);
    }

    private static GroupContent koreanPhrase(String content) {
        if (words(content) > MAX_KOREAN_WORDS || content.endsWith("다") || content.endsWith(".")
                || content.length() == 1 || content.contains(",")) {
            return NOT_GLOSS;
        }
        return new GroupContent(Type.KOREAN_PHRASE, content, null);
    }

    private static GroupContent english(String content) {
        int semicolon = content.indexOf(';');
        if (semicolon >= 0) {
            return pair(content.substring(0, semicolon).strip(), content.substring(semicolon + 1).strip());
        }
        int comma = content.indexOf(", ");
        if (comma >= 0) {
            if (content.indexOf(", ", comma + 2) >= 0) {
                return NOT_GLOSS; // a list of three or more: examples, not a gloss
            }
            GroupContent pair = pair(content.substring(0, comma).strip(), content.substring(comma + 2).strip());
            return pair.type == Type.EXPANSION_AND_ACRONYM ? pair : NOT_GLOSS;
        }
        if (Acronyms.isAcronym(content)) {
            return new GroupContent(Type.ACRONYM, null, content);
        }
        if (words(content) > MAX_ENGLISH_WORDS || content.endsWith(".")) {
            return NOT_GLOSS;
        }
        return new GroupContent(Type.ENGLISH_PHRASE, content, null);
    }

    /** "Expansion; ACRONYM", "ACRONYM; Expansion" or the same with a comma. */
    private static GroupContent pair(String first, String second) {
        boolean firstIsAcronym = Acronyms.isAcronym(first);
        boolean secondIsAcronym = Acronyms.isAcronym(second);
        if (secondIsAcronym && !firstIsAcronym && isEnglishPhrase(first)) {
            return new GroupContent(Type.EXPANSION_AND_ACRONYM, first, second);
        }
        if (firstIsAcronym && !secondIsAcronym && isEnglishPhrase(second)) {
            return new GroupContent(Type.EXPANSION_AND_ACRONYM, second, first);
        }
        return NOT_GLOSS;
    }

    private static boolean isEnglishPhrase(String s) {
        return !s.isEmpty() && words(s) <= MAX_ENGLISH_WORDS && hasLatin(s);
    }

    private static boolean hasLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Scripts.isLatin(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static int words(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static boolean isRomanNumeral(String s) {
        if (s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("ivxlIVXL".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
