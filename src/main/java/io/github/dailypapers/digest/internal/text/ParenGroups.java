package io.github.dailypapers.digest.internal.text;

import java.util.ArrayList;
import java.util.List;

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
        int[] open = new int[16];
        boolean[] nested = new boolean[16];
        int depth = 0;
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth == open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                    nested = java.util.Arrays.copyOf(nested, depth * 2);
                }
                open[depth] = i;
                nested[depth] = false;
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                groups.add(new Group(open[depth], i + 1, nested[depth]));
                if (depth > 0) {
                    nested[depth - 1] = true;
                }
            }
        }
        groups.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return groups;
    }
}
