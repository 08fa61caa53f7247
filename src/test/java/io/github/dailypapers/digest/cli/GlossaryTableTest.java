package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code digest glossary} on the fictional archive in {@code src/test/resources/glossary/}: what
 * people and programs see. A table whose layout is asserted is asked for with {@code --width}: the
 * default width comes from {@code COLUMNS}, which the environment running the tests may set.
 */
class GlossaryTableTest {

    private static final String LONG_GLOSS =
            "Conditional Autoregressive Visual Generation Framework with Hierarchical Token Merging";
    private static final String LONG_TERM = "계층적 토큰 병합 기반 조건부 자기회귀 시각 생성 프레임워크";

    private static String archive() {
        try {
            return Path.of(GlossaryTableTest.class.getResource("/glossary").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Columns a terminal gives a line: two for a Hangul syllable, one for anything else in these tests. */
    private static int columns(String line) {
        return line.codePoints().map(cp -> cp >= 0xAC00 && cp <= 0xD7A3 ? 2 : 1).sum();
    }

    private static void assertFits(String out, int width) {
        for (String line : out.lines().toList()) {
            assertTrue(columns(line) <= width, "wider than " + width + ": " + line);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 60})
    void theTableFitsTheWidthAndCutsLongCellsWithAnEllipsis(int width) {
        CliRun run = CliRun.run("glossary", "--width", String.valueOf(width), archive());
        assertEquals(0, run.status(), run.err());
        assertFits(run.out(), width);
        String row = run.out().lines().filter(l -> l.contains("Conditional")).findFirst().orElseThrow();
        assertTrue(row.contains("…") && !row.contains(LONG_GLOSS), row);
        assertTrue(run.out().lines().anyMatch(l -> l.contains("저랭크 적응") && l.contains("low-rank adaptation")),
                "short cells are whole: " + run.out());
    }

    @Test
    void withoutCuttingTheTableIsAsWideAsItsCells() {
        CliRun run = CliRun.run("glossary", "--width", "0", archive());
        assertTrue(run.out().contains(LONG_TERM) && run.out().contains(LONG_GLOSS), run.out());
        assertTrue(run.out().lines().mapToInt(GlossaryTableTest::columns).max().orElseThrow() > 100);
    }

    @Test
    void inSixtyColumnsTheDatesMakeRoomAndTheFooterSaysSo() {
        CliRun run = CliRun.run("glossary", "--width", "60", archive());
        List<String> lines = run.out().lines().toList();
        assertEquals("COUNT  TERM", lines.get(0).substring(0, 11));
        assertTrue(!lines.get(0).contains("FIRST") && lines.get(lines.size() - 1).contains("no room for FIRST, LAST"),
                run.out());
        assertTrue(CliRun.run("glossary", "--width", "100", archive()).out().lines().findFirst().orElseThrow()
                .endsWith("FIRST       LAST"));
    }

    @Test
    void anExpansionDoesNotRepeatItsAcronymInTheTable() {
        String row = CliRun.run("glossary", "--width", "100", archive()).out().lines()
                .filter(l -> l.contains("OOD") && l.contains("Out-Of-Domain")).findFirst().orElseThrow();
        assertEquals(1, row.split("OOD", -1).length - 1, row);
    }

    @Test
    void tsvAndJsonKeepFullCells() throws IOException {
        String tsv = CliRun.run("glossary", "--tsv", "--width", "60", archive()).out();
        assertTrue(tsv.lines().anyMatch(l -> l.equals(
                "1\t" + LONG_TERM + "\t" + LONG_GLOSS + "\t\tTRANSLATION\t2025-01-15\t2025-01-15")), tsv);
        String json = CliRun.run("glossary", "--json", "--width", "60", archive()).out();
        JsonNode row = null;
        for (String line : json.lines().toList()) {
            JsonNode node = new ObjectMapper().readTree(line);
            if (node.get("term").asText().equals(LONG_TERM)) {
                row = node;
            }
        }
        assertEquals(LONG_GLOSS, row.get("gloss").asText());
    }

    @Test
    void conflictsReadAsASubjectWithItsVariants() {
        CliRun run = CliRun.run("glossary", "--width", "100", "--conflicts", archive());
        assertEquals(List.of(
                "TERM OR ACRONYM  COUNT  GLOSSED AS                                  FIRST       LAST",
                "OOD                  1  Out-Of-Distribution                         2024-05-02  2024-05-02",
                "                     1  Out-Of-Domain                               2024-06-11  2024-06-11",
                "강화 학습            1  reinforcement learning                      2024-06-11  2024-06-11",
                "                     1  Reinforcement Learning from Human Feedback  2024-06-11  2024-06-11",
                "2 conflicts (1 term, 1 acronym)"), run.out().lines().toList());
    }

    @Test
    void conflictsAsJsonLines() throws IOException {
        List<String> lines = CliRun.run("glossary", "--conflicts", "--json", archive()).out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode ood = new ObjectMapper().readTree(lines.get(0));
        assertEquals("ACRONYM", ood.get("kind").asText());
        assertEquals("OOD", ood.get("subject").asText());
        assertEquals(2, ood.get("count").asInt());
        assertEquals("Out-Of-Domain", ood.get("variants").get(1).get("meaning").asText());
        assertEquals("2024-06-11", ood.get("variants").get(1).get("first").asText());
    }

    @Test
    void unsoundGlossesAreCountedAndListedOnRequest() {
        List<String> table = CliRun.run("glossary", "--width", "100", archive()).out().lines().toList();
        assertEquals("11 entries; 1 left out as unsound (--rejected lists them)", table.get(table.size() - 1));
        assertTrue(table.stream().noneMatch(l -> l.contains("Model Building WG")), table.toString());
        String tsv = CliRun.run("glossary", "--rejected", "--tsv", archive()).out();
        assertEquals(List.of("count\tterm\tgloss\tacronym\tkind\tfirst\tlast\treason",
                "1\tPretraining for general Action models\t\tLAPA\tABBREVIATION\t2024-05-02\t2024-05-02\tINITIALS_MISMATCH"), tsv.lines().toList());
        String text = CliRun.run("glossary", "--width", "100", "--rejected", archive()).out();
        assertTrue(text.lines().anyMatch(l -> l.contains("LAPA")), text);
    }

    @Test
    void theWidthIsTheOptionElseColumnsElseTheTerminalElseAHundred() {
        assertEquals(60, GlossaryCommand.tableWidth(60, "120", () -> 132));
        assertEquals(120, GlossaryCommand.tableWidth(null, "120", () -> 132));
        assertEquals(132, GlossaryCommand.tableWidth(null, null, () -> 132), "the terminal's own width");
        assertEquals(132, GlossaryCommand.tableWidth(null, "wide", () -> 132));
        assertEquals(100, GlossaryCommand.tableWidth(null, null, () -> 0), "no terminal");
        assertEquals(100, GlossaryCommand.tableWidth(null, "0", () -> 0));
        assertEquals(Integer.MAX_VALUE, GlossaryCommand.tableWidth(0, "80", () -> 132), "0: no limit");
        assertEquals(2, CliRun.run("glossary", "--width", "-1", archive()).status());
    }

    @Test
    void nothingToShowIsOneLine() {
        assertEquals("0 entries; 1 left out as unsound (--rejected lists them)\n", CliRun.run("glossary", "--min-count", "99", archive()).out());
        assertEquals("0 conflicts (0 terms, 0 acronyms)\n",
                CliRun.run("glossary", "--conflicts", "--min-count", "99", archive()).out());
    }
}
