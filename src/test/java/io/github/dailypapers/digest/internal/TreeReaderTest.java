package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the tree reader puts a line's end, and which replacements of bad bytes a part reports. */
class TreeReaderTest {

    @Test
    void aPaperHeadingThatEndsWithItsLinkSeparatorEndsAfterIt() {
        Digest digest = DigestParser.builder().build().parse("## Daily Papers (2025-01-02)\n### [T](\nVote: 1\n");
        Paper paper = digest.papers().get(0);
        assertEquals("T", paper.title());
        assertEquals(Optional.of(""), paper.url());
        SourceSpan heading = paper.headingSpan().orElseThrow();
        assertEquals(List.of(2, 1, 8), List.of(heading.line(), heading.column(), heading.length()));
        assertEquals(List.of("2:9+0 MALFORMED_PAPER_HEADING"), digest.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + "+" + d.span().length() + " " + d.code()).toList());
    }

    private static List<String> replacements(String input, int start, int end, List<Integer> replaced) {
        return DigestReader.read(input, start, end, 1, replaced).digest().diagnostics().stream()
                .map(d -> d.span().offset() + "+" + d.span().length() + " " + d.code()).toList();
    }

    @Test
    void adjacentReplacementsAreOneDiagnosticInsideThePart() {
        String input = "ab\uFFFD\uFFFDc\uFFFD\n";
        assertEquals(List.of("0+6 UNRECOGNISED_LINE", "2+2 INVALID_UTF8", "5+1 INVALID_UTF8"),
                replacements(input, 0, input.length(), List.of(2, 3, 5)).stream().sorted().toList());
        String run = "a\uFFFD\uFFFD\uFFFDb\n";
        // A run is reported up to the part's end.
        assertEquals(List.of("1+2 INVALID_UTF8"), replacements(run, 0, 3, List.of(1, 2, 3)).stream()
                .filter(s -> s.endsWith("UTF8")).toList());
        // A replacement at the part's start is the part's; one at its end is not.
        assertEquals(List.of("3+1 INVALID_UTF8"), replacements(run, 3, run.length(), List.of(3)).stream()
                .filter(s -> s.endsWith("UTF8")).toList());
        assertEquals(List.of(), replacements(run, 0, 1, List.of(1, 2, 3)).stream()
                .filter(s -> s.endsWith("UTF8")).toList());
    }
}
