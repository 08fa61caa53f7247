package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.Script;
import io.github.dailypapers.digest.model.ScriptSegment;
import io.github.dailypapers.digest.model.TextRange;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** Splits a text into maximal runs of Korean, Latin and other characters. */
public final class ScriptSegmenter {

    private static final Script[] SCRIPTS = Script.values();

    private ScriptSegmenter() {}

    /**
     * The runs of a text; concatenated, they give back the text. Surrogate pairs are never split.
     *
     * @param text any text
     * @return the runs in order (none for an empty text), as an unmodifiable list
     */
    public static List<ScriptSegment> split(String text) {
        // A text that alternates scripts has about one run per word: store runs as ints and
        // build each ScriptSegment only when asked, so a huge text does not flood the heap.
        int[] starts = new int[16];
        byte[] scripts = new byte[16];
        int count = 0;
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
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    scripts = Arrays.copyOf(scripts, count * 2);
                }
                starts[count] = i;
                scripts[count] = (byte) script.ordinal();
                count++;
                runScript = script;
            }
            i += width;
        }
        return new Runs(text, starts, scripts, count);
    }

    /**
     * Whether a list came from {@link #split(String)} (and so is unmodifiable already).
     *
     * @param list any list
     * @return true for a list of runs made here
     */
    public static boolean isSegmenterList(List<?> list) {
        return list instanceof Runs;
    }

    /** The runs of one text, materialised one element at a time. */
    private static final class Runs extends AbstractList<ScriptSegment> implements RandomAccess {
        private final String text;
        private final int[] starts;
        private final byte[] scripts;
        private final int count;

        Runs(String text, int[] starts, byte[] scripts, int count) {
            this.text = text;
            this.starts = starts;
            this.scripts = scripts;
            this.count = count;
        }

        @Override
        public ScriptSegment get(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException("segment " + index + " of " + count);
            }
            int start = starts[index];
            int end = index + 1 < count ? starts[index + 1] : text.length();
            return new ScriptSegment(SCRIPTS[scripts[index]], new TextRange(start, end), text.substring(start, end));
        }

        @Override
        public int size() {
            return count;
        }
    }
}
