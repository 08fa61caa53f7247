package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static String print(TextTable table, int width) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            table.print(writer, width);
        }
        return out.toString();
    }

    @Test
    void hangulTakesTwoColumns() {
        TextTable table = new TextTable("A", "B");
        table.add("저랭크", "x");
        table.add("ab", "y");
        assertEquals(List.of("A       B", "저랭크  x", "ab      y"), print(table, 100).lines().toList());
    }

    @Test
    void aCellTooWideIsCutWithAnEllipsisWithoutSplittingAWideCharacter() {
        assertEquals("Large…", TextTable.cut("Large Language Models", 6));
        assertEquals("대형…", TextTable.cut("대형 언어 모델", 6), "대형 is 4 columns, a third syllable would need 7");
        assertEquals("대형 언…", TextTable.cut("대형 언어 모델", 8));
        assertEquals("short", TextTable.cut("short", 6));
    }

    @Test
    void theColumnWithFewLongCellsGivesWayFirst() {
        TextTable table = new TextTable("TERM", "GLOSS").shrinkable(0, 1);
        table.add("aaaaaaaaaa", "bbbbbbbbbb");
        table.add("aaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        table.add("aaaaaaaaaa", "bbbbbbbbbb");
        // 10 + 2 + 30 = 42 columns; in 30, the one long gloss is cut, no term is.
        assertEquals(List.of("TERM        GLOSS", "aaaaaaaaaa  bbbbbbbbbb", "aaaaaaaaaa  bbbbbbbbbbbbbbbbb…",
                "aaaaaaaaaa  bbbbbbbbbb"), print(table, 30).lines().toList());
    }

    @Test
    void optionalColumnsMakeRoomBeforeAShrinkableColumnGetsTooNarrow() {
        TextTable table = new TextTable("N", "TERM", "DATE").rightAligned(0).shrinkable(1).optional(2);
        table.add("12", "a term of twenty-two c", "2024-01-01");
        assertEquals(List.of(" N  TERM                    DATE", "12  a term of twenty-two c  2024-01-01"),
                print(table, 40).lines().toList());
        assertEquals(List.of(" N  TERM", "12  a term of twenty-two c"), print(table, 30).lines().toList());
    }

    @Test
    void controlCharactersCannotBreakALine() {
        TextTable table = new TextTable("A");
        table.add("two\nlines\tand a tab");
        assertEquals(List.of("A", "two lines and a tab"), print(table, 100).lines().toList());
    }
}
