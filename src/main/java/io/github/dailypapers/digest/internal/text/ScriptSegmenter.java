package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.Script;
import java.util.ArrayList;
import java.util.List;

/** Splits a text into maximal runs of Korean, Latin and other characters. */
public final class ScriptSegmenter {

    private ScriptSegmenter() {}

    /**
     * The runs of a text; concatenated, they give back the text. Surrogate pairs are never split.
     *
     * @param text any text
     * @return the runs in order (none for an empty text)
     */
    public static List<Segment> split(String text) {
        List<Segment> segments = new ArrayList<>();
        int runStart = 0;
        Script runScript = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Script script = Scripts.of(cp);
            if (script != runScript) {
                if (runScript != null) {
                    segments.add(new Segment(runStart, i, runScript));
                }
                runStart = i;
                runScript = script;
            }
            i += Character.charCount(cp);
        }
        if (runScript != null) {
            segments.add(new Segment(runStart, text.length(), runScript));
        }
        return segments;
    }
}
