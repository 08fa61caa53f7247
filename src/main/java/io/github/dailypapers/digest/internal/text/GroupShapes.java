package io.github.dailypapers.digest.internal.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shapes of a group's content that make it something other than a gloss, each told from the
 * text alone: a model's size ({@code RM-7B}, {@code Llama 2 7B}), a version ({@code v1.0}), a
 * year ({@code NeurIPS 2023}), a reference to part of a paper ({@code Figure 3}), a comparison
 * ({@code Ours vs. Baseline}), an English remark ({@code per token}, {@code higher is better}),
 * bit widths ({@code W4A8}), a list of sizes ({@code small/base/large}), a command-line option
 * ({@code --bf16}), a Roman numeral; and the numbers they are made of. {@link GroupContent}
 * decides when each is asked.
 */
final class GroupShapes {

    private GroupShapes() {}

    /** An acronym, a hyphen and a size: {@code RM-7B}, {@code LV-2B}, {@code XL-1.5B}. */
    static boolean isSizedModel(String content) {
        int hyphen = content.lastIndexOf('-');
        int n = content.length();
        if (hyphen < 1 || n - hyphen < 3 || "BMK".indexOf(content.charAt(n - 1)) < 0
                || !Acronyms.isAcronym(content, 0, hyphen)) {
            return false;
        }
        for (int i = hyphen + 1; i < n - 1; i++) {
            char c = content.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.')) {
                return false;
            }
        }
        return content.charAt(hyphen + 1) >= '0' && content.charAt(hyphen + 1) <= '9';
    }

    /** Three or more lowercase words joined by slashes: {@code small/base/large}. */
    static boolean isSlashList(String content) {
        int items = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '/') {
                if (i == 0 || i == content.length() - 1 || content.charAt(i - 1) == '/') {
                    return false;
                }
                items++;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return items >= 3;
    }

    /**
     * Two or more groups of one or two capitals and one to three digits, and nothing else:
     * {@code W4A8}, {@code W4A16KV8} (not {@code T2V} or {@code A100}).
     */
    static boolean isBitWidths(String content) {
        int groups = 0;
        int i = 0;
        int n = content.length();
        while (i < n) {
            int letters = 0;
            while (i < n && content.charAt(i) >= 'A' && content.charAt(i) <= 'Z') {
                i++;
                letters++;
            }
            int digits = 0;
            while (i < n && content.charAt(i) >= '0' && content.charAt(i) <= '9') {
                i++;
                digits++;
            }
            if (letters < 1 || letters > 2 || digits < 1 || digits > 3) {
                return false;
            }
            groups++;
        }
        return groups >= 2;
    }

    /** {@code Acc(t)}, {@code f(x)}: Latin letters, then one lowercase letter or digit in parentheses. */
    static boolean isFunctionOfOneLetter(String content) {
        int n = content.length();
        if (n < 4 || content.charAt(n - 3) != '(' || !(content.charAt(n - 2) >= 'a' && content.charAt(n - 2) <= 'z'
                || content.charAt(n - 2) >= '0' && content.charAt(n - 2) <= '9')) {
            return false;
        }
        for (int i = 0; i < n - 3; i++) {
            char c = content.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** A command-line option: {@code --max-tokens}, {@code --bf16}, alone or with a value. */
    static boolean isCommandOption(String content) {
        return content.length() > 2 && content.charAt(1) == '-' && Character.isLetterOrDigit(content.charAt(2));
    }

    /** {@code (LLM-jp model suite v1.0)}: a name with a version, not a translation. */
    static boolean hasVersion(String content) {
        int n = content.length();
        for (int start = 0; start < n; ) {
            int end = content.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            if (isVersion(content, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** {@code v2}, {@code V1.5}, {@code 1.0}: a word of digits and dots after an optional {@code v}. */
    private static boolean isVersion(String s, int start, int end) {
        int i = start < end && (s.charAt(start) == 'v' || s.charAt(start) == 'V') ? start + 1 : start;
        if (end <= i || !Character.isDigit(s.charAt(i))) {
            return false;
        }
        boolean dot = false;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            if (c == '.') {
                dot |= k > start;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return i > start || dot;
    }

    /**
     * {@code NeurIPS 2023}, {@code WMT 2014}: one name and a year (1900 to 2099), which cite a
     * venue or name an edition of something; neither translates the words before the group.
     */
    static boolean endsWithYear(String content) {
        int space = content.indexOf(' ');
        int n = content.length();
        if (space <= 0 || space != n - 5 || content.charAt(n - 4) != '1' && content.charAt(n - 4) != '2') {
            return false;
        }
        for (int i = n - 4; i < n; i++) {
            if (content.charAt(i) < '0' || content.charAt(i) > '9') {
                return false;
            }
        }
        String century = content.substring(n - 4, n - 2);
        return century.equals("19") || century.equals("20");
    }

    /**
     * {@code Dhariwal and Nichol 2021}, {@code Kim & Lee, 2024}: a citation of two or three authors, that
     * is capitalised names joined by {@code and} or {@code &}, then a year (1900 to 2099, perhaps with a
     * letter: {@code 2021a}). One name and a year is {@link #endsWithYear}; {@code et al.} is found apart.
     */
    static boolean isCitation(String content) {
        int n = content.length();
        int yearEnd = n > 0 && content.charAt(n - 1) >= 'a' && content.charAt(n - 1) <= 'z' ? n - 1 : n;
        int yearStart = yearEnd - 4;
        if (yearStart < 6 || content.charAt(yearStart - 1) != ' ' || !isNumber(content, yearStart, yearEnd)
                || !(content.startsWith("19", yearStart) || content.startsWith("20", yearStart))) {
            return false;
        }
        int namesEnd = yearStart - 1;
        if (content.charAt(namesEnd - 1) == ',') {
            namesEnd--;
        }
        boolean joined = false;
        int names = 0;
        for (int start = 0, end; start < namesEnd; start = end + 1) {
            end = content.indexOf(' ', start);
            if (end < 0 || end > namesEnd) {
                end = namesEnd;
            }
            if (content.startsWith("and", start) && end - start == 3 || content.charAt(start) == '&' && end - start == 1) {
                joined = names > 0;
                continue;
            }
            char first = content.charAt(start);
            if (end - start < 2 || first < 'A' || first > 'Z' || !Character.isLowerCase(content.charAt(end - 1))) {
                return false; // not a capitalised name
            }
            names++;
        }
        return joined && names >= 2 && names <= 4;
    }

    /** Words that refer to a part of a paper: {@code (Figure 3)}, {@code (Eq. 2)}, {@code (Appendix B)}. */
    private static final Set<String> REFERENCE_WORDS = Set.of("figure", "figures", "fig.", "figs.", "table", "tables",
            "tab.", "section", "sections", "sec.", "§", "appendix", "app.", "algorithm", "alg.", "equation", "equations",
            "eq.", "eqs.", "chapter", "ch.", "theorem", "thm.", "lemma", "proposition", "corollary", "definition");

    /**
     * A reference to a part of a paper: a reference word, then labels only (each with a digit,
     * or one capital letter: {@code 3}, {@code 4.1}, {@code 3a}, {@code B}), perhaps joined by
     * {@code and} or {@code &}.
     */
    static boolean isReference(String content) {
        int space = content.indexOf(' ');
        int lastSpace = content.lastIndexOf(' ');
        if (space < 1 || space > 11 || !isLabel(content, lastSpace + 1, content.length())
                || !REFERENCE_WORDS.contains(content.substring(0, space).toLowerCase(Locale.ROOT))) {
            return false; // the last word first: in most groups it is a plain word, and nothing is copied
        }
        for (int start = space + 1, end; start < content.length(); start = end + 1) {
            end = content.indexOf(' ', start);
            if (end < 0) {
                end = content.length();
            }
            boolean joiner = content.startsWith("and ", start) || content.startsWith("& ", start);
            if (!joiner && !isLabel(content, start, end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code vs} or {@code vs.} between two words: a comparison, not a translation. (Not
     * {@code 대}, which an expansion may hold: {@code 시퀀스 대 시퀀스}.)
     */
    static boolean isComparison(String content) {
        for (int at = content.indexOf(" vs"); at >= 0; at = content.indexOf(" vs", at + 1)) {
            int end = at + 3 < content.length() && content.charAt(at + 3) == '.' ? at + 4 : at + 3;
            if (end < content.length() && content.charAt(end) == ' ') {
                return true; // a word after it: something is compared with
            }
        }
        return false;
    }

    /** Words that start a remark, not a term: prepositions and conjunctions, and {@code w/}, {@code w/o}. */
    private static final String[] REMARK_STARTS = {"per", "on", "in", "at", "by", "for", "with", "without",
        "from", "to", "of", "and", "or", "if", "up", "via", "than", "w/", "w/o"};

    /** Verbs that make a phrase a sentence: {@code (higher is better)}. */
    private static final String[] COPULAS = {"is", "are", "was", "were"};

    /**
     * Whether {@code content[from, to)} is one of the lowercase {@code words}, ignoring case. Compared
     * in place: the remark tests ask this of every word of every English group.
     */
    private static boolean isOneOf(String content, int from, int to, String[] words) {
        int length = to - from;
        for (String word : words) {
            if (word.length() == length && content.regionMatches(true, from, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * English that reads as a remark rather than a term: it starts with a preposition or a
     * conjunction followed by a space ({@code in-context learning} starts with a hyphenated word
     * and is a term), or it has a copula.
     */
    static boolean isRemarkPhrase(String content) {
        int space = content.indexOf(' ');
        if (space < 0) {
            return false; // one word: a term, or a remark no word list tells apart
        }
        if (space <= 7 && isOneOf(content, 0, space, REMARK_STARTS)) {
            return true;
        }
        for (int from = space + 1, to; from < content.length(); from = to + 1) {
            to = content.indexOf(' ', from);
            if (to < 0) {
                to = content.length();
            }
            if (to - from >= 2 && to - from <= 4 && isOneOf(content, from, to, COPULAS)) {
                return true;
            }
        }
        return false;
    }

    /** A label of a figure, table or section: a word with a digit ({@code 3}, {@code 4.1}, {@code 3a}), or one capital. */
    private static boolean isLabel(String s, int start, int end) {
        if (end - start == 1 && s.charAt(start) >= 'A' && s.charAt(start) <= 'Z') {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@code SAM 2}: an acronym and a version number. */
    static boolean isAcronymWithVersion(String s) {
        int space = s.indexOf(' ');
        if (space < 0 || space != s.lastIndexOf(' ') || space > 15) {
            return false; // not two words, or a first word longer than any acronym
        }
        return Acronyms.isAcronym(s, 0, space) && isNumber(s, space + 1, s.length());
    }

    /** Whether a word after the first is a number with a unit: {@code 110M}, {@code 7B}. */
    static boolean hasSize(String content) {
        for (int from = content.indexOf(' ') + 1, to; from > 0 && from < content.length(); from = to + 1) {
            to = content.indexOf(' ', from);
            if (to < 0) {
                to = content.length();
            }
            if (to > from + 1 && Character.isDigit(content.charAt(from)) && !Character.isDigit(content.charAt(to - 1))
                    && isNumber(content, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 8}, {@code 2.5}, {@code 1,000}, {@code 4K}, {@code 100ms}: a number, perhaps with a unit. */
    static boolean isNumber(String word) {
        return isNumber(word, 0, word.length());
    }

    /**
     * {@code 10-1000}, {@code 4K-32K}, {@code 1.5~2x}: two numbers (each perhaps with a unit) joined by
     * a hyphen, a tilde, a dash or a minus sign, a range of values ({@code (10-1000 FPS)}), not a word.
     */
    static boolean isNumberRange(String word) {
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '~' || c == '–' || c == '−') {
                return isNumber(word, 0, i) && isNumber(word, i + 1, word.length());
            }
        }
        return false;
    }

    /** {@link #isNumber(String)} of {@code s[start, end)}; copies only a unit after digits. */
    static boolean isNumber(String s, int start, int end) {
        int i = start;
        while (i < end && (Character.isDigit(s.charAt(i)) || (i > start && (s.charAt(i) == '.' || s.charAt(i) == ',')))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        return i == end || UNITS.contains(s.substring(i, end));
    }

    private static final Set<String> UNITS = Set.of("K", "M", "B", "G", "T", "k", "x", "ms", "s", "GB", "MB", "TB", "px",
            "fps", "h", "m", "min");

    /**
     * {@code (ii)}, {@code (IV)}, {@code (XL)}: a well-formed Roman numeral below 100, in one case. Not
     * every string of those letters: {@code (VL)} after 비전 언어 is an acronym.
     */
    static boolean isRomanNumeral(String s) {
        if (s.isEmpty() || s.length() > 8) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("ivxlcIVXLC".indexOf(s.charAt(i)) < 0) {
                return false; // most groups: no regular expression run
            }
        }
        return ROMAN_NUMERAL.matcher(s).matches();
    }

    private static final Pattern ROMAN_NUMERAL = Pattern.compile(
            "(?=.)(?:L?X{0,3}|XL|XC)(?:V?I{0,3}|IV|IX)|(?=.)(?:l?x{0,3}|xl|xc)(?:v?i{0,3}|iv|ix)");
}
