package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.internal.grammar.DigestParser;
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
 * Builds the model from the parse tree's events ({@link TreeReader}): the tree says which lines
 * form an edition, a README block, a paper or a section, and which fit nowhere; this class reads
 * their values and reports what the grammar cannot judge (a date that is no calendar date, a line
 * that fits nowhere).
 */
final class ModelBuilder {

    private final SourceText source;
    private final String text;
    private final DiagnosticCollector diagnostics;
    private final HeaderLineReader headers;
    private final AuthorListReader authorReader;

    private final List<Edition> editions = new ArrayList<>();
    private final List<ReadmeBlock> blocks = new ArrayList<>();
    private final List<UnrecognisedLine> unrecognised = new ArrayList<>();

    private EditionDraft edition;
    private BlockDraft block;
    private PaperBuilder paper;
    /** Just past the last line read: where the open edition, paper or block ends so far. */
    private int lastLineEnd;
    private Digest digest;

    ModelBuilder(SourceText source, DiagnosticCollector diagnostics) {
        this.source = source;
        this.text = source.text();
        this.diagnostics = diagnostics;
        this.headers = new HeaderLineReader(source, diagnostics);
        this.authorReader = new AuthorListReader(source, diagnostics);
    }

    /** Papers before any date heading: an edition without a date opens. */
    void openUndatedEdition() {
        edition = new EditionDraft(-1, "", Optional.empty());
    }

    void line(TreeReader.Role role, SourceLine line) {
        switch (role) {
            case OPENING:
                open(line);
                break;
            case HEADER:
                paper.header(line);
                break;
            case PAPER_TEXT:
                paper.textLine(line);
                break;
            case CONTINUATION:
                paper.continuation(line);
                break;
            case README_LINE:
                block.take(line);
                break;
            case STRAY:
            default:
                stray(line); // the link alone (a line reads only start and end); its player next
                if (line.player() != null) {
                    stray(line.player());
                }
                break;
        }
        lastLineEnd = line.lastEnd();
    }

    /** The first line of a node: an edition's or README block's heading, a paper's, a section's bullet. */
    private void open(SourceLine line) {
        switch (line.rule()) {
            case DigestParser.RULE_editionHeading:
                edition = new EditionDraft(line.start(), headingText(line, 3), headers.editionDate(line));
                edition.headingEnd = line.end();
                break;
            case DigestParser.RULE_heading1:
                block = new BlockDraft(1, line, headingText(line, 2));
                break;
            case DigestParser.RULE_heading2:
                block = new BlockDraft(2, line, headingText(line, 3));
                break;
            case DigestParser.RULE_paperHeading:
                if (edition.start < 0) {
                    diagnostics.report(DiagnosticCode.PAPER_OUTSIDE_EDITION,
                            "paper before any '## Daily Papers (YYYY-MM-DD)' heading; it goes to an edition without a date",
                            line.start(), line.end());
                    edition.start = line.start();
                }
                paper = new PaperBuilder(source, diagnostics, headers, authorReader, this::unrecognised, line);
                break;
            case DigestParser.RULE_bulletLine:
            default:
                paper.bullet(line);
                break;
        }
    }

    private void stray(SourceLine line) {
        diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, edition == null
                ? "line before any heading fits nowhere"
                : "line between the date heading and the first paper fits nowhere", line.start(), line.end());
        unrecognised(line);
    }

    /** Keeps a line that fits nowhere (its diagnostic is reported by whoever decided that). */
    private void unrecognised(SourceLine line) {
        unrecognised.add(UnrecognisedLine.builder()
                .text(text.substring(line.start(), line.end()))
                .span(source.span(line.start(), line.end()))
                .build());
    }

    void closeSection() {
        paper.closeSection();
    }

    void closePaper() {
        edition.papers.add(paper.build(lastLineEnd));
        paper = null;
    }

    void closeEdition() {
        editions.add(edition.build(lastLineEnd));
        edition = null;
    }

    void closeReadmeBlock() {
        blocks.add(block.build(lastLineEnd));
        block = null;
    }

    /** The whole tree has been read. */
    void finish() {
        digest = Digest.builder()
                .editions(editions)
                .readmeBlocks(blocks)
                .unrecognisedLines(unrecognised)
                .diagnostics(diagnostics.sorted())
                .span(source.span(source.start(), source.end()))
                .build();
    }

    Digest digest() {
        return digest;
    }

    /** The heading after its {@code #} marks and one space, without trailing whitespace. */
    private String headingText(SourceLine line, int markerLength) {
        int start = line.start() + markerLength;
        return text.substring(start, Blanks.trimEnd(text, start, line.end()));
    }

    private final class EditionDraft {
        /** Where the heading starts; for an edition without a date, its first paper (-1 until then). */
        int start;
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

        Edition build(int end) {
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
        int contentStart = -1;

        BlockDraft(int level, SourceLine line, String heading) {
            this.level = level;
            this.start = line.start();
            this.heading = heading;
        }

        void take(SourceLine line) {
            if (contentStart < 0) {
                contentStart = line.start();
            }
        }

        ReadmeBlock build(int end) {
            String markdown = contentStart < 0 ? "" : LineEnds.normalise(text.substring(contentStart, end));
            return ReadmeBlock.builder().level(level).heading(heading).markdown(markdown)
                    .span(source.span(start, end)).build();
        }
    }
}
