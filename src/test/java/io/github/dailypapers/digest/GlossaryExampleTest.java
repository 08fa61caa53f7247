package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.glossary.Glossary;
import io.github.dailypapers.digest.glossary.GlossaryConflict;
import io.github.dailypapers.digest.glossary.GlossaryEntry;
import io.github.dailypapers.digest.glossary.RejectedEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary example of docs/api.md, run as a test (printing replaced by collecting lines). */
class GlossaryExampleTest {

    @TempDir
    Path dir;

    @Test
    void buildTheGlossaryOfAnArchive() throws IOException {
        Files.writeString(dir.resolve("daily-papers-2025-03-14.md"), ApiExamplesTest.INPUT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("daily-papers-2025-03-15.md"), String.join("\n",
                "## Daily Papers (2025-03-15)", "", "### [KVShare](https://arxiv.org/abs/2503.02345)", "",
                "- ***What's New***: 여러 요청이 키-값 캐시(key-value cache)를 공유합니다. 또 OOD(Out-Of-Domain) 입력과",
                "OOD(Out-Of-Distribution) 입력을 비교합니다.", ""), StandardCharsets.UTF_8);
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        List<String> lines = new ArrayList<>();

        // --- docs/api.md "The glossary of an archive" starts here
        DigestParser parser = DigestParser.builder().build();
        Glossary.Builder builder = Glossary.builder();
        for (Path file : files) {
            builder.add(parser.parse(file));
        }
        Glossary glossary = builder.build();   // immutable, thread-safe

        for (GlossaryEntry entry : glossary.entries()) {          // most frequent first
            lines.add(entry.count() + " " + entry.term() + " = " + entry.gloss().orElse("-")
                    + " " + entry.acronym().orElse("-") + " " + entry.first().map(LocalDate::toString).orElse("?")
                    + ".." + entry.last().map(LocalDate::toString).orElse("?"));
        }
        for (GlossaryConflict conflict : glossary.conflicts()) {  // a term or acronym glossed several ways
            for (GlossaryConflict.Variant variant : conflict.variants()) {
                lines.add(conflict.kind() + " " + conflict.subject() + ": " + variant.meaning() + " x" + variant.count());
            }
        }
        for (RejectedEntry rejected : glossary.rejected()) {     // left out of entries(), with why
            lines.add("unsound: " + rejected.entry().term() + " (" + rejected.reason() + ")");
        }
        // --- ends here

        assertEquals(List.of(
                "2 키-값 캐시 = Key-Value Cache - 2025-03-14..2025-03-15",
                "1 OOD = Out-Of-Distribution OOD 2025-03-15..2025-03-15",
                "1 OOD = Out-Of-Domain OOD 2025-03-15..2025-03-15",
                "ACRONYM OOD: Out-Of-Distribution x1",
                "ACRONYM OOD: Out-Of-Domain x1"), lines);
    }
}
