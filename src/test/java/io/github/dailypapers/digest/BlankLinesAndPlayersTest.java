package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Severity;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The one blank-line rule (a line of only spaces and tabs is blank; any other character,
 * visible or not, makes it text) and the video player checks (a player naming another URL than
 * its link, text after a video tag).
 */
class BlankLinesAndPlayersTest {

    private static final DigestParser PARSER = DigestParser.builder().build();
    private static final String HEAD = "## Daily Papers (2025-04-01)\n### [T](https://arxiv.org/abs/2504.00001)\n";

    /** Invisible characters that Java calls whitespace or that look blank: none makes a line blank. */
    private static final String INVISIBLE = "\u000B\u000C\u001C\u001D\u001E\u001F\u2028\u3000\u00A0\u0085";

    @ParameterizedTest
    @ValueSource(strings = {"\u000B", "\u000C", "\u001C", "\u001D", "\u001E", "\u001F", "\u2028", "\u3000", "\u00A0", "\u0085"})
    void aLineOfOnlyAnInvisibleCharacterIsTextInsideASection(String c) {
        for (String line : List.of(c, " " + c + "\t", c + c)) {
            Digest digest = PARSER.parse(HEAD + "- a\n" + line + "\n  \n\t\n- b\n");
            Paper paper = digest.papers().get(0);
            assertEquals("a\n" + line, paper.sections().get(0).text(), "kept as a continuation line");
            assertEquals(2, paper.sections().get(0).textLineSpans().size());
            assertEquals("b", paper.sections().get(1).text());
            assertEquals(List.of(), digest.diagnostics());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u000B", "\u000C", "\u001C", "\u001D", "\u001E", "\u001F", "\u2028", "\u3000", "\u00A0", "\u0085"})
    void aLineOfOnlyAnInvisibleCharacterIsTextOutsideASection(String c) {
        // before any heading, between the date heading and the first paper, among a paper's headers
        Digest digest = PARSER.parse(c + "\n## Daily Papers (2025-04-01)\n \t\n" + c + "\n### [T](u)\n" + c + "\n- a\n");
        assertEquals(List.of(c, c, c), digest.unrecognisedLines().stream().map(UnrecognisedLine::text).toList());
        assertEquals(List.of(1, 4, 6), digest.unrecognisedLines().stream().map(l -> l.span().orElseThrow().line()).toList());
        assertEquals(List.of("line before any heading fits nowhere",
                "line between the date heading and the first paper fits nowhere",
                "text before the paper's first bullet is neither media, vote nor authors"),
                digest.diagnostics().stream().map(Diagnostic::message).toList());
        assertEquals(List.of(DiagnosticCode.UNRECOGNISED_LINE, DiagnosticCode.UNRECOGNISED_LINE,
                DiagnosticCode.UNRECOGNISED_LINE), digest.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals("a", digest.papers().get(0).sections().get(0).text());
    }

    @Test
    void linesOfSpacesAndTabsAreBlankEverywhere() {
        String blanks = " \n\t\n \t \n\n";
        Digest spaced = PARSER.parse(blanks + HEAD + blanks + "Vote: 3\n" + blanks + "- a\n" + blanks + "  b\n" + blanks + " \t");
        Digest compact = PARSER.parse(HEAD + "Vote: 3\n- a\n  b\n");
        assertEquals(List.of(), spaced.diagnostics());
        assertEquals(List.of(), spaced.unrecognisedLines());
        assertEquals(compact.papers().get(0).sections().get(0).text(), spaced.papers().get(0).sections().get(0).text());
        assertEquals(3, spaced.papers().get(0).votes().getAsInt());
        // a README block keeps inner lines raw, but blank lines at its end are not its content
        Digest readme = PARSER.parse("# R\n\nx\n" + INVISIBLE.charAt(0) + "\n \n\t\n");
        assertEquals("x\n\u000B", readme.readmeBlocks().get(0).markdown());
    }

    @Test
    void aPlayerWithTheLinksUrlIsPartOfTheMedia() {
        String player = "<div><video controls src=\"https://v.org/a.mp4\" muted=\"false\"></video></div>";
        for (String between : List.of("\n", "\n\n", "\n \t\n\r\n")) {
            Digest digest = PARSER.parse(HEAD + "[Watch Video](https://v.org/a.mp4)" + between + player + "\n- a\n");
            Media media = digest.papers().get(0).media().orElseThrow();
            assertEquals(MediaType.VIDEO, media.type());
            assertEquals("https://v.org/a.mp4", media.url());
            assertEquals(3, media.span().orElseThrow().line());
            assertEquals(3 + between.length() - between.replace("\n", "").length(), media.span().orElseThrow().endLine());
            assertEquals(List.of(), digest.diagnostics());
        }
    }

    @Test
    void aPlayerWithAnotherUrlIsReportedAndTheLinksUrlCounts() {
        String input = HEAD + "[Watch Video](https://v.org/a.mp4)\n<video src='https://v.org/b.mp4'></video>\n- a\n";
        Digest digest = PARSER.parse(input);
        assertEquals("https://v.org/a.mp4", digest.papers().get(0).media().orElseThrow().url());
        Diagnostic mismatch = digest.diagnostics().get(0);
        assertEquals(1, digest.diagnostics().size());
        assertEquals(DiagnosticCode.VIDEO_URL_MISMATCH, mismatch.code());
        assertEquals(Severity.WARNING, mismatch.severity());
        assertEquals("the player's URL differs from its video link's URL; the link's URL is kept", mismatch.message());
        assertEquals(4, mismatch.line());
        assertEquals(13, mismatch.column());
        assertEquals("https://v.org/b.mp4", input.substring(mismatch.span().offset(), mismatch.span().endOffset()));
        // the generator's link without parentheses is compared the same way
        Digest bare = PARSER.parse(HEAD + "[Watch Video]https://v.org/a.mp4\n<video src=https://v.org/a.mp4>\n");
        assertEquals(List.of(DiagnosticCode.VIDEO_LINK_WITHOUT_PARENS),
                bare.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void textAfterAVideoTagIsReported() {
        for (String tag : List.of("<video src='https://v.org/a.mp4'></video>", "<div><video src=\"https://v.org/a.mp4\"></video></div>",
                "<video src=https://v.org/a.mp4>")) {
            String input = HEAD + tag + " (영상) \n- a\n";
            Digest digest = PARSER.parse(input);
            assertEquals("https://v.org/a.mp4", digest.papers().get(0).media().orElseThrow().url());
            assertEquals(1, digest.diagnostics().size(), tag);
            Diagnostic trailing = digest.diagnostics().get(0);
            assertEquals(DiagnosticCode.VIDEO_TAG_EXTRA_TEXT, trailing.code());
            assertEquals(Severity.WARNING, trailing.severity());
            assertEquals("text in the video tag line is neither the tag nor its URL; it is ignored", trailing.message());
            assertEquals("(영상)", input.substring(trailing.span().offset(), trailing.span().endOffset()));
            assertEquals(tag.length() + 2, trailing.column());
            // the same text after the tags with nothing more, or after a player: reported the same way
            assertEquals(List.of(), PARSER.parse(HEAD + tag + " \n").diagnostics());
        }
        String inside = HEAD + "<video <b>controls</b> src='https://v.org/a.mp4'></video>\n";
        Diagnostic markup = PARSER.parse(inside).diagnostics().get(0);
        assertEquals(DiagnosticCode.VIDEO_TAG_EXTRA_TEXT, markup.code());
        assertEquals("<b>controls</b>", inside.substring(markup.span().offset(), markup.span().endOffset()));
        Digest player = PARSER.parse(HEAD + "[Watch Video](https://v.org/a.mp4)\n<video src='https://v.org/a.mp4'></video>x\n");
        assertEquals(List.of(DiagnosticCode.VIDEO_TAG_EXTRA_TEXT), player.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(4, player.diagnostics().get(0).line());
        Digest noSrc = PARSER.parse(HEAD + "[Watch Video](https://v.org/a.mp4)\n<video controls></video>\n");
        assertEquals("https://v.org/a.mp4", noSrc.papers().get(0).media().orElseThrow().url());
        assertEquals(List.of("4:1 WARNING VIDEO_TAG_EXTRA_TEXT"), DialectFixturesTest.diagnostics(noSrc));
    }

    @Test
    void anImagesAltTextIsReportedAndTheImageIsStillTheMedia() {
        String input = HEAD + "![ a diagram ](https://x.org/i.png)\n- a\n";
        Digest digest = PARSER.parse(input);
        assertEquals("https://x.org/i.png", digest.papers().get(0).media().orElseThrow().url());
        assertEquals(List.of("3:4 WARNING IMAGE_ALT_TEXT"), DialectFixturesTest.diagnostics(digest));
        Diagnostic alt = digest.diagnostics().get(0);
        assertEquals("the image's alt text is not part of the model; it is ignored", alt.message());
        assertEquals("a diagram", input.substring(alt.span().offset(), alt.span().endOffset()));
        NothingLost.check(input, digest);
        assertEquals(List.of(), PARSER.parse(HEAD + "![](https://x.org/i.png)\n").diagnostics());
        assertEquals(List.of(), PARSER.parse(HEAD + "![ \t](https://x.org/i.png)\n").diagnostics());
    }

    @Test
    void aVideoLinkAndItsPlayerOutsideTheHeaderAreTwoLines() {
        String link = "[Watch Video](https://v.org/a.mp4)";
        String tag = "<video src='https://v.org/b.mp4'>";
        Digest inSection = PARSER.parse(HEAD + "- a\n" + link + "\n" + tag + "\n");
        assertEquals("a\n" + link + "\n" + tag, inSection.papers().get(0).sections().get(0).text());
        assertEquals(List.of(), inSection.diagnostics());
        Digest stray = PARSER.parse(link + "\n" + tag + "\n");
        assertEquals(List.of(link, tag), stray.unrecognisedLines().stream().map(UnrecognisedLine::text).toList());
        Digest second = PARSER.parse(HEAD + "![](https://x.org/i.png)\n" + link + "\n" + tag + "\n");
        assertEquals(List.of(link, tag), second.unrecognisedLines().stream().map(UnrecognisedLine::text).toList());
        assertEquals(List.of("a second media line in this paper; the first one counts",
                "a second media line in this paper; the first one counts"),
                second.diagnostics().stream().map(Diagnostic::message).toList());
        // a link without a URL is no media: its player, read as a video tag, is
        Digest noUrl = PARSER.parse(HEAD + "[Watch Video]\n" + tag + "\n");
        assertEquals("https://v.org/b.mp4", noUrl.papers().get(0).media().orElseThrow().url());
        assertEquals(List.of("media line without a readable URL"),
                noUrl.diagnostics().stream().map(Diagnostic::message).toList());
    }
}
