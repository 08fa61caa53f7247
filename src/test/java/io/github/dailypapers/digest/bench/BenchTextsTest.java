package io.github.dailypapers.digest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark texts are built the same way wherever they are asked for; the real-digest text
 * ({@code -Dbench.corpus=DIR}) is one archive of every digest under the directory, in date order.
 */
class BenchTextsTest {

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String day(String date, String title) {
        return "## Daily Papers (" + date + ")\n### [" + title + "](https://arxiv.org/abs/2501.00001)\nVote: 1\n- 요점.\n";
    }

    @Test
    void theCorpusJoinsEveryDigestUnderTheDirectoryInPathOrder(@TempDir Path root) throws IOException {
        // Written out of order, and a later month in a directory that sorts before an earlier day's
        // file name would: the order is the paths', so YYYY/MM/DD.md comes out by date.
        write(root.resolve("2025/01/02.md"), day("2025-01-02", "Third"));
        write(root.resolve("2024/12/31.md"), day("2024-12-31", "Second"));
        write(root.resolve("2024/02/01.md"), day("2024-02-01", "First"));

        String corpus = BenchTexts.corpus(root);

        assertEquals(day("2024-02-01", "First") + day("2024-12-31", "Second") + day("2025-01-02", "Third"), corpus);
        Digest digest = DigestParser.builder().build().parse(corpus);
        assertEquals(3, digest.editions().size());
        assertEquals("First", digest.papers().get(0).title());
        assertEquals("Third", digest.papers().get(2).title());
    }

    @Test
    void readmesAndOtherFilesAreLeftOut(@TempDir Path root) throws IOException {
        write(root.resolve("README.md"), "# Corpus\n\nLicence and attribution.\n");
        write(root.resolve("2024/readme.md"), "notes\n");
        write(root.resolve("2024/01/04.md"), day("2024-01-04", "Kept"));
        write(root.resolve("2024/01/04.txt"), "not a digest\n");
        write(root.resolve("2024/01/05.md.bak"), day("2024-01-05", "Backup"));

        assertEquals(day("2024-01-04", "Kept"), BenchTexts.corpus(root));
    }

    @Test
    void aDigestWithoutAFinalLineEndIsNotGluedToTheNext(@TempDir Path root) throws IOException {
        write(root.resolve("a.md"), "## Daily Papers (2024-01-04)");
        write(root.resolve("b.md"), "## Daily Papers (2024-01-05)\n");

        String corpus = BenchTexts.corpus(root);

        assertEquals("## Daily Papers (2024-01-04)\n## Daily Papers (2024-01-05)\n", corpus);
        assertEquals(2, DigestParser.builder().build().parse(corpus).editions().size());
    }

    @Test
    void aDirectoryWithoutDigestsIsAnError(@TempDir Path root) throws IOException {
        write(root.resolve("README.md"), "# Corpus\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BenchTexts.corpus(root));

        assertTrue(error.getMessage().startsWith("no .md digest under "), error.getMessage());
    }

    @Test
    void theCorpusDirectoryComesFromTheSystemProperty() {
        String before = System.getProperty(BenchTexts.CORPUS_PROPERTY);
        try {
            System.clearProperty(BenchTexts.CORPUS_PROPERTY);
            assertEquals(Optional.empty(), BenchTexts.corpusDirectory());
            System.setProperty(BenchTexts.CORPUS_PROPERTY, " ");
            assertEquals(Optional.empty(), BenchTexts.corpusDirectory(), "what the pom passes when none is given");
            System.setProperty(BenchTexts.CORPUS_PROPERTY, "/data/corpus dev");
            assertEquals(Optional.of(Path.of("/data/corpus dev")), BenchTexts.corpusDirectory());
            System.clearProperty(BenchTexts.CORPUS_PROPERTY);
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> BenchTexts.text(BenchTexts.CORPUS));
            assertEquals("the corpus text needs -Dbench.corpus=DIR", error.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(BenchTexts.CORPUS_PROPERTY);
            } else {
                System.setProperty(BenchTexts.CORPUS_PROPERTY, before);
            }
        }
    }

    @Test
    void theNamedTextsAreTheOnesTheBenchmarksDescribe() {
        // The sizes of docs/performance.md's table of texts: a change to the generator changes them there too.
        String day = BenchTexts.text("day");
        assertEquals(day, BenchTexts.text("day"), "the same text every time");
        assertEquals(12_453, day.length());
        assertEquals(20_784, BenchTexts.utf8Bytes(day));
        assertEquals(day.getBytes(StandardCharsets.UTF_8).length, BenchTexts.utf8Bytes(day));
        String sample = BenchTexts.text("sample");
        assertTrue(sample.startsWith("## Daily Papers (2024-10-28)\n"), "the real sample of the test resources");
        assertEquals(sample.getBytes(StandardCharsets.UTF_8).length, BenchTexts.utf8Bytes(sample));
        assertThrows(IllegalArgumentException.class, () -> BenchTexts.text("archive-1k"));
    }

    @Test
    void utf8BytesCountsSurrogatePairsAsFourBytes() {
        String text = "a\u00e9\ud55c\ud83d\ude00"; // 1 + 2 + 3 + 4 bytes
        assertEquals(10, BenchTexts.utf8Bytes(text));
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, BenchTexts.utf8Bytes(text));
    }
}
