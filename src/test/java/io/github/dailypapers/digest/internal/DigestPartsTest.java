package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an input may be cut into parts: before level-1 and level-2 headings, or paper headings. */
class DigestPartsTest {

    private static final String TEXT = "# a\n## b\nx\n# c\nlast\n";

    @Test
    void cutsAreHeadingLineStartsAtLeastTheMinimumApart() {
        assertEquals(List.of(4, 11), DigestParts.cuts(TEXT, 0, TEXT.length(), 1));
        assertEquals(List.of(4, 11), DigestParts.cuts(TEXT, 0, TEXT.length(), 0));
        assertEquals(List.of(11), DigestParts.cuts(TEXT, 0, TEXT.length(), 5));
        assertEquals(List.of(11), DigestParts.cuts(TEXT, 4, TEXT.length(), 1));
        assertEquals(List.of(4, 11), DigestParts.cuts(TEXT, 0, 13, 1));
        assertEquals(List.of(4), DigestParts.cuts(TEXT, 0, 12, 1));
        assertEquals(List.of(), DigestParts.cuts(TEXT, 0, TEXT.length(), 12));
        assertEquals(List.of(), DigestParts.cuts("# only\n", 0, 7, 1));
    }

    @Test
    void aHeadingNeedsItsSpaceAndAWholeLineEndBeforeIt() {
        assertEquals(-1, DigestParts.nextHeadingLineStart("x\n#a\n##b\n###\n", 0, 13));
        assertEquals(2, DigestParts.nextHeadingLineStart("x\n## b", 0, 6));
        assertEquals(-1, DigestParts.nextHeadingLineStart("x\n## b", 0, 4), "the space is past the end");
        assertEquals(2, DigestParts.nextHeadingLineStart("x\n# b", 0, 4));
        assertEquals(-1, DigestParts.nextHeadingLineStart("x\n# b", 0, 3));
        assertEquals(3, DigestParts.nextHeadingLineStart("x\r\n# b", 0, 6), "not between \\r and \\n");
        assertEquals(2, DigestParts.nextHeadingLineStart("x\r# b", 0, 5));
        assertEquals(-1, DigestParts.nextHeadingLineStart("# b", 0, 3), "never at 0");
        assertEquals(-1, DigestParts.nextHeadingLineStart("x # b", 0, 5));
    }

    @Test
    void aPaperHeadingIsThreeHashesASpaceAndABracket() {
        assertEquals(2, DigestParts.nextPaperLineStart("x\n### [a](u)\n", 0, 13));
        assertEquals(2, DigestParts.nextPaperLineStart("x\n### [", 0, 7));
        assertEquals(-1, DigestParts.nextPaperLineStart("x\n### [", 0, 6));
        for (String miss : List.of("a## [", "#a# [", "##a [", "###a[", "### a", "## [x", "# [xx")) {
            assertEquals(-1, DigestParts.nextPaperLineStart("x\n" + miss + "\n", 0, 8), miss);
        }
        assertEquals(-1, DigestParts.nextPaperLineStart("x\n## b\n", 0, 7));
    }

    @Test
    void theLastHeadingBeforeAnIndex() {
        assertEquals(0, DigestParts.lastHeadingLineStart(TEXT, 4));
        assertEquals(4, DigestParts.lastHeadingLineStart(TEXT, 9));
        assertEquals(11, DigestParts.lastHeadingLineStart(TEXT, TEXT.length()));
        assertEquals(-1, DigestParts.lastHeadingLineStart("x\ny\n", 4));
        assertEquals(-1, DigestParts.lastHeadingLineStart("# a", 1), "the heading's space is past the index");
    }
}
