package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dailypapers.digest.model.BilingualText;
import io.github.dailypapers.digest.model.ScriptSegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the bilingual analysis on random text built from parentheses, Hangul, Latin,
 * digits, punctuation, spaces, particles and surrogate pairs. Run more tries with
 * {@code -Dbilingual.examples=100000}.
 */
class BilingualPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("bilingual.examples", 3_000);

    private static final String[] PIECES = {
        "(", ")", "((", "))", " ", "  ", "\n", "모델", "언어", "대형", "는", "을", "의", "한", "된", "짧은", "및",
        "LLMs", "LoRA", "Model", "language", "of", "Low-Rank", "-", ";", ",", ".", ":", "'", "\"", "‘", "’", "%", "1",
        "2024", "예:", "e.g.", "가", "😀", "\uD800", "\t", "(ASR)", "(Open-World)", "(지역 경사)", "(1)", "(iii)",
    };

    private static Gen<String> texts() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 30).map(picks -> {
            StringBuilder s = new StringBuilder();
            picks.forEach(i -> s.append(PIECES[i]));
            return s.toString();
        });
    }

    @Test
    void segmentsConcatenateToTheTextAndAreMaximal() {
        qt().withFixedSeed(1L).withExamples(EXAMPLES).forAll(texts()).checkAssert(text -> {
            List<ScriptSegment> segments = BilingualText.of(text).segments();
            StringBuilder joined = new StringBuilder();
            int expectedStart = 0;
            for (int i = 0; i < segments.size(); i++) {
                ScriptSegment s = segments.get(i);
                assertEquals(expectedStart, s.range().start());
                assertEquals(s.text(), s.range().of(text));
                joined.append(s.text());
                expectedStart = s.range().end();
                if (i > 0) {
                    assertNotEquals(segments.get(i - 1).script(), s.script());
                }
            }
            assertEquals(text, joined.toString());
        });
    }

    @Test
    void everyCodePointOfASegmentHasTheSegmentsScript() {
        qt().withFixedSeed(3L).withExamples(EXAMPLES).forAll(texts()).checkAssert(text -> {
            for (ScriptSegment s : ScriptSegmenter.split(text)) {
                s.text().codePoints().forEach(cp -> assertEquals(Scripts.of(cp), s.script()));
            }
        });
    }

    @Test
    void parenthesisedGroupsAreTheBalancedPairsInOrderOfStart() {
        qt().withFixedSeed(4L).withExamples(EXAMPLES).forAll(texts()).checkAssert(text -> {
            // The obvious algorithm, char by char, as the reference for the indexOf jumps.
            java.util.List<ParenGroups.Group> expected = new java.util.ArrayList<>();
            java.util.Deque<int[]> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '(') {
                    open.push(new int[] {i, 0});
                } else if (text.charAt(i) == ')' && !open.isEmpty()) {
                    int[] group = open.pop();
                    expected.add(new ParenGroups.Group(group[0], i + 1, group[1] == 1));
                    if (!open.isEmpty()) {
                        open.peek()[1] = 1;
                    }
                }
            }
            expected.sort(java.util.Comparator.comparingInt(ParenGroups.Group::start));
            assertEquals(expected, ParenGroups.find(text));
        });
    }

    @Test
    void glossColumnsCountCodePointsFromTheLineStart() {
        qt().withFixedSeed(5L).withExamples(EXAMPLES).forAll(texts(), integers().between(0, 1000),
                integers().between(0, 1000)).checkAssert((text, a, b) -> {
            // Each line of the text as if it started a source line at column 1.
            java.util.List<io.github.dailypapers.digest.model.SourceSpan> lines = new java.util.ArrayList<>();
            java.util.List<Integer> lineStarts = new java.util.ArrayList<>();
            int lineStart = 0;
            int number = 1;
            for (String line : text.split("\n", -1)) {
                lines.add(new io.github.dailypapers.digest.model.SourceSpan(number, 1, number,
                        1 + line.codePointCount(0, line.length()), lineStart, line.length()));
                lineStarts.add(lineStart);
                lineStart += line.length() + 1;
                number++;
            }
            int start = Math.min(a, b) % (text.length() + 1);
            int end = Math.max(start, Math.max(a, b) % (text.length() + 1));
            io.github.dailypapers.digest.model.SourceSpan span = new TextPositions(text, lines).span(start, end).orElseThrow();
            int line = span.line() - 1;
            assertEquals(1 + text.codePointCount(lineStarts.get(line), start), span.column());
            int endLine = span.endLine() - 1;
            assertEquals(1 + text.codePointCount(lineStarts.get(endLine), end), span.endColumn());
        });
    }

    @Test
    void theQuickScriptOfACharIsItsScript() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c) && Scripts.of(c) != Scripts.ofChar((char) c)) {
                throw new AssertionError("U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void everyGlossPointsAtWhatItNames() {
        qt().withFixedSeed(2L).withExamples(EXAMPLES).forAll(texts()).checkAssert(text -> {
            int previousGroupEnd = 0;
            for (GlossMatch g : GlossFinder.find(text)) {
                assertTrue(0 <= g.termStart() && g.termStart() < g.termEnd() && g.termEnd() <= g.groupStart());
                assertEquals(g.term(), text.substring(g.termStart(), g.termEnd()));
                assertEquals('(', text.charAt(g.groupStart()));
                assertEquals(')', text.charAt(g.groupEnd() - 1));
                assertTrue(g.groupStart() >= previousGroupEnd, "glosses are in order and do not overlap");
                assertTrue(g.gloss() != null || g.acronym() != null);
                previousGroupEnd = g.groupEnd();
            }
        });
    }
}
