package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values read out of date headings and media lines, at the edges of their forms. */
class HeaderLineReaderTest {

    private static final DigestParser PARSER = DigestParser.builder().build();
    private static final String EDITION = "## Daily Papers (2025-01-02)\n\n### [T](https://arxiv.org/abs/2501.00001)\n\n";

    private static List<String> diagnostics(Digest digest) {
        return digest.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + "+" + d.span().length() + " " + d.code())
                .toList();
    }

    private static Optional<Media> media(String input) {
        List<Paper> papers = PARSER.parse(input).papers();
        assertEquals(1, papers.size());
        return papers.get(0).media();
    }

    @Test
    void aDateThatIsNoCalendarDateIsReportedOnItsTenChars() {
        Digest digest = PARSER.parse("## Daily Papers (2025-02-30)\n");
        assertEquals(Optional.empty(), digest.editions().get(0).date());
        assertEquals(List.of("1:18+10 INVALID_DATE"), diagnostics(digest));
        assertTrue(digest.diagnostics().get(0).message().contains("'2025-02-30'"));
    }

    @Test
    void aDateHeadingOfTheRightLengthWithOtherCharsIsNoDate() {
        for (String date : List.of("2025-01-0x", "2025/01/02", "20250-1-02", "2025-01+02")) {
            Digest digest = PARSER.parse("## Daily Papers (" + date + ")\n");
            assertEquals(Optional.empty(), digest.editions().get(0).date(), date);
            assertEquals(List.of("1:1+28 INVALID_DATE"), diagnostics(digest), date);
            Diagnostic d = digest.diagnostics().get(0);
            assertTrue(d.message().startsWith("date heading should be"), date);
        }
    }

    @Test
    void aVideoLinkWithNothingAfterItAtTheEndOfTheInputHasNoUrl() {
        Digest digest = PARSER.parse(EDITION + "[Watch Video]");
        assertEquals(Optional.empty(), digest.papers().get(0).media());
        assertEquals(List.of("5:1+13 UNRECOGNISED_LINE"), diagnostics(digest));
    }

    @Test
    void aVideoTagWhoseSrcIsTheLastThingOnTheLineHasNoUrl() {
        Digest digest = PARSER.parse(EDITION + "<video src=\n");
        assertEquals(Optional.empty(), digest.papers().get(0).media());
        assertEquals(List.of("5:1+11 UNRECOGNISED_LINE"), diagnostics(digest));
    }

    @Test
    void anUnquotedSrcRunsToTheLineEnd() {
        assertEquals("https://x.org/v.mp4", media(EDITION + "<video src=https://x.org/v.mp4\nVote: 1\n").orElseThrow().url());
        assertEquals("https://x.org/v.mp4", media(EDITION + "<video src=https://x.org/v.mp4").orElseThrow().url());
        assertEquals("https://x.org/v.mp4", media(EDITION + "<video src=https://x.org/v.mp4>\n").orElseThrow().url());
    }

    @Test
    void aQuotedSrcClosedAtTheVeryEndOfTheInputIsRead() {
        Digest digest = PARSER.parse(EDITION + "<video controls src=\"https://x.org/v.mp4\"");
        Media media = digest.papers().get(0).media().orElseThrow();
        assertEquals(MediaType.VIDEO, media.type());
        assertEquals("https://x.org/v.mp4", media.url());
        assertEquals(List.of(), diagnostics(digest));
        Digest single = PARSER.parse(EDITION + "<video src='https://x.org/v.mp4'");
        assertEquals("https://x.org/v.mp4", single.papers().get(0).media().orElseThrow().url());
        assertEquals(List.of(), diagnostics(single));
    }

    @Test
    void textAfterTheClosingTagsIsExtraText() {
        Digest digest = PARSER.parse(EDITION + "<div><video src=\"https://x.org/v.mp4\"></video></div> x\n");
        assertEquals("https://x.org/v.mp4", digest.papers().get(0).media().orElseThrow().url());
        assertEquals(List.of("5:54+1 VIDEO_TAG_EXTRA_TEXT"), diagnostics(digest));
        Digest clean = PARSER.parse(EDITION + "<div><video controls src=\"https://x.org/v.mp4\" muted></video></div>  \n");
        assertEquals(List.of(), diagnostics(clean));
    }

    @Test
    void closingTagsCutOffByTheEndOfThePartAreExtraText() {
        // A part of a larger input ends at its end, even where the text after it would finish a tag.
        String text = "<div><video src=\"u\"></video></div>";
        for (int cut : new int[] {22, 30}) {
            SourceText source = new SourceText(text, 0, cut, 1);
            DiagnosticCollector diagnostics = new DiagnosticCollector(source);
            HeaderLineReader reader = new HeaderLineReader(source, diagnostics);
            SourceLine line = new SourceLine(io.github.dailypapers.digest.internal.grammar.DigestParser.RULE_videoTagLine,
                    0, cut, 11);
            HeaderLineReader.MediaLink link = reader.videoTag(line).orElseThrow();
            assertEquals("u", link.url());
            reader.checkVideoTagText(line, link);
            int tagStart = cut == 22 ? 20 : 28;
            assertEquals(List.of(tagStart + "+" + (cut - tagStart)), diagnostics.sorted().stream()
                    .map(d -> d.span().offset() + "+" + d.span().length()).toList(), "cut at " + cut);
        }
    }
}
