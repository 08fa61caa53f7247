package io.github.dailypapers.digest.internal;

/**
 * One line of the parse tree: which line rule of the grammar matched it, and where its parts
 * are. All positions are String indexes into the input; {@code -1} means "not on this line".
 *
 * @param rule the line rule ({@code DigestParser.RULE_paperHeading}, {@code RULE_bulletLine}, ...)
 * @param start index of the line's first char
 * @param end index just past the line's last char (before its line end)
 * @param contentStart index just past the line's marker token
 * @param lastLinkSep for a paper heading, the index of the last {@code "]("}
 * @param labelEnd for a bullet with a label, the index just past the label's colon
 * @param player for a video link, the player line that the tree holds under it, else null
 */
record SourceLine(int rule, int start, int end, int contentStart, int lastLinkSep, int labelEnd, SourceLine player) {

    /** A line without a link separator, a label or a player. */
    SourceLine(int rule, int start, int end, int contentStart) {
        this(rule, start, end, contentStart, -1, -1, null);
    }

    boolean hasLabel() {
        return labelEnd >= 0;
    }

    /** The index just past the last char of this line or of its player line. */
    int lastEnd() {
        return player == null ? end : player.end;
    }
}
