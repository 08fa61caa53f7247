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

    /** How many words an acronym stands for: its capital letters and digits ({@code LLMs} → 3). */
    static int letters(String acronym) {
        int count = 0;
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                count++;
            }
        }
        return Math.max(1, count);
    }
}
