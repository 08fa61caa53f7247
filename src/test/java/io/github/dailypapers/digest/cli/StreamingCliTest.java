package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.bench.DigestGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input is always read part by part (as large files are): what the command writes for
 * it must be what it writes for the same text parsed whole, including editions split between
 * parts.
 */
class StreamingCliTest {

    @TempDir
    Path dir;

    /** One edition of about {@code bytes}: a day's papers repeated under one heading. */
    static String longEdition(long bytes) {
        String day = new DigestGenerator(5).day(LocalDate.of(2025, 3, 14), DigestGenerator.Dialect.CURRENT, false);
        int papers = day.indexOf("### [");
        StringBuilder s = new StringBuilder(day);
        while (s.length() * 2L < bytes) { // Hangul: about two bytes a char on average
            s.append(day, papers, day.length());
        }
        return s.toString();
    }

    private static String withoutSources(String out) {
        return out.replaceAll("\"source\":\"[^\"]*\"", "\"source\":\"\"");
    }

    @Test
    void aLongEditionStreamedIsOneJsonObjectLikeTheWholeParse() throws IOException {
        String text = longEdition(6 << 20) + "\n## License\n\nMIT\n" + longEdition(1 << 20) + "stray \u001B line\n";
        Path file = dir.resolve("long.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertTrue(Files.size(file) < Streaming.STREAM_BYTES, "the file is parsed whole, standard input streamed");
        CliRun whole = CliRun.run("parse", "--json", file.toString());
        CliRun streamed = CliRun.runWithInput(text, "parse", "--json", "-");
        assertEquals(0, whole.status(), whole.err());
        assertEquals(0, streamed.status(), streamed.err());
        assertEquals(1, streamed.out().lines().count());
        assertEquals(withoutSources(whole.out()), withoutSources(streamed.out()));

        CliRun pretty = CliRun.runWithInput(text, "parse", "--pretty", "-");
        assertEquals(whole.out().trim(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(pretty.out())
                .toString().replace("\"source\":\"-\"", "\"source\":\"" + file.toString().replace("\\", "\\\\") + "\""));
    }

    @Test
    void textAndGlossaryOfStandardInputAreThoseOfTheFile() throws IOException {
        Path file = dir.resolve("archive.md");
        new DigestGenerator(8).writeArchive(file, 3 << 20);
        String text = Files.readString(file);
        CliRun whole = CliRun.run("parse", file.toString());
        CliRun streamed = CliRun.runWithInput(text, "parse", "-");
        assertEquals(whole.out().replace("== " + file, "== -").replace(file + ":", "-:"), streamed.out());
        assertEquals(CliRun.run("glossary", "--tsv", file.toString()).out(),
                CliRun.runWithInput(text, "glossary", "--tsv", "-").out());
    }

    @Test
    void aSplitEditionContinuesInTheTextView() {
        String text = longEdition(6 << 20);
        CliRun streamed = CliRun.runWithInput(text, "parse", "-");
        List<String> headers = new ArrayList<>();
        streamed.out().lines().filter(l -> l.startsWith("Edition ")).forEach(headers::add);
        assertTrue(headers.size() > 1, headers.toString());
        assertTrue(headers.get(0).startsWith("Edition 2025-03-14, "), headers.toString());
        assertTrue(headers.get(1).startsWith("Edition 2025-03-14 (continued), "), headers.toString());
        long numbered = streamed.out().lines().filter(l -> l.matches("  [0-9]+\\. .*")).count();
        String last = streamed.out().lines().filter(l -> l.matches("  [0-9]+\\. .*")).reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("  " + numbered + ". "), "papers are numbered on across parts: " + last);
    }
}
