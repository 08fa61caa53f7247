package io.github.dailypapers.digest.internal;

/**
 * One non-empty line as the grammar classified it. All positions are String indexes into the
 * input; {@code -1} means "not on this line".
 *
 * @param kind the line's kind
 * @param start index of the line's first char
 * @param end index just past the line's last char (before the line end)
 * @param contentStart index just past the line's marker token
 * @param lastLinkSep for a paper heading, the index of the last {@code "]("}
 * @param labelEnd for a bullet with a label, the index just past the label's colon
 */
record SourceLine(LineKind kind, int start, int end, int contentStart, int lastLinkSep, int labelEnd) {

    boolean hasLabel() {
        return labelEnd >= 0;
    }
}
