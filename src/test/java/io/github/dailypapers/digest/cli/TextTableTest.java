package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The wide blocks (East Asian Width W or F) a digest can hold, at both edges: Hangul jamo,
     * CJK and its punctuation, Hangul syllables, compatibility ideographs, vertical and small
     * forms, fullwidth forms and signs, and the supplementary ideographs.
     */
    @ParameterizedTest
    @CsvSource({
        "10FF, 1", "1100, 2", "115F, 2", "1160, 1",
        "2E7F, 1", "2E80, 2", "3000, 2", "A4CF, 2", "A4D0, 1",
        "ABFF, 1", "AC00, 2", "D7A3, 2", "D7A4, 1",
        "F8FF, 1", "F900, 2", "FAFF, 2", "FB00, 1",
        "FE2F, 1", "FE30, 2", "FE4F, 2", "FE50, 1",
        "FEFF, 1", "FF00, 2", "FF60, 2", "FF61, 1",
        "FFDF, 1", "FFE0, 2", "FFE6, 2", "FFE7, 1",
        "1FFFF, 1", "20000, 2", "3FFFD, 2", "3FFFE, 1",
        "0041, 1", "00E9, 1",
    })
    void wideCharactersTakeTwoColumns(String codePoint, int columns) {
        assertEquals(columns, TextTable.width(Character.toString(Integer.parseInt(codePoint, 16))));
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
    void fewCutCellsCountBeforeWidth() {
        // TERM is the wider column, but all its cells are that wide; GLOSS has one long cell.
        TextTable table = new TextTable("TERM", "GLOSS").shrinkable(0, 1);
        table.add("tttttttttttttttttttt", "gggg");
        table.add("tttttttttttttttttttt", "gggggggggggggggggg");
        table.add("tttttttttttttttttttt", "gggg");
        // 20 + 2 + 18 = 40 columns; in 34, GLOSS loses all six.
        assertEquals(List.of("TERM                  GLOSS", "tttttttttttttttttttt  gggg",
                "tttttttttttttttttttt  ggggggggggg…", "tttttttttttttttttttt  gggg"), print(table, 34).lines().toList());
    }

    @Test
    void onAFullTieTheLeftColumnGivesWayFirstAndThenTheyTakeTurns() {
        TextTable table = new TextTable("A", "B").shrinkable(0, 1);
        table.add("aaaaaaaaaa", "bbbbbbbbbb");
        assertEquals(List.of("A          B", "aaaaaaaa…  bbbbbbbbbb"), print(table, 21).lines().toList());
        assertEquals(List.of("A          B", "aaaaaaaa…  bbbbbbbb…"), print(table, 20).lines().toList());
    }

    @Test
    void aColumnKeepsItsHeadersWidthWhileAnotherCanShrink() {
        TextTable table = new TextTable("A", "GLOSSARY").shrinkable(0, 1);
        table.add("aaaaaaaaaa", "bb");
        assertEquals(List.of("A          GLOSSARY", "aaaaaaaa…  bb"), print(table, 19).lines().toList());
        // Only when no other column can shrink does a header get cut, never below three columns.
        assertEquals(List.of("A    GLOSSARY", "aa…  bb"), print(table, 13).lines().toList());
        assertEquals(List.of("A    GL…", "aa…  bb"), print(table, 8).lines().toList());
        assertEquals(List.of("A    GL…", "aa…  bb"), print(table, 4).lines().toList());
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
