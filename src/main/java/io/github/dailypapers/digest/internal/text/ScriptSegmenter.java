package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.Script;
import io.github.dailypapers.digest.model.ScriptSegment;
import io.github.dailypapers.digest.model.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
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
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            Script script;
            int width = 1;
            if (Character.isSurrogate(c)) {
                int cp = text.codePointAt(i);
                script = Scripts.of(cp);
                width = Character.charCount(cp);
            } else {
                script = Scripts.ofChar(c);
            }
            if (script != runScript) {
                if (runScript != null) {
                    segments.add(new Segment(runStart, i, runScript));
                }
                runStart = i;
                runScript = script;
            }
            i += width;
        }
        if (runScript != null) {
            segments.add(new Segment(runStart, text.length(), runScript));
        }
        return segments;
    }

    /** Single-char ASCII strings: a space or a comma between words is a segment of its own, often. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    /**
     * The runs of a text as model segments, with their text: what {@link #split(String)} gives,
     * built in one pass into an immutable list without intermediate objects.
     *
     * @param text any text
     * @return the segments in order
     */
    public static List<ScriptSegment> segments(String text) {
        ScriptSegment[] segments = new ScriptSegment[Math.max(4, text.length() / 6)];
        int count = 0;
        int runStart = 0;
        Script runScript = null;
        int n = text.length();
        char[] chars = text.toCharArray(); // a bulk copy: cheaper than charAt's checks on every char
        for (int i = 0; i <= n; ) {
            Script script = null;
            int width = 1;
            if (i < n) {
                char c = chars[i];
                if (Character.isSurrogate(c)) {
                    int cp = text.codePointAt(i);
                    script = Scripts.of(cp);
                    width = Character.charCount(cp);
                } else {
                    script = Scripts.ofChar(c);
                }
            }
            if (script != runScript) {
                if (runScript != null) {
                    if (count == segments.length) {
                        segments = Arrays.copyOf(segments, count * 2);
                    }
                    String piece = i - runStart == 1 && chars[runStart] < 128
                            ? ONE_CHAR[chars[runStart]] : text.substring(runStart, i);
                    segments[count++] = new ScriptSegment(runScript, new TextRange(runStart, i), piece);
                }
                runStart = i;
                runScript = script;
            }
            i += width;
        }
        return List.of(count == segments.length ? segments : Arrays.copyOf(segments, count));
    }
}
