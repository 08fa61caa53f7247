package io.github.dailypapers.digest.cli;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a digest for people: one block per paper, sections shortened, diagnostics at the end. */
final class TextOutput {

    private static final int AUTHORS_SHOWN = 5;
    private static final int SECTION_CHARS = 160;

    private final PrintWriter out;

    TextOutput(PrintWriter out) {
        this.out = out;
    }

    void write(String source, Digest digest) {
        out.println("== " + source);
        for (ReadmeBlock block : digest.readmeBlocks()) {
            out.println("README block (line " + block.span().orElseThrow().line() + "): " + "#".repeat(block.level()) + " "
                    + block.heading());
        }
        for (Edition edition : digest.editions()) {
            String date = edition.date().map(Object::toString).orElse("(no date)");
            out.println();
            out.println("Edition " + date + ", " + edition.papers().size() + " paper"
                    + (edition.papers().size() == 1 ? "" : "s"));
            int number = 1;
            for (Paper paper : edition.papers()) {
                writePaper(number++, paper);
            }
        }
        for (UnrecognisedLine line : digest.unrecognisedLines()) {
            out.println("Unrecognised line " + line.span().orElseThrow().line() + ": " + shorten(line.text(), SECTION_CHARS));
        }
        if (!digest.diagnostics().isEmpty()) {
            out.println();
            out.println("Diagnostics:");
            for (Diagnostic diagnostic : digest.diagnostics()) {
                out.println("  " + source + ":" + diagnostic);
            }
        }
        out.println();
    }

    private void writePaper(int number, Paper paper) {
        out.println();
        out.println("  " + number + ". " + paper.title());
        StringBuilder facts = new StringBuilder("     ");
        facts.append(paper.arxivId().map(id -> "arXiv " + id).orElse(paper.url().orElse("")));
        facts.append(" | votes: ").append(paper.votes().isPresent() ? String.valueOf(paper.votes().getAsInt()) : "unknown");
        paper.media().ifPresent(m -> facts.append(" | ").append(m.type().name().toLowerCase(java.util.Locale.ROOT)));
        out.println(facts);
        if (!paper.authors().isEmpty()) {
            List<Author> authors = paper.authors();
            String shown = authors.stream().limit(AUTHORS_SHOWN).map(Author::name).collect(Collectors.joining(", "));
            if (authors.size() > AUTHORS_SHOWN) {
                shown += " and " + (authors.size() - AUTHORS_SHOWN) + " more";
            }
            out.println("     Authors: " + shown);
        }
        for (Section section : paper.sections()) {
            String label = section.label().orElse("•");
            out.println("     " + label + ": " + shorten(section.text(), SECTION_CHARS));
            List<Gloss> glosses = section.glosses();
            if (!glosses.isEmpty()) {
                out.println("       glosses: " + glosses.stream().map(TextOutput::gloss).collect(Collectors.joining("; ")));
            }
        }
    }

    private static String gloss(Gloss gloss) {
        StringBuilder s = new StringBuilder(gloss.term()).append(" = ");
        s.append(gloss.gloss().orElse(""));
        gloss.acronym().ifPresent(a -> s.append(s.charAt(s.length() - 1) == ' ' ? "" : ", ").append(a));
        return s.toString();
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
