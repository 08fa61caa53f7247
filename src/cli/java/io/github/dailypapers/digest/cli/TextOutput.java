package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SourceSpan;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a digest for people (the format is in docs/cli.md): editions with one block per
 * paper, README blocks and unrecognised lines in document order, sections shortened to one
 * line, diagnostics at the end. Every string from the input is shown {@linkplain Visible
 * visibly}, and at most {@link #LISTED} unrecognised lines and diagnostics are listed per
 * input (then a count of the rest), so a binary file cannot flood a terminal. A digest can be
 * written whole or part by part ({@link #begin}), as {@code DigestParser.stream} gives it.
 */
final class TextOutput {

    static final int LISTED = 100;
    private static final int AUTHORS_SHOWN = 5;
    private static final int SECTION_CHARS = 160;
    /** A line end with the spaces around it: continuation lines are joined with one space. */
    private static final Pattern LINE_JOIN = Pattern.compile("[ \\t]*(?:\\r\\n|\\r|\\n)[ \\t]*");

    private final PrintWriter out;

    TextOutput(PrintWriter out) {
        this.out = out;
    }

    void write(String source, Digest digest) {
        Streamed view = begin(source);
        view.add(digest);
        view.end();
    }

    /** Starts the view of one input, to which its parts are added in order. */
    Streamed begin(String source) {
        return new Streamed(source);
    }

    /** The view of one input being written. */
    final class Streamed {
        private final String source;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private long moreDiagnostics;
        private long unrecognisedShown;
        private long moreUnrecognised;
        private SourceSpan openHeading;
        private int paperNumber;

        private Streamed(String source) {
            this.source = Visible.of(source);
            out.println("== " + this.source);
        }

        /** Writes the next part of the input. */
        void add(Digest part) {
            List<Object> items = new ArrayList<>();
            items.addAll(part.editions());
            items.addAll(part.readmeBlocks());
            items.addAll(part.unrecognisedLines());
            items.sort(Comparator.comparingInt(Streamed::line));
            for (Object item : items) {
                if (item instanceof Edition edition) {
                    writeEdition(edition);
                } else if (item instanceof ReadmeBlock block) {
                    out.println("README block (line " + block.span().orElseThrow().line() + "): " + "#".repeat(block.level()) + " "
                            + Visible.of(block.heading()));
                } else {
                    UnrecognisedLine line = (UnrecognisedLine) item;
                    if (unrecognisedShown < LISTED) {
                        unrecognisedShown++;
                        out.println("Unrecognised line " + line.span().orElseThrow().line() + ": " + oneLine(line.text()));
                    } else {
                        moreUnrecognised++;
                    }
                }
            }
            for (Diagnostic diagnostic : part.diagnostics()) {
                if (diagnostics.size() < LISTED) {
                    diagnostics.add(diagnostic);
                } else {
                    moreDiagnostics++;
                }
            }
            out.flush();
        }

        /** Writes what is left: the counts and the diagnostics. */
        void end() {
            if (moreUnrecognised > 0) {
                out.println(String.format(Locale.ROOT, "… and %,d more unrecognised lines (--json lists them all)",
                        moreUnrecognised));
            }
            if (!diagnostics.isEmpty()) {
                out.println();
                out.println("Diagnostics:");
                for (Diagnostic diagnostic : diagnostics) {
                    out.println("  " + source + ":" + Visible.of(diagnostic.toString()));
                }
                if (moreDiagnostics > 0) {
                    out.println(String.format(Locale.ROOT, "  … and %,d more diagnostics (--json lists them all)",
                            moreDiagnostics));
                }
            }
            out.println();
            out.flush();
        }

        private static int line(Object item) {
            if (item instanceof Edition edition) {
                return edition.headingSpan().orElseGet(() -> edition.span().orElseThrow()).line();
            }
            if (item instanceof ReadmeBlock block) {
                return block.span().orElseThrow().line();
            }
            return ((UnrecognisedLine) item).span().orElseThrow().line();
        }

        private void writeEdition(Edition edition) {
            String date = edition.date().map(Object::toString).orElse("(no date)");
            int papers = edition.papers().size();
            boolean continued = edition.headingSpan().isPresent() && edition.headingSpan().get().equals(openHeading);
            out.println();
            if (continued) {
                out.println("Edition " + date + " (continued), " + papers + " more paper" + (papers == 1 ? "" : "s"));
            } else {
                out.println("Edition " + date + ", " + papers + " paper" + (papers == 1 ? "" : "s"));
                paperNumber = 0;
            }
            openHeading = edition.headingSpan().orElse(null);
            for (Paper paper : edition.papers()) {
                writePaper(++paperNumber, paper);
            }
        }
    }

    private void writePaper(int number, Paper paper) {
        out.println();
        out.println("  " + number + ". " + Visible.of(paper.title()));
        StringBuilder facts = new StringBuilder("     ");
        facts.append(paper.arxivId().map(id -> "arXiv " + Visible.of(id)).orElse(Visible.of(paper.url().orElse(""))));
        facts.append(" | votes: ").append(paper.votes().isPresent() ? String.valueOf(paper.votes().getAsInt()) : "unknown");
        paper.media().ifPresent(m -> facts.append(" | ").append(m.type().name().toLowerCase(Locale.ROOT)));
        out.println(facts);
        if (!paper.authors().isEmpty()) {
            List<Author> authors = paper.authors();
            String shown = authors.stream().limit(AUTHORS_SHOWN).map(a -> Visible.of(a.name()))
                    .collect(Collectors.joining(", "));
            if (authors.size() > AUTHORS_SHOWN) {
                shown += " and " + (authors.size() - AUTHORS_SHOWN) + " more";
            }
            out.println("     Authors: " + shown);
        }
        for (Section section : paper.sections()) {
            // A point without a label is a bullet, as in the digest itself.
            String start = section.label().map(label -> Visible.of(label) + ": ").orElse("• ");
            out.println("     " + start + oneLine(section.text()));
            List<Gloss> glosses = section.glosses();
            if (!glosses.isEmpty()) {
                out.println("       glosses: " + glosses.stream().map(TextOutput::gloss).collect(Collectors.joining("; ")));
            }
        }
    }

    /**
     * {@code term = gloss, acronym}; an abbreviation is {@code term = acronym}, and an acronym
     * that is the term itself (an expansion: {@code CoT = Chain of Thought}) is not repeated.
     */
    private static String gloss(Gloss gloss) {
        StringBuilder s = new StringBuilder(gloss.term()).append(" = ");
        s.append(gloss.gloss().orElse(""));
        ShownAcronym.of(gloss.term(), gloss.acronym())
                .ifPresent(a -> s.append(s.charAt(s.length() - 1) == ' ' ? "" : ", ").append(a));
        return Visible.of(s.toString());
    }

    /** Continuation lines joined with one space, cut to {@link #SECTION_CHARS} code points, made visible. */
    static String oneLine(String text) {
        String joined = LINE_JOIN.matcher(text).replaceAll(" ");
        if (joined.codePointCount(0, joined.length()) > SECTION_CHARS) {
            joined = joined.substring(0, joined.offsetByCodePoints(0, SECTION_CHARS)) + "…";
        }
        return Visible.of(joined);
    }
}
