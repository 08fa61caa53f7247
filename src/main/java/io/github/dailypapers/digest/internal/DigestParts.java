package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a large input into parts that can be parsed independently, and joins their digests.
 *
 * <p>A level-1 or level-2 heading closes whatever is open (edition, paper, README block), so the
 * model builder starts from the same state at such a line whether it read the lines before it or
 * not. Splitting just before those headings therefore changes nothing in the result: the
 * parts' editions, blocks, unrecognised lines and diagnostics, concatenated, are those of the
 * whole input.
 */
public final class DigestParts {

    private DigestParts() {}

    /**
     * Where to cut {@code [from, to)} so that every part but the last has at least
     * {@code minLength} chars and every cut is at the start of a line beginning with {@code "# "}
     * or {@code "## "}.
     *
     * @param text the text
     * @param from where to start looking
     * @param to where the text ends
     * @param minLength the smallest part worth parsing on its own
     * @return the cut indexes, in order, each in {@code (from, to)}
     */
    public static List<Integer> cuts(CharSequence text, int from, int to, int minLength) {
        List<Integer> cuts = new ArrayList<>();
        int partStart = from;
        int i = from + Math.max(1, minLength);
        while (i < to) {
            int cut = nextHeadingLineStart(text, i, to);
            if (cut < 0) {
                break;
            }
            cuts.add(cut);
            partStart = cut;
            i = partStart + Math.max(1, minLength);
        }
        return cuts;
    }

    /**
     * The first index at or after {@code from} (and before {@code to}) that starts a line
     * beginning with {@code "# "} or {@code "## "}, or -1. A line start is an index just after
     * {@code \n}, or after {@code \r} not followed by {@code \n}.
     */
    static int nextHeadingLineStart(CharSequence text, int from, int to) {
        for (int i = Math.max(from, 1); i < to; i++) {
            char before = text.charAt(i - 1);
            boolean lineStart = before == '\n' || (before == '\r' && text.charAt(i) != '\n');
            if (lineStart && startsHeading(text, i, to)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsHeading(CharSequence text, int i, int to) {
        if (i + 1 < to && text.charAt(i) == '#' && text.charAt(i + 1) == ' ') {
            return true;
        }
        return i + 2 < to && text.charAt(i) == '#' && text.charAt(i + 1) == '#' && text.charAt(i + 2) == ' ';
    }

    /**
     * How many line ends ({@code \n}, {@code \r\n} or a lone {@code \r}) are in {@code [from, to)}.
     *
     * @param text the text
     * @param from the first index
     * @param to the index past the last
     * @return the number of line ends
     */
    public static int countLineEnds(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Joins the digests of consecutive parts into the digest of the whole input.
     *
     * @param parts the parts' digests, in order
     * @param whole the span of the whole input
     * @return the joined digest
     */
    public static Digest join(List<Digest> parts, SourceSpan whole) {
        Digest.Builder joined = Digest.builder();
        for (Digest part : parts) {
            joined.addAllEditions(part.editions())
                    .addAllReadmeBlocks(part.readmeBlocks())
                    .addAllUnrecognisedLines(part.unrecognisedLines())
                    .addAllDiagnostics(part.diagnostics());
        }
        return joined.span(whole).build();
    }
}
