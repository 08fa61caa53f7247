package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void archive() throws IOException {
        Files.createDirectories(dir.resolve("2025"));
        Files.writeString(dir.resolve("2025/a.md"), String.join("\n",
                "## Daily Papers (2025-01-02)", "", "### [A](https://arxiv.org/abs/2501.00001)", "",
                "- ***What's New***: 대형 언어 모델(Large Language Models, LLMs)과 저랭크 적응(low-rank adaptation)을 쓴다.",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2025/b.md"), String.join("\n",
                "## Daily Papers (2025-02-03)", "", "### [B](https://arxiv.org/abs/2502.00002)", "",
                "- ***What's New***: 저랭크 적응(low-rank adaptation)과 저랭크 적응(Low-Rank Adaptation)을 비교한다.",
                "- ***Technical Details***: 저랭크 적응(LoRA adaptation) 변형.",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a digest");
    }

    @Test
    void tableSortedByCountWithDates() {
        CliRun run = CliRun.run("glossary", "--width", "100", dir.toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("COUNT  TERM\\s+GLOSS\\s+ACRONYM  FIRST\\s+LAST"), lines.get(0));
        // low-rank adaptation and Low-Rank Adaptation are one entry.
        assertTrue(lines.get(1).matches("\\s+3  저랭크 적응\\s+low-rank adaptation\\s+2025-01-02  2025-02-03"), lines.get(1));
        assertEquals("3 entries", lines.get(lines.size() - 1));
    }

    @Test
    void tsvForPrograms() {
        CliRun run = CliRun.run("glossary", "--tsv", dir.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("count\tterm\tgloss\tacronym\tkind\tfirst\tlast", lines.get(0));
        assertEquals("3\t저랭크 적응\tlow-rank adaptation\t\tTRANSLATION\t2025-01-02\t2025-02-03", lines.get(1));
        assertTrue(lines.contains("1\t대형 언어 모델\tLarge Language Models\tLLMs\tTRANSLATION\t2025-01-02\t2025-01-02"),
                lines.toString());
    }

    @Test
    void jsonLinesForPrograms() throws IOException {
        CliRun run = CliRun.run("glossary", "--json", dir.resolve("2025/a.md").toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("대형 언어 모델", first.get("term").asText());
        assertEquals("LLMs", first.get("acronym").asText());
        assertEquals(1, first.get("count").asInt());
        assertEquals("2025-01-02", first.get("first").asText());
    }

    @Test
    void conflictsShowTermsGlossedInMoreThanOneWay() {
        CliRun run = CliRun.run("glossary", "--tsv", "--conflicts", dir.toString());
        // "low-rank adaptation" and "Low-Rank Adaptation" differ only in case: one way, plus "LoRA adaptation".
        assertEquals(List.of(
                "kind\tsubject\tcount\tmeaning\tfirst\tlast",
                "TERM\t저랭크 적응\t3\tlow-rank adaptation\t2025-01-02\t2025-02-03",
                "TERM\t저랭크 적응\t1\tLoRA adaptation\t2025-02-03\t2025-02-03"), run.out().lines().toList());
    }

    @Test
    void minCountFiltersRareEntries() {
        CliRun run = CliRun.run("glossary", "--tsv", "--min-count", "2", dir.toString());
        assertEquals(List.of("count\tterm\tgloss\tacronym\tkind\tfirst\tlast",
                "3\t저랭크 적응\tlow-rank adaptation\t\tTRANSLATION\t2025-01-02\t2025-02-03"), run.out().lines().toList());
    }

    @Test
    void jsonLinesCarryEveryFieldAndNullsForWhatAnEntryLacks() throws IOException {
        Files.writeString(dir.resolve("undated.md"), String.join("\n",
                "### [C](https://arxiv.org/abs/2503.00003)", "", "- 지식 증류(knowledge distillation)를 쓴다.", ""),
                StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = CliRun.run("glossary", "--json", dir.resolve("2025/b.md").toString(),
                dir.resolve("undated.md").toString()).out().lines().toList();
        assertEquals(List.of(
                mapper.readTree("{\"term\":\"저랭크 적응\",\"gloss\":\"low-rank adaptation\",\"acronym\":null,"
                        + "\"kind\":\"TRANSLATION\",\"count\":2,\"first\":\"2025-02-03\",\"last\":\"2025-02-03\"}"),
                mapper.readTree("{\"term\":\"저랭크 적응\",\"gloss\":\"LoRA adaptation\",\"acronym\":null,"
                        + "\"kind\":\"TRANSLATION\",\"count\":1,\"first\":\"2025-02-03\",\"last\":\"2025-02-03\"}"),
                mapper.readTree("{\"term\":\"지식 증류\",\"gloss\":\"knowledge distillation\",\"acronym\":null,"
                        + "\"kind\":\"TRANSLATION\",\"count\":1,\"first\":null,\"last\":null}")),
                lines.stream().map(line -> {
                    try {
                        return mapper.readTree(line);
                    } catch (IOException e) {
                        throw new AssertionError(line, e);
                    }
                }).toList());
    }

    @Test
    void conflictsInATableEndWithHowManyOfEachKind() {
        assertEquals(List.of(
                "TERM OR ACRONYM  COUNT  GLOSSED AS           FIRST       LAST",
                "저랭크 적응          3  low-rank adaptation  2025-01-02  2025-02-03",
                "                     1  LoRA adaptation      2025-02-03  2025-02-03",
                "1 conflict (1 term, 0 acronyms)"), CliRun.run("glossary", "--width", "100", "--conflicts", dir.toString()).out().lines().toList());
        // In 40 columns the dates make room, and the gloss is cut to what is left.
        List<String> narrow = CliRun.run("glossary", "--conflicts", "--width", "40", dir.toString()).out().lines().toList();
        assertEquals(List.of(
                "TERM OR ACRONYM  COUNT  GLOSSED AS",
                "저랭크 적응          3  low-rank adapta…",
                "                     1  LoRA adaptation",
                "1 conflict (1 term, 0 acronyms)",
                "(no room for FIRST, LAST: try --tsv)"), narrow);
    }

    @Test
    void conflictsAsJsonLinesCarryEveryVariantsCountAndDates() throws IOException {
        List<String> lines = CliRun.run("glossary", "--conflicts", "--json", dir.toString()).out().lines().toList();
        assertEquals(List.of(new ObjectMapper().readTree("{\"kind\":\"TERM\",\"subject\":\"저랭크 적응\",\"count\":4,\"variants\":["
                + "{\"meaning\":\"low-rank adaptation\",\"count\":3,\"first\":\"2025-01-02\",\"last\":\"2025-02-03\"},"
                + "{\"meaning\":\"LoRA adaptation\",\"count\":1,\"first\":\"2025-02-03\",\"last\":\"2025-02-03\"}]}")),
                List.of(new ObjectMapper().readTree(lines.get(0))));
        assertEquals(1, lines.size());
    }

    @Test
    void minCountKeepsWhatIsSeenExactlyThatOften() {
        // The conflict of 저랭크 적응 is seen four times in all.
        assertEquals(3, CliRun.run("glossary", "--tsv", "--conflicts", "--min-count", "4", dir.toString()).out().lines().count());
        assertEquals(1, CliRun.run("glossary", "--tsv", "--conflicts", "--min-count", "5", dir.toString()).out().lines().count());
        assertEquals(2, CliRun.run("glossary", "--tsv", "--min-count", "3", dir.toString()).out().lines().count());
    }

    @Test
    void rejectedGlossesAsATableAndAsJson() throws IOException {
        Files.writeString(dir.resolve("2025/c.md"), String.join("\n",
                "## Daily Papers (2025-03-04)", "", "### [C](https://arxiv.org/abs/2503.00004)", "",
                "- ***What's New***: 우리는 Pretraining for general Action models(LAPA)와 비교했다.", ""),
                StandardCharsets.UTF_8);
        List<String> table = CliRun.run("glossary", "--width", "100", "--rejected", dir.toString()).out().lines().toList();
        // In 100 columns the long term gives way, as in the entries' table.
        assertEquals(List.of(
                "COUNT  TERM                                GLOSS  ACRONYM  FIRST       LAST        WHY",
                "    1  Pretraining for general Action mo…         LAPA     2025-03-04  2025-03-04  initials mismatch",
                "1 gloss left out as unsound"), table);
        List<String> narrow = CliRun.run("glossary", "--rejected", "--width", "60", dir.toString()).out().lines().toList();
        assertEquals("(no room for FIRST, LAST: try --tsv)", narrow.get(narrow.size() - 1), narrow.toString());
        assertEquals("0 glosses left out as unsound\n",
                CliRun.run("glossary", "--rejected", "--min-count", "2", dir.toString()).out());
        JsonNode json = new ObjectMapper().readTree(CliRun.run("glossary", "--rejected", "--json", dir.toString()).out());
        assertEquals("Pretraining for general Action models", json.get("term").asText());
        assertTrue(json.get("gloss").isNull());
        assertEquals("LAPA", json.get("acronym").asText());
        assertEquals("ABBREVIATION", json.get("kind").asText());
        assertEquals("2025-03-04", json.get("last").asText());
        assertEquals("INITIALS_MISMATCH", json.get("reason").asText());
        assertTrue(CliRun.run("glossary", "--json", dir.toString()).out().lines().noneMatch(l -> l.contains("reason")),
                "entries have no reason");
    }

    @Test
    void standardInputIsReadAsADigestLikeAFile() throws IOException {
        String digest = Files.readString(dir.resolve("2025/a.md"), StandardCharsets.UTF_8);
        CliRun run = CliRun.runWithInput(digest, "glossary", "--tsv", "-", dir.resolve("2025/b.md").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("3\t저랭크 적응\tlow-rank adaptation\t\tTRANSLATION\t2025-01-02\t2025-02-03",
                run.out().lines().toList().get(1));
    }

    @Test
    void anUnreadableInputIsReportedAndTheOthersAreStillRead() {
        CliRun run = CliRun.run("glossary", "--tsv", dir.resolve("missing.md").toString(), dir.resolve("2025/a.md").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("digest: " + dir.resolve("missing.md") + ": "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals(3, run.out().lines().count(), run.out());
    }

    @Test
    void theJsonOfParseCarriesGlossesWithTheirPosition() throws IOException {
        CliRun run = CliRun.run("parse", "--json", dir.resolve("2025/a.md").toString());
        JsonNode gloss = new ObjectMapper().readTree(run.out()).get("editions").get(0).get("papers").get(0)
                .get("sections").get(0).get("glosses").get(1);
        assertEquals("저랭크 적응", gloss.get("term").asText());
        assertEquals("low-rank adaptation", gloss.get("gloss").asText());
        assertTrue(gloss.get("acronym").isNull());
        assertEquals(5, gloss.get("line").asInt());
        assertEquals(66, gloss.get("column").asInt(), "the column of the group's '('");
    }
}
