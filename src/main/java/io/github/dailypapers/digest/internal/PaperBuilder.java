package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.internal.grammar.DigestParser;
import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Builds one paper from the lines the parse tree puts in its {@code paper} node.
 *
 * <p>The tree gives the header lines (media, vote, authors, in any order), the other lines before
 * the first section, and the sections. What the tree cannot say is decided here: the first
 * readable media line and the first vote and authors lines count, and every other header line is
 * kept as an unrecognised line with a diagnostic.
 */
final class PaperBuilder {

    private final SourceText source;
    private final String text;
    private final DiagnosticCollector diagnostics;
    private final HeaderLineReader headers;
    private final AuthorListReader authorReader;
    private final Consumer<SourceLine> unrecognised;

    private final HeaderLineReader.Heading heading;
    private final int start;
    private final int headingEnd;

    private Media media;
    private boolean voteSeen;
    private OptionalInt votes = OptionalInt.empty();
    private SourceSpan voteSpan;
    private boolean authorsSeen;
    private List<Author> authors = List.of();
    private SourceSpan authorsSpan;
    private final List<Section> sections = new ArrayList<>();
    private SectionDraft section;

    PaperBuilder(SourceText source, DiagnosticCollector diagnostics, HeaderLineReader headers,
            AuthorListReader authorReader, Consumer<SourceLine> unrecognised, SourceLine headingLine) {
        this.source = source;
        this.text = source.text();
        this.diagnostics = diagnostics;
        this.headers = headers;
        this.authorReader = authorReader;
        this.unrecognised = unrecognised;
        this.heading = headers.paperHeading(headingLine);
        this.start = headingLine.start();
        this.headingEnd = headingLine.end();
    }

    /** A media, vote or authors line before the first section. */
    void header(SourceLine line) {
        switch (line.rule()) {
            case DigestParser.RULE_imageLine:
                if (media == null && setMedia(headers.image(line), line)) {
                    return;
                }
                break;
            case DigestParser.RULE_videoLinkLine:
                if (media == null && setMedia(headers.videoLink(line), line)) {
                    if (line.player() != null) {
                        readPlayer(line.player());
                    }
                    return;
                }
                if (line.player() != null) {
                    // The link is not the media: its player line is judged as a video tag of its own.
                    reject(line);
                    header(line.player());
                    return;
                }
                break;
            case DigestParser.RULE_videoTagLine:
            case DigestParser.RULE_playerLine:
                Optional<HeaderLineReader.MediaLink> tag = media == null ? headers.videoTag(line) : Optional.empty();
                if (setMedia(tag, line)) {
                    headers.checkVideoTagText(line, tag.get());
                    return;
                }
                break;
            case DigestParser.RULE_voteLine:
                if (!voteSeen) {
                    voteSeen = true;
                    votes = headers.votes(line);
                    voteSpan = source.span(line.start(), line.end());
                    return;
                }
                break;
            case DigestParser.RULE_authorsLine:
            default:
                if (!authorsSeen) {
                    authorsSeen = true;
                    authors = authorReader.read(line.contentStart(), line.end());
                    authorsSpan = source.span(line.start(), line.end());
                    return;
                }
                break;
        }
        reject(line);
    }

