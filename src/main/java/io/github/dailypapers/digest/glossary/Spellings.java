package io.github.dailypapers.digest.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When two spellings are the same word for a glossary, and how a gloss that repeats itself is
 * written once. Keys are only compared, never shown, so they may drop what people would keep.
 */
final class Spellings {

    private Spellings() {}

    /**
     * The key of an acronym: {@code LLMs}, {@code LLM} and {@code llm} have the same key. The
     * plural {@code s} is a lowercase {@code s} after a capital or digit.
     */
    static String acronymKey(String acronym) {
        return squeeze(withoutPluralS(acronym));
    }

    /** The acronym without a plural {@code s}: {@code LLMs} gives {@code LLM}, {@code FLOPs} gives {@code FLOP}. */
    static String withoutPluralS(String acronym) {
        int n = acronym.length();
        if (n > 2 && acronym.charAt(n - 1) == 's'
                && (Character.isUpperCase(acronym.charAt(n - 2)) || Character.isDigit(acronym.charAt(n - 2)))) {
            return acronym.substring(0, n - 1);
        }
        return acronym;
    }

    /**
     * The key of a term or gloss: letter case, spaces and hyphens do not count, nor a plural
     * {@code s} of the last English word ({@code Diffusion Models} = {@code diffusion-model}).
     */
    static String textKey(String text) {
        String t = text.strip();
        // An English plural: "models", "networks"; not "process", "focus", "analysis", "bias".
        int n = t.length();
        if (n > 4 && t.charAt(n - 1) == 's' && isLowerLatin(t.charAt(n - 2)) && isLowerLatin(t.charAt(n - 3))
                && "sui".indexOf(t.charAt(n - 2)) < 0) {
            t = t.substring(0, n - 1);
        }
        return squeeze(t);
    }

    private static boolean isLowerLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String squeeze(String s) {
        StringBuilder key = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isHyphen(cp))
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013';
    }

    /**
     * The gloss written once: items (separated by {@code ,} or {@code ;} outside parentheses, or
     * a final parenthesised group) that repeat the acronym, or repeat an earlier item, are
     * dropped. {@code Chain of Thought, CoT} for {@code CoT} gives {@code Chain of Thought};
     * {@code Large Language Models; large language models} gives the first. Returns null when
     * nothing but the acronym was left, and the gloss unchanged when nothing repeats.
     */
    static String writtenOnce(String gloss, String acronym) {
        List<String> items = items(gloss);
        List<String> kept = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String acronymKey = acronym == null ? null : acronymKey(acronym);
        for (String item : items) {
            String key = textKey(item);
            if (key.isEmpty() || (acronymKey != null && acronymKey(item.strip()).equals(acronymKey)) || keys.contains(key)) {
                continue;
            }
            kept.add(item.strip());
            keys.add(key);
        }
        if (kept.size() == items.size()) {
            return gloss;
        }
        return kept.isEmpty() ? null : String.join(", ", kept);
    }

    /** The items of a gloss: split at top-level {@code ,} and {@code ;}, and before a final {@code (…)}. */
    private static List<String> items(String gloss) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < gloss.length(); i++) {
            char c = gloss.charAt(i);
            if (c == '(') {
                if (depth == 0 && i > start && gloss.strip().endsWith(")") && gloss.indexOf('(', i + 1) < 0) {
                    // "Chain of Thought (CoT)": the final group is an item of its own.
                    items.add(gloss.substring(start, i));
                    start = i;
                }
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ',' || c == ';') && depth == 0) {
                items.add(gloss.substring(start, i));
                start = i + 1;
            }
        }
        items.add(gloss.substring(start));
        List<String> unwrapped = new ArrayList<>(items.size());
        for (String item : items) {
            String s = item.strip();
            unwrapped.add(s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1) : s);
        }
        return unwrapped;
    }
}
