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
    private static final byte OTHER = (byte) Script.OTHER.ordinal();

    /**
     * The script of every BMP char, as one table read per char: the segmenter reads every char of
     * every section. Built on first use (64 KiB, a few milliseconds).
     */
    private static final class CharScripts {
        /** Marks surrogates, whose script depends on the pair. */
        static final byte SURROGATE = -1;
        static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                TABLE[c] = Character.isSurrogate((char) c) ? SURROGATE : (byte) Scripts.ofChar((char) c).ordinal();
            }
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
            byte[] table = CharScripts.TABLE;
            int i = 0;
            while (i < n) {
                byte script = table[chars[i]];
                int next = i + 1;
                if (script == CharScripts.SURROGATE) {
                    // A pair takes the script of its code point; a lone surrogate is OTHER.
                    boolean pair = Character.isHighSurrogate(chars[i]) && next < n && Character.isLowSurrogate(chars[next]);
                    script = pair ? (byte) Scripts.of(Character.toCodePoint(chars[i], chars[next])).ordinal() : OTHER;
                    next += pair ? 1 : 0;
                } else {
                    while (next < n && table[chars[next]] == script) {
                        next++;
                    }
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
