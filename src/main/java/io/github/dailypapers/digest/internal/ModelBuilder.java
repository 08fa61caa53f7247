package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the classified lines of one input into the model: decides, line by line, whether a line
 * opens an edition, a README block or a paper, belongs to the open one, or fits nowhere.
 *
 * <p>Level-1 and level-2 headings end whatever is open. Inside a README block every line is raw
 * Markdown. Inside an edition, {@code ### [} opens a paper and the paper takes the lines after
 * it. Papers before any date heading get an edition without a date.
 */
final class ModelBuilder {

    private final SourceText source;
    private final String text;
    private final DiagnosticCollector diagnostics;
    private final HeaderLineReader headers;
    private final AuthorListReader authorReader;

    private final List<Edition> editions = new ArrayList<>();
    private final List<ReadmeBlock> blocks = new ArrayList<>();
    private final List<SourceLine> unrecognised = new ArrayList<>();

    private EditionDraft edition;
    private BlockDraft block;
    private PaperAssembler paper;

    ModelBuilder(SourceText source, DiagnosticCollector diagnostics) {
        this.source = source;
        this.text = source.text();
        this.diagnostics = diagnostics;
        this.headers = new HeaderLineReader(source, diagnostics);
        this.authorReader = new AuthorListReader(source, diagnostics);
    }

    void accept(SourceLine line) {
        switch (line.kind()) {
            case EDITION_HEADING:
                closeAll();
                edition = new EditionDraft(line.start(), headingText(line, 3), headers.editionDate(line));
                edition.end = line.end();
                edition.headingEnd = line.end();
                return;
            case HEADING_1:
            case HEADING_2:
                closeAll();
                int level = line.kind() == LineKind.HEADING_1 ? 1 : 2;
                block = new BlockDraft(level, line, headingText(line, level + 1));
                return;
            default:
                break;
        }
        if (isBlank(line)) {
            return;
        }
        if (block != null) {
            block.take(line);
            return;
        }
        if (line.kind() == LineKind.PAPER_HEADING) {
            closePaper();
            if (edition == null) {
                diagnostics.report(DiagnosticCode.PAPER_OUTSIDE_EDITION,
                        "paper before any '## Daily Papers (YYYY-MM-DD)' heading; it goes to an edition without a date",
                        line.start(), line.end());
                edition = new EditionDraft(line.start(), "", Optional.empty());
            }
            paper = new PaperAssembler(source, diagnostics, headers, authorReader, unrecognised, line);
        } else if (paper != null) {
            paper.accept(line);
        } else {
            diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, edition == null
                    ? "line before any heading fits nowhere"
                    : "line between the date heading and the first paper fits nowhere", line.start(), line.end());
            unrecognised.add(line);
        }
        if (edition != null) {
            edition.end = line.end();
        }
    }

    Digest build() {
        closeAll();
        List<UnrecognisedLine> lines = new ArrayList<>(unrecognised.size());
        for (SourceLine line : unrecognised) {
            lines.add(UnrecognisedLine.builder()
                    .text(text.substring(line.start(), line.end()))
                    .span(source.span(line.start(), line.end()))
                    .build());
        }
        return Digest.builder()
                .editions(editions)
                .readmeBlocks(blocks)
                .unrecognisedLines(lines)
                .diagnostics(diagnostics.sorted())
                .span(source.span(source.start(), source.end()))
                .build();
    }

    private void closeAll() {
        closePaper();
        if (edition != null) {
            editions.add(edition.build());
            edition = null;
        }
        if (block != null) {
            blocks.add(block.build());
            block = null;
        }
    }

    private void closePaper() {
        if (paper != null) {
            edition.papers.add(paper.build());
            paper = null;
        }
    }

    /** The heading after its {@code #} marks and one space, without trailing whitespace. */
    private String headingText(SourceLine line, int markerLength) {
        return text.substring(line.start() + markerLength, trimEnd(line.start() + markerLength, line.end()));
    }

    private boolean isBlank(SourceLine line) {
        if (line.kind() != LineKind.TEXT) {
            return false;
        }
        for (int i = line.start(); i < line.end(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int trimEnd(int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private final class EditionDraft {
        final int start;
        int end;
        /** End of the heading line; -1 for papers before any heading. */
        int headingEnd = -1;
        final String heading;
        final Optional<LocalDate> date;
        final List<Paper> papers = new ArrayList<>();

        EditionDraft(int start, String heading, Optional<LocalDate> date) {
            this.start = start;
            this.heading = heading;
            this.date = date;
        }

        Edition build() {
            Edition.Builder builder = Edition.builder().date(date).heading(heading.isEmpty() ? Optional.empty() : Optional.of(heading)).papers(papers)
                    .span(source.span(start, end));
            if (headingEnd >= 0) {
                builder.headingSpan(source.span(start, headingEnd));
            }
            return builder.build();
        }
    }

    private final class BlockDraft {
        final int level;
        final int start;
        final String heading;
        int end;
        int contentStart = -1;

        BlockDraft(int level, SourceLine line, String heading) {
            this.level = level;
            this.start = line.start();
            this.end = line.end();
            this.heading = heading;
        }

        void take(SourceLine line) {
            if (contentStart < 0) {
                contentStart = line.start();
            }
            end = line.end();
        }

        ReadmeBlock build() {
            String markdown = contentStart < 0 ? "" : normaliseLineEnds(text.substring(contentStart, end));
            return ReadmeBlock.builder().level(level).heading(heading).markdown(markdown)
                    .span(source.span(start, end)).build();
        }
    }

    private static String normaliseLineEnds(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
