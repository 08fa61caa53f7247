package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.Script;
import io.github.dailypapers.digest.model.ScriptSegment;
import io.github.dailypapers.digest.model.TextRange;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** Splits a text into maximal runs of Korean, Latin and other characters. */
public final class ScriptSegmenter {

    private static final Script[] SCRIPTS = Script.values();
    private static final byte KOREAN = (byte) Script.KOREAN.ordinal();
    private static final byte[] ASCII_SCRIPTS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SCRIPTS[c] = (byte) Scripts.ofChar(c).ordinal();
        }
    }

    private ScriptSegmenter() {}

    /**
     * The runs of a text; concatenated, they give back the text. Surrogate pairs are never split.
     *
     * @param text any text
     * @return the runs in order (none for an empty text), as an unmodifiable list
     */
    public static List<ScriptSegment> split(String text) {
        return new Runs(text);
    }

    /** Where the runs start and their scripts: a text alternating scripts has one run per word. */
    private static final class Index {
        final int[] starts;
        final byte[] scripts;
        final int count;

        Index(String text) {
            // One bulk copy, then plain array reads: String.charAt checks its index and decodes
            // its bytes on every call, and this reads every char of every section.
            char[] chars = text.toCharArray();
            int n = chars.length;
            int[] runStarts = new int[Math.max(16, n >> 3)];
            byte[] runScripts = new byte[runStarts.length];
            int runs = 0;
            int i = 0;
            while (i < n) {
                char c = chars[i];
                byte script;
                int next = i + 1;
                if (c < 0x80) {
                    script = ASCII_SCRIPTS[c];
                    while (next < n && chars[next] < 0x80 && ASCII_SCRIPTS[chars[next]] == script) {
                        next++;
                    }
                } else if (c >= 0xAC00 && c <= 0xD7A3) {
                    script = KOREAN;
                    while (next < n && chars[next] >= 0xAC00 && chars[next] <= 0xD7A3) {
                        next++;
                    }
                } else if (Character.isHighSurrogate(c) && next < n && Character.isLowSurrogate(chars[next])) {
                    script = (byte) Scripts.of(Character.toCodePoint(c, chars[next])).ordinal();
                    next++;
                } else {
                    script = (byte) Scripts.of(c).ordinal();
                }
                if (runs == 0 || runScripts[runs - 1] != script) {
                    if (runs == runStarts.length) {
                        runStarts = Arrays.copyOf(runStarts, runs * 2);
                        runScripts = Arrays.copyOf(runScripts, runs * 2);
                    }
                    runStarts[runs] = i;
                    runScripts[runs] = script;
                    runs++;
                }
                i = next;
            }
            this.starts = runStarts;
            this.scripts = runScripts;
            this.count = runs;
        }
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

    /**
     * The runs of one text. Nothing is computed until the list is read (glosses do not need
     * segments), and then only ints: each ScriptSegment is built when asked for, so a huge text
     * does not flood the heap. Safe to share: the index is immutable and published through a
     * volatile field (two threads may compute it twice, with the same result).
     */
    private static final class Runs extends AbstractList<ScriptSegment> implements RandomAccess {
        private final String text;
        private volatile Index index;

        Runs(String text) {
            this.text = text;
        }

        private Index index() {
            Index computed = index;
            if (computed == null) {
                computed = new Index(text);
                index = computed;
            }
            return computed;
        }

        @Override
        public ScriptSegment get(int i) {
            Index runs = index();
            Objects.checkIndex(i, runs.count);
            int start = runs.starts[i];
            int end = i + 1 < runs.count ? runs.starts[i + 1] : text.length();
            return new ScriptSegment(SCRIPTS[runs.scripts[i]], new TextRange(start, end), text.substring(start, end));
        }

        @Override
        public int size() {
            return index().count;
        }
    }
}
