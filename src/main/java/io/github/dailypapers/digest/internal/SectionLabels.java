package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.SectionKind;
import java.util.Locale;

/** Decides a section's kind from its label, and reads the label out of its token. */
public final class SectionLabels {

    private SectionLabels() {}

    /** The label inside {@code ***Label***:} or {@code **Label**:}. */
    static String labelOf(String token) {
        int stars = token.startsWith("***") ? 3 : 2;
        // The token ends with the closing stars and ':'.
        return token.substring(stars, token.length() - stars - 1);
    }

    /**
     * The kind of a label: the three standard labels in any letter case, with a straight or
     * curly apostrophe and surrounding spaces; anything else is {@link SectionKind#OTHER}.
     *
     * @param label a label as written
     * @return its kind
     */
    public static SectionKind kindOf(String label) {
        String key = label.replace('\u2019', '\'').strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "what's new": return SectionKind.WHATS_NEW;
            case "technical details": return SectionKind.TECHNICAL_DETAILS;
            case "performance highlights": return SectionKind.PERFORMANCE_HIGHLIGHTS;
            default: return SectionKind.OTHER;
        }
    }

    /**
     * Whether an unlabeled bullet's text looks like a label that went wrong, such as
     * {@code ***Technical Details*: ...**: 3.2}: bold-italic at the start, or bold at the start
     * with a colon next to asterisks soon after. Plain bold words in a point are not reported.
     */
    static boolean looksLikeBrokenLabel(String text) {
        if (text.startsWith("***")) {
            return true;
        }
        if (!text.startsWith("**")) {
            return false;
        }
        int window = Math.min(text.length(), 120);
        String head = text.substring(0, window);
        return head.contains("*:") || head.contains(":*");
    }
}
