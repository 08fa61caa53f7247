package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dailypapers.digest.model.Digest;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Where the streaming reader ends its parts: before the first level-1 or level-2 heading past the
 * minimum length, else (inside an edition, once twice the minimum is buffered) before a paper
 * heading. Read through a reader that hands over a few chars at a time, so that headings arrive
 * cut in two.
 */
class PartReaderTest {

    private static final String EDITION = "## Daily Papers (2025-01-01)\n"; // 29 chars

    private static String paper(int n) {
        return "### [P" + n + "](u)\n"; // 12 chars
    }

    private static String papers(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            s.append(paper(i));
        }
        return s.toString();
    }

    /** At most {@code step} chars per read. */
    private static Reader trickle(String text, int step) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int off, int len) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, step), text.length() - at);
                text.getChars(at, at + n, buffer, off);
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }

    private static List<Integer> partLengths(String input, int minPartLength) {
        List<Integer> lengths = null;
        for (int step : new int[] {1, 3, 1 << 20}) {
            PartReader parts = new PartReader(trickle(input, step), minPartLength, Long.MAX_VALUE,
                    UnaryOperator.identity(), new IllegalStateException("too large"));
            List<Integer> these = StreamSupport.stream(parts, false)
                    .map(d -> d.span().orElseThrow().length()).toList();
            if (lengths != null) {
                assertEquals(lengths, these, "reading " + step + " chars at a time");
            }
            lengths = these;
        }
        return lengths;
    }

    @Test
    void partsEndBeforeTheFirstHeadingPastTheMinimum() {
        String input = EDITION + "aaaaaaaaa\n" + EDITION + "b\n" + EDITION + "c\n";
        assertEquals(List.of(39, 31, 31), partLengths(input, 30));
    }

    @Test
    void aLongEditionIsCutBeforeAPaperOnceTwiceTheMinimumIsBuffered() {
        assertEquals(List.of(41, 36, 36, 24), partLengths(EDITION + papers(9), 30));
    }

    @Test
    void aHeadingBeforeTwiceTheMinimumWinsOverAnEarlierPaper() {
        String input = EDITION + paper(1) + paper(2) + EDITION + paper(3);
        assertEquals(List.of(53, 41), partLengths(input, 30));
    }

    @Test
    void aPaperHeadingAfterALongSectionIsFound() {
        String input = EDITION + paper(1) + "- " + "x".repeat(40) + "\n" + paper(2) + paper(3);
        assertEquals(List.of(84, 24), partLengths(input, 30));
    }

    @Test
    void aReadmeBlockIsNotCutAtLinesThatLookLikePapers() {
        assertEquals(List.of(116), partLengths("# About\n" + papers(9), 30));
    }

    @Test
    void theInputMayBeExactlyAsLongAsTheMaximum() {
        String input = EDITION + "x".repeat(21); // 50 chars
        PartReader exact = new PartReader(new StringReader(input), 30, 50, UnaryOperator.identity(),
                new IllegalStateException("too large"));
        List<Digest> parts = StreamSupport.stream(exact, false).toList();
        assertEquals(1, parts.size());
        IllegalStateException tooLarge = new IllegalStateException("too large");
        PartReader over = new PartReader(new StringReader(input), 30, 49, UnaryOperator.identity(), tooLarge);
        assertSame(tooLarge, assertThrows(IllegalStateException.class,
                () -> StreamSupport.stream(over, false).toList()));
    }
}
