package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an input can be split into parts that are parsed independently, and how their digests
 * are joined.
 *
 * <p>A level-1 or level-2 heading closes whatever is open (edition, paper, README block), so the
 * model builder starts from the same state at such a line whether it read the lines before it or
 * not. Splitting just before those headings therefore changes nothing in the result: the
 * parts' editions, blocks, unrecognised lines and diagnostics, concatenated, are those of the
 * whole input. Inside an edition, a paper heading ({@code ### [}) closes the paper before it;
 * a part that starts there is parsed as a continuation of that edition (see {@link PartReader}).
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
        int i = from + Math.max(1, minLength);
        while (i < to) {
            int cut = nextHeadingLineStart(text, i, to);
            if (cut < 0) {
                break;
            }
            cuts.add(cut);
            i = cut + Math.max(1, minLength);
        }
        return cuts;
    }

    /**
     * The first index in {@code [max(from, 1), to)} that starts a line beginning with
     * {@code "# "} or {@code "## "}, or -1.
     */
    static int nextHeadingLineStart(CharSequence text, int from, int to) {
        return nextLineStart(text, from, to, false);
    }

    /** The first index in {@code [max(from, 1), to)} that starts a line beginning with {@code "### ["}, or -1. */
    static int nextPaperLineStart(CharSequence text, int from, int to) {
        return nextLineStart(text, from, to, true);
    }

    /** The start of the last line before {@code before} beginning with {@code "# "} or {@code "## "}, or -1. */
    static int lastHeadingLineStart(CharSequence text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (LineEnds.isLineStart(text, i) && level(text, i, before) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static int nextLineStart(CharSequence text, int from, int to, boolean paper) {
        for (int i = Math.max(from, 1); i < to; i++) {
            if (LineEnds.isLineEndChar(text.charAt(i - 1)) && LineEnds.isLineStart(text, i)
                    && (paper ? startsPaper(text, i, to) : level(text, i, to) > 0)) {
                return i;
            }
        }
        return -1;
    }

    /** 1 or 2 for a {@code "# "} or {@code "## "} at i, else 0. */
    private static int level(CharSequence text, int i, int to) {
        if (i + 1 < to && text.charAt(i) == '#' && text.charAt(i + 1) == ' ') {
            return 1;
        }
        return i + 2 < to && text.charAt(i) == '#' && text.charAt(i + 1) == '#' && text.charAt(i + 2) == ' ' ? 2 : 0;
    }

    private static boolean startsPaper(CharSequence text, int i, int to) {
        return i + 4 < to && text.charAt(i) == '#' && text.charAt(i + 1) == '#' && text.charAt(i + 2) == '#'
                && text.charAt(i + 3) == ' ' && text.charAt(i + 4) == '[';
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