    /** A line before the first section that is not a header line. */
    void textLine(SourceLine line) {
        diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE,
                "text before the paper's first bullet is neither media, vote nor authors", line.start(), line.end());
        unrecognised.accept(line);
    }

    /** A header line that does not count: kept as an unrecognised line. */
    private void reject(SourceLine line) {
        String why;
        if (line.rule() == DigestParser.RULE_voteLine) {
            why = "a second vote line in this paper; the first one counts";
        } else if (line.rule() == DigestParser.RULE_authorsLine) {
            why = "a second authors line in this paper; the first one counts";
        } else {
            why = media == null ? "media line without a readable URL" : "a second media line in this paper; the first one counts";
        }
        diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, why, line.start(), line.end());
        unrecognised.accept(line);
    }

    private boolean setMedia(Optional<HeaderLineReader.MediaLink> link, SourceLine line) {
        if (link.isEmpty()) {
            return false;
        }
        media = Media.builder().type(link.get().type()).url(link.get().url())
                .span(source.span(line.start(), line.lastEnd())).build();
        return true;
    }

    /**
     * The player line of the video link that is the media: it repeats the link's URL, which
     * stays the media's URL; a different URL, text around its tag or no URL at all is reported.
     */
    private void readPlayer(SourceLine player) {
        Optional<HeaderLineReader.MediaLink> tag = headers.videoTag(player);
        if (tag.isPresent() && !tag.get().url().equals(media.url())) {
            diagnostics.report(DiagnosticCode.VIDEO_URL_MISMATCH,
                    "the player's URL differs from its video link's URL; the link's URL is kept",
                    tag.get().urlStart(), tag.get().urlEnd());
        }
        if (tag.isPresent()) {
            headers.checkVideoTagText(player, tag.get());
        } else {
            headers.reportPlayerWithoutUrl(player);
        }
    }

    /** The bullet that opens a section. */
    void bullet(SourceLine line) {
        section = new SectionDraft(line);
    }

    /** A line after a section's bullet; a video link and its player are two lines of text. */
    void continuation(SourceLine line) {
        section.continueWith(line);
        if (line.player() != null) {
            section.continueWith(line.player());
        }
    }

    void closeSection() {
        sections.add(section.build());
        section = null;
    }

    Paper build(int end) {
        Paper.Builder builder = Paper.builder();
        builder.title(heading.title())
                .url(heading.url())
                .arxivId(heading.url().flatMap(ArxivIds::fromUrl))
                .votes(votes)
                .authors(authors)
                .sections(sections)
                .span(source.span(start, end))
                .headingSpan(source.span(start, headingEnd));
        if (media != null) {
            builder.media(media);
        }
        if (voteSpan != null) {
            builder.voteSpan(voteSpan);
        }
        if (authorsSpan != null) {
            builder.authorsSpan(authorsSpan);
        }
        return builder.build();
    }

    /** A section while its continuation lines are still coming. */
    private final class SectionDraft {
        private final SectionKind kind;
        private final String label;
        private final int start;
        private int end;
        /** The first line's text; most sections have no continuation line and need no copying. */
        private final int firstTextStart;
        private final int firstTextEnd;
        /** The text so far, once there is a continuation line. */
        private StringBuilder content;
        private final List<SourceSpan> lineSpans = new ArrayList<>(2);

        SectionDraft(SourceLine line) {
            this.start = line.start();
            this.end = line.end();
            int textStart;
            if (line.hasLabel()) {
                label = SectionLabels.labelOf(text, line.contentStart(), line.labelEnd());
                kind = SectionLabels.kindOf(label);
                textStart = line.labelEnd();
                if (textStart < line.end() && text.charAt(textStart) == ' ') {
                    textStart++;
                }
            } else {
                label = null;
                kind = SectionKind.POINT;
                textStart = line.contentStart();
                if (SectionLabels.looksLikeBrokenLabel(text, textStart, line.end())) {
                    diagnostics.report(DiagnosticCode.MALFORMED_LABEL,
                            "bullet starts like a section label but is not '***Label***:' or '**Label**:'; kept as text",
                            textStart, line.end());
                }
            }
            firstTextStart = textStart;
            firstTextEnd = line.end();
            lineSpans.add(source.span(textStart, line.end()));
        }

        void continueWith(SourceLine line) {
            end = line.end();
            if (content == null) {
                content = new StringBuilder(firstTextEnd - firstTextStart + line.end() - line.start() + 16);
                content.append(text, firstTextStart, firstTextEnd);
            }
            content.append('\n').append(text, line.start(), line.end());
            lineSpans.add(source.span(line.start(), line.end()));
        }

        Section build() {
            Section.Builder builder = Section.builder();
            String sectionText = content == null ? text.substring(firstTextStart, firstTextEnd) : content.toString();
            builder.kind(kind).text(sectionText).span(source.span(start, end)).textLineSpans(lineSpans);
            if (label != null) {
                builder.label(label);
            }
            return builder.build();
        }
    }
}
