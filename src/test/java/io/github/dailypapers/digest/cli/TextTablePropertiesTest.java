package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The table fits whatever its cells, Latin or Hangul; cut cells keep their start. */
class TextTablePropertiesTest {

    /** Cells of Latin letters and spaces, or of Hangul syllables and spaces. */
    private static final Gen<String> CELLS = strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 40)
            .mix(strings().betweenCodePoints(0xAC00, 0xAC20).ofLengthBetween(0, 20).map(s -> s.replace('\uAC00', ' ')));

    @Test
    void everyLineFitsTheWidth() {
        qt().withFixedSeed(5L).withExamples(2_000)
                .forAll(lists().of(lists().of(CELLS).ofSize(2)).ofSizeBetween(0, 12), integers().between(16, 120))
                .checkAssert((rows, width) -> {
                    TextTable table = new TextTable("N", "TERM", "GLOSS").rightAligned(0).shrinkable(1, 2);
                    for (int i = 0; i < rows.size(); i++) {
                        table.add(String.valueOf(i), rows.get(i).get(0), rows.get(i).get(1));
                    }
                    StringWriter out = new StringWriter();
                    table.print(new PrintWriter(out, true), width);
                    List<String> lines = out.toString().lines().toList();
                    assertEquals(rows.size() + 1, lines.size());
                    for (String line : lines) {
                        assertTrue(TextTable.width(line) <= width, width + ": " + line);
                    }
                });
    }

    @Test
    void aCutCellIsItsStartAndAnEllipsis() {
        qt().withFixedSeed(6L).withExamples(2_000)
                .forAll(CELLS, integers().between(2, 50))
                .checkAssert((cell, columns) -> {
                    String cut = TextTable.cut(cell, columns);
                    assertTrue(TextTable.width(cut) <= columns, cut);
                    assertTrue(cut.equals(cell)
                            || (cut.endsWith("…") && cell.startsWith(cut.substring(0, cut.length() - 1))), cut);
                });
    }
}
