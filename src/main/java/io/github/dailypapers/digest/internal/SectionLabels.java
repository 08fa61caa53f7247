package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.SectionKind;

/** Decides a section's kind from its label, and reads the label out of its token. */
public final class SectionLabels {

    private SectionLabels() {}

    /** The label inside the {@code ***Label***:} or {@code **Label**:} token at {@code [from, to)} of a text. */
    static String labelOf(String text, int from, int to) {
        int stars = text.startsWith("***", from) ? 3 : 2;
        // The token ends with the closing stars and ':'.
        return text.substring(from + stars, to - stars - 1);
    }

    /**
     * The kind of a label: the three standard labels in any letter case, with a straight or
     * curly apostrophe and surrounding spaces; anything else is {@link SectionKind#OTHER}.
     *
     * @param label a label as written
     * @return its kind
     */
    public static SectionKind kindOf(String label) {
        // A label as the digests write it is one equals (an intrinsic) away: this runs twice
        // for every section, for the builder and for the model's check.
        if (label.equals("What's New")) {
            return SectionKind.WHATS_NEW;
        }
        if (label.equals("Technical Details")) {
            return SectionKind.TECHNICAL_DETAILS;
        }
        if (label.equals("Performance Highlights")) {
            return SectionKind.PERFORMANCE_HIGHLIGHTS;
        }
        // Else it compares in place, without allocating: the same as matching
        // label.replace('\u2019', '\'').strip().toLowerCase(Locale.ROOT) against the keys (a
        // non-ASCII char other than the curly apostrophe never lower-cases into a key).
        int from = Blanks.skip(label, 0, label.length());
        int to = Blanks.trimEnd(label, from, label.length());
        if (matches(label, from, to, "what's new")) {
            return SectionKind.WHATS_NEW;
        }
        if (matches(label, from, to, "technical details")) {
            return SectionKind.TECHNICAL_DETAILS;
        }
        if (matches(label, from, to, "performance highlights")) {
            return SectionKind.PERFORMANCE_HIGHLIGHTS;
        }
        return SectionKind.OTHER;
    }

    private static boolean matches(String label, int from, int to, String key) {
        if (to - from != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = label.charAt(from + i);
            if (c == '\u2019') {
                c = '\'';
            } else if (c >= 0x80) {
                return false;
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an unlabeled bullet's text looks like a label that went wrong, such as
     * {@code ***Technical Details*: ...**: 3.2}: bold-italic at the start, or bold at the start
     * with a colon next to asterisks soon after. Plain bold words in a point are not reported.
     * Looks at {@code [from, to)} of {@code text}, without copying it.
     */
    static boolean looksLikeBrokenLabel(String text, int from, int to) {
        int window = Math.min(to, from + 120);
        if (window - from >= 3 && text.startsWith("***", from)) {
            return true;
        }
        if (window - from < 2 || !text.startsWith("**", from)) {
            return false;
        }
        for (int i = from; i + 1 < window; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '*' && next == ':') || (c == ':' && next == '*')) {
                return true;
            }
        }
        return false;
    }
}
