package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readable view of {@code digest parse}, line for line, as docs/cli.md describes it. */
class TextViewTest {

    @TempDir
    Path dir;

    private List<String> view(String digest) throws IOException {
        Path file = dir.resolve("d.md");
        Files.writeString(file, digest, StandardCharsets.UTF_8);
        CliRun run = CliRun.run("parse", file.toString());
        assertEquals(0, run.status(), run.err());
        return run.out().lines().map(line -> line.replace(file.toString(), "NAME")).toList();
    }

    @Test
    void everyPartOfADigestInDocumentOrder() throws IOException {
        String longText = "가".repeat(200);
        List<String> lines = view(String.join("\n",
                "stray text before any heading",
                "# README",
                "",
                "## Project Description",
                "",
                "## Daily Papers (2025-03-14)",
                "",
                "### [SparseKV: Pruning the Key-Value Cache](https://arxiv.org/abs/2503.01234)",
                "",
                "![](https://example.org/thumb.png)",
                "",
                "Vote: 17",
                "",
                "Authors: A One, B Two, C Three, D Four, E Five, F Six, G Seven",
                "",
                "- ***What's New***: 키-값 캐시(Key-Value Cache)를 줄인다.",
                "  이어지는 줄.",
                "- an unlabeled point",
                "",
                "### [Second \u001B[31mPaper](https://example.org/paper)",
                "",
                "Vote: -",
                "",
                "Authors: Solo Author",
                "",
                "- ***Technical Details***: " + longText,
                ""));
        assertEquals(List.of(
                "== NAME",
                "Unrecognised line 1: stray text before any heading",
                "README block (line 2): # README",
                "README block (line 4): ## Project Description",
                "",
                "Edition 2025-03-14, 2 papers",
                "",
                "  1. SparseKV: Pruning the Key-Value Cache",
                "     arXiv 2503.01234 | votes: 17 | image",
                "     Authors: A One, B Two, C Three, D Four, E Five and 2 more",
                "     What's New: 키-값 캐시(Key-Value Cache)를 줄인다. 이어지는 줄.",
                "       glosses: 키-값 캐시 = Key-Value Cache",
                "     • an unlabeled point",
                "",
                "  2. Second \\u001B[31mPaper",
                "     https://example.org/paper | votes: unknown",
                "     Authors: Solo Author",
                "     Technical Details: " + "가".repeat(160) + "…",
                "",
                "Diagnostics:",
                "  NAME:1:1: error: UNRECOGNISED_LINE: line before any heading fits nowhere",
                "  NAME:22:1: warning: VOTE_PLACEHOLDER: vote count is a placeholder '-': unknown",
                ""), lines);
    }

    @Test
    void fiveAuthorsAndAHundredAndSixtyCharsAreShownWhole() throws IOException {
        String text = "가".repeat(160);
        List<String> lines = view(String.join("\n",
                "## Daily Papers (2025-03-14)",
                "",
                "garbage before a paper",
                "",
                "### [T](https://arxiv.org/abs/2503.01234)",
                "",
                "Authors: A, B, C, D, E",
                "",
                "- ***What's New***: " + text,
                ""));
        assertEquals(List.of(
                "== NAME",
                "",
                "Edition 2025-03-14, 1 paper",
                "",
                "  1. T",
                "     arXiv 2503.01234 | votes: unknown",
                "     Authors: A, B, C, D, E",
                "     What's New: " + text,
                // The edition starts on line 1, the unrecognised line is line 3: in document order.
                "Unrecognised line 3: garbage before a paper",
                "",
                "Diagnostics:",
                "  NAME:3:1: error: UNRECOGNISED_LINE: line between the date heading and the first paper fits nowhere",
                ""), lines);
    }

    @Test
    void atMostAHundredUnrecognisedLinesAndDiagnosticsAreListed() throws IOException {
        List<String> strays = new ArrayList<>();
        for (int i = 1; i <= 103; i++) {
            strays.add("stray " + i);
        }
        List<String> lines = view(String.join("\n", strays) + "\n## Daily Papers (2025-03-14)\n");
        assertEquals("Unrecognised line 100: stray 100", lines.get(100));
        assertEquals("Edition 2025-03-14, 0 papers", lines.get(102));
        assertEquals("… and 3 more unrecognised lines (--json lists them all)", lines.get(103), "after what was shown");
        int diagnostics = lines.indexOf("Diagnostics:");
        assertEquals("  NAME:100:1: error: UNRECOGNISED_LINE: line before any heading fits nowhere",
                lines.get(diagnostics + 100));
        assertEquals("  … and 3 more diagnostics (--json lists them all)", lines.get(diagnostics + 101));
        assertEquals("", lines.get(lines.size() - 1));
        assertEquals(diagnostics + 103, lines.size());
    }
}
