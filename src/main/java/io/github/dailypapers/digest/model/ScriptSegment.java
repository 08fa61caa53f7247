package io.github.dailypapers.digest.model;

/**
 * A maximal run of one script in a section's text. The segments of a text, concatenated, give
 * back the text.
 *
 * @param script the run's script
 * @param range where the run is in the text
 * @param text the run itself
 */
public record ScriptSegment(Script script, TextRange range, String text) {

    /**
     * Validates the segment.
     *
     * @param script the run's script
     * @param range where the run is in the text
     * @param text the run itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is not as long as the range
     */
    public ScriptSegment {
        java.util.Objects.requireNonNull(script, "script");
        java.util.Objects.requireNonNull(range, "range");
        java.util.Objects.requireNonNull(text, "text");
        if (text.length() != range.length()) {
            throw new IllegalArgumentException("segment '" + text + "' is " + text.length() + " chars long but its range "
                    + range + " covers " + range.length());
        }
    }
}
