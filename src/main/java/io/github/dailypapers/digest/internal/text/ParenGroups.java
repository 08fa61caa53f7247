package io.github.dailypapers.digest.internal.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The balanced parenthesised groups of a text, found with an explicit stack: unbalanced
 * parentheses are skipped, and nesting depth cannot overflow the call stack.
 */
final class ParenGroups {

    /**
     * One balanced group.
     *
     * @param start index of its {@code (}
     * @param end index just past its {@code )}
     * @param hasChildren whether another balanced group is nested in it
     */
    record Group(int start, int end, boolean hasChildren) {}

    private ParenGroups() {}

    /** The groups ordered by their start. */
    static List<Group> find(String text) {
        int firstOpen = text.indexOf('(');
        if (firstOpen < 0) {
            return List.of(); // most sections: nothing to set up
        }
        // Groups are kept as ints and made into records one at a time as they are read: a text
        // with a million groups would otherwise keep a million objects alive at once.
        int[] starts = new int[16];
        int[] ends = new int[16];
        boolean[] nested = new boolean[16];
        int[] open = new int[16];
        int count = 0;
        int depth = 0;
        // Jump from parenthesis to parenthesis: indexOf is much faster than reading every char.
        int nextOpen = firstOpen;
        int nextClose = nextOpen < 0 ? -1 : text.indexOf(')', nextOpen);
        while (nextClose >= 0 && (nextOpen >= 0 || depth > 0)) {
            if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    nested = Arrays.copyOf(nested, count * 2);
                }
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                starts[count] = nextOpen;
                ends[count] = -1;
                open[depth++] = count++;
                nextOpen = text.indexOf('(', nextOpen + 1);
            } else {
                if (depth > 0) {
                    ends[open[--depth]] = nextClose + 1;
                    if (depth > 0) {
                        nested[open[depth - 1]] = true;
                    }
                }
                nextClose = text.indexOf(')', nextClose + 1);
            }
        }
        // Slots were taken in order of '(' so they are sorted by start; drop the unclosed ones.
        int kept = 0;
        for (int slot = 0; slot < count; slot++) {
            if (ends[slot] >= 0) {
                starts[kept] = starts[slot];
                ends[kept] = ends[slot];
                nested[kept] = nested[slot];
                kept++;
            }
        }
        return new Groups(starts, ends, nested, kept);
    }

    /** The balanced groups of one text, as a read-only list. */
    private static final class Groups extends AbstractList<Group> implements RandomAccess {
        private final int[] starts;
        private final int[] ends;
        private final boolean[] nested;
        private final int count;

        Groups(int[] starts, int[] ends, boolean[] nested, int count) {
            this.starts = starts;
            this.ends = ends;
            this.nested = nested;
            this.count = count;
        }

        @Override
        public Group get(int index) {
            Objects.checkIndex(index, count);
            return new Group(starts[index], ends[index], nested[index]);
        }

        @Override
        public int size() {
            return count;
        }
    }
}
