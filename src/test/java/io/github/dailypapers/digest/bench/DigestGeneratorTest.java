package io.github.dailypapers.digest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.bench.DigestGenerator.Dialect;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.GlossKind;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Script;
import io.github.dailypapers.digest.model.ScriptSegment;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark texts must be what they claim: valid digests of every dialect, Korean-heavy. */
class DigestGeneratorTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    private static String archive(long seed, long bytes, Dialect dialect, DigestGenerator.Stats[] stats)
            throws IOException {
        StringBuilder out = new StringBuilder();
        stats[0] = new DigestGenerator(seed).archive(out, bytes, dialect);
        return out.toString();
    }

    /** Parses with no errors and exactly the counts and warnings the generator meant. */
    private static Digest parsesAsGenerated(String text, DigestGenerator.Stats stats) {
        Digest digest = PARSER.parse(text);
        assertFalse(digest.hasErrors(), () -> "errors: " + digest.diagnostics());
        assertEquals(stats.editions(), digest.editions().size());
        assertEquals(stats.papers(), digest.papers().size());
        assertEquals(stats.sections(), digest.papers().stream().mapToLong(p -> p.sections().size()).sum());
        assertEquals(stats.readmeBlocks(), digest.readmeBlocks().size());
        assertEquals(0, digest.unrecognisedLines().size(), () -> "unrecognised: " + digest.unrecognisedLines());
        Map<DiagnosticCode, Long> codes = digest.diagnostics().stream()
                .collect(Collectors.groupingBy(Diagnostic::code, Collectors.counting()));
        assertEquals(stats.votePlaceholders(), codes.getOrDefault(DiagnosticCode.VOTE_PLACEHOLDER, 0L));
        assertEquals(stats.videoLinksWithoutParens(), codes.getOrDefault(DiagnosticCode.VIDEO_LINK_WITHOUT_PARENS, 0L));
        assertEquals(stats.authorPlaceholders(), codes.getOrDefault(DiagnosticCode.AUTHOR_PLACEHOLDER, 0L));
        assertEquals(stats.duplicateAuthors(), codes.getOrDefault(DiagnosticCode.DUPLICATE_AUTHOR, 0L));
        assertEquals(stats.expectedWarnings(), digest.diagnostics().size(), () -> "diagnostics: " + codes);
        assertTrue(digest.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertEquals(stats.chars(), text.length());
        assertEquals(stats.utf8Bytes(), text.getBytes(StandardCharsets.UTF_8).length);
        return digest;
    }

    @Test
    void oneDayOfEachDialectParsesAsGenerated() throws IOException {
        for (Dialect dialect : Dialect.values()) {
            DigestGenerator.Stats[] stats = new DigestGenerator.Stats[1];
            String text = archive(7, 1, dialect, stats);   // one day: the first reaches any size
            Digest digest = parsesAsGenerated(text, stats[0]);
            assertEquals(1, digest.editions().size());
            assertEquals(LocalDate.of(2023, 5, 1), digest.editions().get(0).date().orElseThrow());
            assertTrue(stats[0].papers() >= 3 && stats[0].papers() <= 10, stats[0]::toString);
        }
    }

    @Test
    void aMixedArchiveHasEveryDialectAndQuirk() throws IOException {
        DigestGenerator.Stats[] stats = new DigestGenerator.Stats[1];
        String text = archive(42, 1 << 20, null, stats);
        Digest digest = parsesAsGenerated(text, stats[0]);
        assertTrue(stats[0].utf8Bytes() >= 1 << 20 && stats[0].utf8Bytes() < (1 << 20) + (64 << 10), stats[0]::toString);

        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        Set<MediaType> media = EnumSet.noneOf(MediaType.class);
        Set<GlossKind> glossKinds = EnumSet.noneOf(GlossKind.class);
        long korean = 0;
        long sectionChars = 0;
        boolean labelInBold = false;
        boolean multiLine = false;
        for (Paper paper : digest.papers()) {
            paper.media().ifPresent(m -> media.add(m.type()));
            for (Section section : paper.sections()) {
                kinds.add(section.kind());
                section.glosses().forEach(g -> glossKinds.add(g.kind()));
                for (ScriptSegment segment : section.bilingual().segments()) {
                    if (segment.script() == Script.KOREAN) {
                        korean += segment.text().length();
                    }
                }
                sectionChars += section.text().length();
                int labelAt = section.span().orElseThrow().offset() + 2;
                labelInBold |= section.label().isPresent() && text.startsWith("**", labelAt) && !text.startsWith("***", labelAt);
                multiLine |= section.text().contains("\n");
            }
        }
        assertEquals(EnumSet.allOf(SectionKind.class), kinds);
        assertEquals(EnumSet.allOf(MediaType.class), media);
        assertEquals(EnumSet.allOf(GlossKind.class), glossKinds);
        assertTrue(labelInBold, "some **Label**: sections");
        assertTrue(multiLine, "some continuation lines");
        assertTrue(stats[0].votePlaceholders() > 0 && stats[0].videoLinksWithoutParens() > 0
                && stats[0].duplicateAuthors() > 0 && stats[0].authorPlaceholders() > 0 && stats[0].readmeBlocks() > 0,
                stats[0]::toString);
        assertTrue(text.contains("Authors: ['"), "Python-list authors");
        assertTrue(text.contains("</video></div>\n"), "video players");
        // Korean-heavy like the real digests (about half of a summary's chars are Hangul).
        long hangul = korean;
        long all = sectionChars;
        assertTrue(hangul * 100 > all * 40, () -> "Hangul share " + hangul * 100 / all + "%");
        assertTrue(text.contains("(Key-Value Cache)") || text.contains("(KV)"), "glossed terms");
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() throws IOException {
        DigestGenerator.Stats[] stats = new DigestGenerator.Stats[1];
        String a = archive(3, 256 << 10, null, stats);
        assertEquals(a, archive(3, 256 << 10, null, stats));
        assertEquals(a, new DigestGenerator(3).archive(256 << 10));
        assertNotEquals(a, archive(4, 256 << 10, null, stats));
        assertEquals(new DigestGenerator(9).day(LocalDate.of(2025, 3, 14), Dialect.CURRENT, true),
                new DigestGenerator(9).day(LocalDate.of(2025, 3, 14), Dialect.CURRENT, true));
        // The first lines are fixed forever (benchmark texts can be re-created from their seed).
        assertTrue(a.startsWith("## Daily Papers (2023-05-01)\n### ["), a.substring(0, 60));
    }

    @Test
    void writesAFileThatStreamsAsGenerated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("archive.md");
        DigestGenerator.Stats stats = new DigestGenerator(5).writeArchive(file, 2 << 20);
        String text = Files.readString(file);
        assertEquals(new DigestGenerator(5).archive(2 << 20), text);
        assertEquals(stats.utf8Bytes(), Files.size(file));
        long[] counts = new long[3];
        long parts = PARSER.stream(new StringReader(text)).peek(part -> {
            counts[0] += part.papers().size();
            counts[1] += part.editions().size();
            counts[2] += part.diagnostics().size();
        }).count();
        assertTrue(parts > 1, "several parts");
        assertEquals(stats.papers(), counts[0]);
        assertEquals(stats.editions(), counts[1]);
        assertEquals(stats.expectedWarnings(), counts[2]);
    }

    @Test
    void sizesHaveBinarySuffixes() {
        assertEquals(123, DigestGenerator.parseSize("123"));
        assertEquals(10 << 10, DigestGenerator.parseSize("10k"));
        assertEquals(8L << 20, DigestGenerator.parseSize("8M"));
        assertEquals(1L << 30, DigestGenerator.parseSize("1g"));
    }
}
