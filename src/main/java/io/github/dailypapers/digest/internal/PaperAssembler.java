package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds one paper from its heading and the lines after it.
 *
 * <p>Before the first bullet, each of media, vote and authors is accepted once, in any order and
 * with any number of blank lines (so compact and spaced layouts read the same). From the first
 * bullet on, every line that is not a bullet continues the previous section.
 */
final class PaperAssembler {

    private final SourceText source;
    private final String text;
    private final DiagnosticCollector diagnostics;
    private final HeaderLineReader headers;
    private final AuthorListReader authorReader;
    private final List<SourceLine> unrecognised;

    private final HeaderLineReader.Heading heading;
    private final int start;
    private final int headingEnd;
    private int end;

    private Media media;
    private int mediaStart;
    private boolean expectingPlayerLine;
    private boolean voteSeen;
    private OptionalInt votes = OptionalInt.empty();
    private SourceSpan voteSpan;
    private boolean authorsSeen;
    private List<Author> authors = List.of();
    private SourceSpan authorsSpan;
    private final List<Section> sections = new ArrayList<>();
    private SectionDraft section;

    PaperAssembler(SourceText source, DiagnosticCollector diagnostics, HeaderLineReader headers,
            AuthorListReader authorReader, List<SourceLine> unrecognised, SourceLine headingLine) {
        this.source = source;
        this.text = source.text();
        this.diagnostics = diagnostics;
        this.headers = headers;
        this.authorReader = authorReader;
        this.unrecognised = unrecognised;
        this.heading = headers.paperHeading(headingLine);
        this.start = headingLine.start();
        this.headingEnd = headingLine.end();
        this.end = headingLine.end();
    }

    void accept(SourceLine line) {
        end = line.end();
        if (section != null) {
            if (line.kind() == LineKind.BULLET) {
                startSection(line);
            } else {
                section.continueWith(line);
            }
            return;
        }
        boolean wasExpectingPlayer = expectingPlayerLine;
        expectingPlayerLine = false;
        switch (line.kind()) {
            case BULLET:
                startSection(line);
                return;
            case IMAGE:
                if (media == null && setMedia(headers.image(line), line, false)) {
                    return;
                }
                break;
            case VIDEO_LINK:
                if (media == null && setMedia(headers.videoLink(line), line, true)) {
                    return;
                }
                break;
            case VIDEO_TAG:
                if (wasExpectingPlayer) {
                    // The player line repeats the link's URL: it belongs to the same media.
                    media = Media.builder().from(media).span(source.span(mediaStart, line.end())).build();
                    return;
                }
                if (media == null && setMedia(headers.videoTag(line), line, false)) {
                    return;
                }
                break;
            case VOTE:
                if (!voteSeen) {
                    voteSeen = true;
                    votes = headers.votes(line);
                    voteSpan = source.span(line.start(), line.end());
                    return;
                }
                break;
            case AUTHORS:
                if (!authorsSeen) {
                    authorsSeen = true;
                    authors = authorReader.read(line.contentStart(), line.end());
                    authorsSpan = source.span(line.start(), line.end());
                    return;
                }
                break;
            default:
                break;
        }
        diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, whyUnrecognised(line.kind()), line.start(), line.end());
        unrecognised.add(line);
    }

    private String whyUnrecognised(LineKind kind) {
        switch (kind) {
            case VOTE:
                return "a second vote line in this paper; the first one counts";
            case AUTHORS:
                return "a second authors line in this paper; the first one counts";
            case IMAGE:
            case VIDEO_LINK:
            case VIDEO_TAG:
                return media == null ? "media line without a readable URL" : "a second media line in this paper; the first one counts";
            default:
                return "text before the paper's first bullet is neither media, vote nor authors";
        }
    }

    private boolean setMedia(Optional<HeaderLineReader.MediaLink> link, SourceLine line, boolean player) {
        if (link.isEmpty()) {
            return false;
        }
        mediaStart = line.start();
        media = Media.builder().type(link.get().type()).url(link.get().url())
                .span(source.span(line.start(), line.end())).build();
        expectingPlayerLine = player && link.get().type() == MediaType.VIDEO;
        return true;
    }

    private void startSection(SourceLine line) {
        closeSection();
        section = new SectionDraft(line);
    }

    private void closeSection() {
        if (section != null) {
            sections.add(section.build());
            section = null;
        }
    }

    Paper build() {
        closeSection();
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
