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
        CliRun run = CliRun.run("glossary", dir.toString());
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
