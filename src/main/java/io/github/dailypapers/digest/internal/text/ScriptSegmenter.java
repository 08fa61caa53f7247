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

    /**
     * Where the runs start: a text alternating scripts has one run per word. A run's script is
     * the script of its first code point, so it is not stored.
     */
    private static final class Index {
        final int[] starts;
        final int count;

        Index(String text) {
            int n = text.length();
            Scratch scratch = Scratch.forLength(n);
            // One bulk copy, then plain array reads: String.charAt checks its index and decodes
            // its bytes on every call, and this reads every char of every section.
            char[] chars = scratch.chars;
            text.getChars(0, n, chars, 0);
            int[] runStarts = scratch.starts;
            byte[] table = CharScripts.TABLE;
            // Korean text changes script every two or three chars (a word, a space), so a branch
            // taken at each change would be mispredicted at most of them: instead every char
            // stores its index, and the count only moves on where the script changes.
            int runs = 0;
            int previous = Integer.MIN_VALUE;
            int surrogates = 0;
            for (int i = 0; i < n; i++) {
                int script = table[chars[i]];
                runStarts[runs] = i;
                runs += script != previous ? 1 : 0;
                surrogates |= script;
                previous = script;
            }
            if (surrogates < 0) {
                runs = splitWithSurrogates(chars, n, runStarts);
            }
            this.starts = Arrays.copyOf(runStarts, runs);
            this.count = runs;
        }

        /** For a text with surrogates: a pair takes the script of its code point, a lone surrogate is OTHER. */
        private static int splitWithSurrogates(char[] chars, int n, int[] runStarts) {
            byte[] table = CharScripts.TABLE;
            int runs = 0;
            byte runScript = -1;
            int i = 0;
            while (i < n) {
                byte script = table[chars[i]];
                int next = i + 1;
                if (script == CharScripts.SURROGATE) {
                    boolean pair = Character.isHighSurrogate(chars[i]) && next < n && Character.isLowSurrogate(chars[next]);
                    script = pair ? (byte) Scripts.of(Character.toCodePoint(chars[i], chars[next])).ordinal() : OTHER;
                    next += pair ? 1 : 0;
                }
                if (runs == 0 || runScript != script) {
                    runStarts[runs++] = i;
                    runScript = script;
                }
                i = next;
            }
            return runs;
        }
    }

    /**
     * Working arrays for {@link Index}: one set per thread (48 KiB) for texts up to 8 Ki chars,
     * far longer than a section usually is, as segmenting runs for every section; longer texts
     * get arrays of their own, which are not kept.
     */
    private static final class Scratch {
        private static final int KEPT_LENGTH = 1 << 13;
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(() -> new Scratch(KEPT_LENGTH));

        final char[] chars;
        final int[] starts;

        private Scratch(int length) {
            chars = new char[length];
            starts = new int[length + 1];
        }

        static Scratch forLength(int length) {
            return length <= KEPT_LENGTH ? PER_THREAD.get() : new Scratch(length);
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
            char first = text.charAt(start);
            Script script = Character.isSurrogate(first) ? Scripts.of(text.codePointAt(start))
                    : SCRIPTS[CharScripts.TABLE[first]];
            return new ScriptSegment(script, new TextRange(start, end), text.substring(start, end));
        }

        @Override
        public int size() {
            return index().count;
        }
    }
}
