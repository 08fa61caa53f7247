package io.github.dailypapers.digest.internal.text;

/** Recognises abbreviations such as {@code LLMs}, {@code LoRA}, {@code CoT}, {@code SAM-2} or {@code GPT-4o}. */
final class Acronyms {

    private Acronyms() {}

    /**
     * One token with at least two capital letters and no run of two lowercase letters (a final
     * plural {@code s} aside): {@code LoRA} and {@code MoE} are acronyms, {@code Local-SGD} and
     * {@code FasterCache} are names.
     */
    static boolean isAcronym(String s) {
        return isAcronym(s, 0, s.length());
    }

    /** {@link #isAcronym(String)} of {@code s[start, end)}, without copying it. */
    static boolean isAcronym(String s, int start, int end) {
        if (end <= start || end - start > 15) {
            return false;
        }
        int capitals = 0;
        int lowerRun = 0;
        // A plural s after a capital (LLMs) is a run of one lowercase letter: no special case.
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                capitals++;
                lowerRun = 0;
            } else if (c >= 'a' && c <= 'z') {
                if (++lowerRun >= 2) {
                    return false;
                }
            } else if ((c >= '0' && c <= '9') || c == '-' || c == '.' || c == '+' || c == '&' || c == '/') {
                lowerRun = 0;
            } else {
                return false;
            }
        }
        return capitals >= 2;
    }

    /**
     * How many words an acronym stands for: its capital letters and digits ({@code LLMs} → 3), and
     * lowercase letters before its first capital ({@code sVLM} "small VLM" → 4).
     */
    static int letters(String acronym) {
        int digits = 0;
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return Math.max(1, spelledLetters(acronym) + digits);
    }

    /**
     * The capital letters A to Z of a name, in order: {@code ConvAEs} gives {@code CAE}.
     *
     * @param name any text
     * @return its ASCII capitals
     */
    static String capitals(String name) {
        StringBuilder capitals = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 'A' && name.charAt(i) <= 'Z') {
                capitals.append(name.charAt(i));
            }
        }
        return capitals.toString();
    }

    /**
     * The initials of a phrase's words and hyphen parts, upper-cased:
     * {@code Peak Signal-to-Noise Ratio} gives {@code PSTNR}.
     *
     * @param phrase English words
     * @return one letter per word or hyphen part that starts with a letter
     */
    static String initials(String phrase) {
        StringBuilder initials = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (wordStart && Character.isLetter(c)) {
                initials.append(Character.toUpperCase(c));
            }
            wordStart = c == ' ' || c == '-';
        }
        return initials.toString();
    }

    /**
     * How many of a name's capitals the initials spell in order, each at the first initial after
     * the one the capital before it took; a capital not found is skipped.
     *
     * @param name an acronym or a name with capitals
     * @param initials from {@link #initials(String)}
     * @return the number of capitals found
     */
    static int capitalsSpelled(String name, String initials) {
        int matched = 0;
        int at = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                int found = initials.indexOf(c, at);
                if (found >= 0) {
                    matched++;
                    at = found + 1;
                }
            }
        }
        return matched;
    }

    /** How many of an acronym's letters spell words: its capitals and the lowercase letters before the first ({@code pLDDT}: 5). */
    static int spelledLetters(String acronym) {
        int count = 0;
        boolean leading = true;
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            boolean lower = c >= 'a' && c <= 'z';
            if (c >= 'A' && c <= 'Z' || leading && lower) {
                count++;
            }
            leading &= lower;
        }
        return count;
    }

    /** How many initials {@link #initials} gives, without building them. */
    static int initialCount(String phrase) {
        int parts = 0;
        boolean partStart = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (partStart && Character.isLetter(c)) {
                parts++;
            }
            partStart = c == ' ' || c == '-';
        }
        return parts;
    }

    /** The lowercase letters before an acronym's first capital, upper-cased: {@code pLDDT} gives {@code P}. */
    static String leadingLowercase(String acronym) {
        int i = 0;
        while (i < acronym.length() && acronym.charAt(i) >= 'a' && acronym.charAt(i) <= 'z') {
            i++;
        }
        return acronym.substring(0, i).toUpperCase(java.util.Locale.ROOT);
    }


    /**
     * Whether a name's letters and digits are the phrase's, in order, the name's first letter starting
     * the phrase, and the phrase has three words or more: {@code Molmo} in {@code Multimodal Open
     * Language Model}, {@code Paloma} in {@code Perplexity Analysis for Language Model Assessment}. The
     * letters are matched from the last one back, the first at a word's start (Schwartz and Hearst's
     * reading of a short form in its long form, 2003).
     *
     * @param name a name written as one word
     * @param phrase English words
     * @return whether the name can be read off the phrase
     */
    static boolean lettersFollow(String name, String phrase) {
        if (name.isEmpty() || phrase.isEmpty() || Character.toLowerCase(phrase.charAt(0)) != Character.toLowerCase(name.charAt(0))
                || GroupContent.words(phrase) < 3) {
            return false;
        }
        int at = phrase.length() - 1;
        for (int n = name.length() - 1; n >= 0; n--) {
            char c = Character.toLowerCase(name.charAt(n));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (at >= 0 && (Character.toLowerCase(phrase.charAt(at)) != c
                    || n == 0 && at > 0 && Character.isLetterOrDigit(phrase.charAt(at - 1)))) {
                at--;
            }
            if (at < 0) {
                return false;
            }
            at--;
        }
        return true;
    }
}
