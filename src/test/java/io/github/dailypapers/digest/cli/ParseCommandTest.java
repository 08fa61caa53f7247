package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docs/schema/digest-v1.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            JsonNode node = MAPPER.readTree(line);
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), () -> "schema violations: " + errors + " in " + line);
            nodes.add(node);
        }
        return nodes;
    }

    @Test
    void withoutArgumentsShowsTheBundledSample() {
        CliRun run = CliRun.run();
        assertEquals(0, run.status());
        assertTrue(run.out().contains("SparseKV: Pruning the Key-Value Cache at Inference Time"), run.out());
        assertTrue(run.out().contains("votes: unknown"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonLinesHaveOneValidObjectPerFileInArgumentOrder() throws IOException {
        Path sample = write("sample.md", DigestCommand.sample());
        Path empty = write("empty.md", "");
        CliRun run = CliRun.run("parse", "--json", sample.toString(), empty.toString());
        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(2, lines.size());
        assertEquals(sample.toString(), lines.get(0).get("source").asText());
        assertEquals(empty.toString(), lines.get(1).get("source").asText());
        assertEquals(0, lines.get(1).get("editions").size());

        JsonNode edition = lines.get(0).get("editions").get(0);
        assertEquals("2025-03-14", edition.get("date").asText());
        assertEquals(1, edition.get("line").asInt());
        JsonNode first = edition.get("papers").get(0);
        assertEquals("SparseKV: Pruning the Key-Value Cache at Inference Time", first.get("title").asText());
        assertEquals("2503.01234", first.get("arxivId").asText());
        assertEquals("image", first.get("media").get("type").asText());
        assertEquals(17, first.get("votes").asInt());
        assertEquals("Daniel O'Neil", first.get("authors").get(1).asText());
        assertEquals("WHATS_NEW", first.get("sections").get(0).get("kind").asText());
        assertEquals(3, first.get("line").asInt());

        JsonNode second = edition.get("papers").get(1);
        assertTrue(second.get("votes").isNull(), "Vote: - is unknown, written as null");
        assertEquals("video", second.get("media").get("type").asText());
        assertEquals("OTHER", second.get("sections").get(2).get("kind").asText());
        assertEquals("Limitations", second.get("sections").get(2).get("label").asText());

        JsonNode diagnostic = lines.get(0).get("diagnostics").get(0);
        assertEquals("VOTE_PLACEHOLDER", diagnostic.get("code").asText());
        assertEquals("WARNING", diagnostic.get("severity").asText());
        assertEquals(20, diagnostic.get("line").asInt());
        assertEquals(1, diagnostic.get("column").asInt());
    }

    @Test
    void textsAreExactlyTheModelsStrings() throws IOException {
        String text = "## Daily Papers (2025-01-02)\n\n### [A \"quoted\" \\ title](/papers/2311.01234)\n\n"
                + "- 첫 줄 \t끝 \n  - (1) 이어지는 줄\n";
        CliRun run = CliRun.run("parse", "--json", write("t.md", text).toString());
        JsonNode paper = jsonLines(run.out()).get(0).get("editions").get(0).get("papers").get(0);
        assertEquals("A \"quoted\" \\ title", paper.get("title").asText());
        assertEquals("2311.01234", paper.get("arxivId").asText());
        assertTrue(paper.get("media").isNull());
        assertEquals("첫 줄 \t끝 \n  - (1) 이어지는 줄", paper.get("sections").get(0).get("text").asText());
        assertTrue(paper.get("sections").get(0).get("label").isNull());
        assertEquals("POINT", paper.get("sections").get(0).get("kind").asText());
    }

    @Test
    void readsStandardInputAsDash() throws IOException {
        CliRun run = CliRun.runWithInput("## Daily Papers (2025-01-02)\n", "parse", "--json", "-");
        assertEquals(0, run.status());
        JsonNode node = jsonLines(run.out()).get(0);
        assertEquals("-", node.get("source").asText());
        assertEquals("2025-01-02", node.get("editions").get(0).get("date").asText());
    }

    @Test
    void anUnreadableFileGoesToStandardErrorAndExitsOne() throws IOException {
        Path good = write("good.md", "## Daily Papers (2025-01-02)\n");
        CliRun run = CliRun.run("parse", "--json", dir.resolve("missing.md").toString(), good.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("missing.md"), run.err());
        assertEquals(1, jsonLines(run.out()).size(), "the readable file is still written");
    }

    @Test
    void strictModeFailsAFileWithAnErrorButWarningsPass() throws IOException {
        Path bad = write("bad.md", "## Daily Papers (2024-02-30)\n");
        Path warned = write("warned.md", "## Daily Papers (2024-02-03)\n\n### [T](https://arxiv.org/abs/2402.00001)\n\nVote: -\n");
        CliRun run = CliRun.run("parse", "--json", "--strict", bad.toString(), warned.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("bad.md:1:18: error: INVALID_DATE"), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(1, lines.size());
        assertEquals(warned.toString(), lines.get(0).get("source").asText());

        CliRun lenient = CliRun.run("parse", "--json", bad.toString());
        assertEquals(0, lenient.status());
        assertEquals("INVALID_DATE", jsonLines(lenient.out()).get(0).get("diagnostics").get(0).get("code").asText());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CliRun.run("parse", "--no-such-option", "x.md").status());
        assertEquals(2, CliRun.run("parse").status());
        assertEquals(2, CliRun.run("no-such-command").status());
    }

    @Test
    void prettyPrintsIndentedJson() throws IOException {
        CliRun run = CliRun.run("parse", "--pretty", write("p.md", "## Daily Papers (2025-01-02)\n").toString());
        assertEquals(0, run.status());
        assertTrue(run.out().contains("\n  \"editions\""), run.out());
        assertTrue(schema.validate(MAPPER.readTree(run.out())).isEmpty());
        CliRun sample = CliRun.run("parse", "--pretty", write("s.md", DigestCommand.sample()).toString());
        assertTrue(sample.out().contains("\n  \"diagnostics\" : [ {\n    \"severity\" : \"WARNING\",\n"), sample.out());
        assertTrue(sample.out().endsWith("\n  } ]\n}\n"), sample.out());
    }

    @Test
    void directoriesAreWalkedForMarkdownFilesInOrder() throws IOException {
        write("b.md", "## Daily Papers (2025-01-02)\n");
        write("a.md", "## Daily Papers (2025-01-01)\n");
        write("notes.txt", "not a digest");
        CliRun run = CliRun.run("parse", "--json", dir.toString());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).get("source").asText().endsWith("a.md"));
        assertTrue(lines.get(1).get("source").asText().endsWith("b.md"));
    }

    @Test
    void textViewListsPapersAndDiagnostics() throws IOException {
        CliRun run = CliRun.run("parse", write("s.md", DigestCommand.sample()).toString());
        assertEquals(0, run.status());
        assertTrue(run.out().contains("Edition 2025-03-14, 2 papers"), run.out());
        assertTrue(run.out().contains(":20:1: warning: VOTE_PLACEHOLDER"), run.out());
    }

    @Test
    void theTextViewListsEachSectionsGlosses() throws IOException {
        String digest = String.join("\n", "## Daily Papers (2025-01-02)", "", "### [A](https://arxiv.org/abs/2501.00001)", "",
                "- ***What's New***: 대형 언어 모델(Large Language Models, LLMs)과 소형 보상 모델(SRM), "
                        + "CoT(Chain of Thought)와 Local-SGD(지역 확률적 경사 하강법)를 쓴다.",
                "- ***Technical Details***: 괄호(1) 없이.", "");
        List<String> lines = CliRun.run("parse", write("g.md", digest).toString()).out().lines().toList();
        assertEquals(List.of("       glosses: 대형 언어 모델 = Large Language Models, LLMs; 소형 보상 모델 = SRM; "
                + "CoT = Chain of Thought; Local-SGD = 지역 확률적 경사 하강법"),
                lines.stream().filter(l -> l.contains("glosses:")).toList(), "one line, for the section with glosses only");
        assertTrue(lines.get(lines.indexOf(lines.stream().filter(l -> l.contains("glosses:")).findFirst().orElseThrow()) - 1)
                .startsWith("     What's New: "), lines.toString());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("parse"), help.out());
        assertTrue(help.out().contains("glossary"), help.out());
        CliRun version = CliRun.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("digest "), version.out());
    }
}
