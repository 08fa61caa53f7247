package io.github.dailypapers.digest;

import io.github.dailypapers.digest.internal.LineEnds;
import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.DigestNode;
import io.github.dailypapers.digest.model.DigestVisitor;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.SourceSpan;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Writes a digest as canonical Markdown: the current dialect, so models can be produced, not
 * only consumed.
 *
 * <pre>{@code
 * Digest digest = Digest.builder().addEditions(Edition.builder()
 *         .date(LocalDate.of(2025, 3, 14))
 *         .addPapers(Paper.builder().title("SparseKV").url("https://arxiv.org/abs/2503.01234")
 *                 .arxivId("2503.01234").votes(17).addAuthors(Author.of("Minji Kim"))
 *                 .addSections(Section.builder().kind(SectionKind.WHATS_NEW).label("What's New")
 *                         .text("키-값 캐시(Key-Value Cache)를 줄인다.").build())
 *                 .build())
 *         .build()).build();
 * String markdown = DigestWriter.write(digest);
 * }</pre>
 *
 * <p>The canonical form: {@code ## Daily Papers (YYYY-MM-DD)}; {@code ### [title](url)};
 * {@code ![](url)} for an image, {@code [Watch Video](url)} and its {@code <video>} player line
 * for a video; {@code Vote: N} (no line when votes are unknown); {@code Authors: A, B} (a Python
 * list when a name could not be read back from the plain form); sections as
 * {@code - ***Label***: text} or {@code - text}, their continuation lines verbatim; one empty
 * line between header lines and between papers; README blocks as their heading and Markdown;
 * {@code \n} line ends and a final newline. When a model keeps a second vote or authors line
 * as unrecognised but has no first one, a placeholder ({@code Vote: -}, {@code Authors: []})
 * is written so that the unrecognised line stays unrecognised.
 *
 * <p>Reading what this writes gives back an equal model ({@code parse(write(m)).equals(m)}), and
 * writing what was read from a canonical file gives back the file. The model's builders
 * already refuse impossible models (negative votes, a line break in a title, ...); a possible
 * model that still cannot be written so that it reads back the same is refused with an
 * {@link IllegalArgumentException} naming the element (for example a title with {@code ](} but
 * no URL, or a continuation line that would start a new bullet). The whole digest is checked
 * before the first character is written, so a refused digest writes nothing; then it is
 * rendered by a {@link io.github.dailypapers.digest.model.DigestVisitor}. Unrecognised lines are
 * written back where their source positions put them (before everything for a model built by
 * hand). Stateless and thread-safe.
 */
public final class DigestWriter {

    private DigestWriter() {}

    /**
     * Writes a digest.
     *
     * @param digest the digest
     * @return canonical Markdown
     * @throws IllegalArgumentException if the digest cannot be written so that it reads back the same
     * @throws NullPointerException if digest is null
     */
    public static String write(Digest digest) {
        StringBuilder out = new StringBuilder();
        try {
            write(digest, out);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not throw", e);
        }
        return out.toString();
    }

    /**
     * Writes a digest to {@code out}: to a file's {@code Writer}, say, without building the
     * whole text in memory first. The digest is checked in full before anything is appended, so
     * a refused digest leaves {@code out} untouched. {@code out} is neither flushed nor closed.
     *
     * @param digest the digest
     * @param out where to append the canonical Markdown
     * @throws IOException if {@code out} throws one; what was appended before stays appended,
     *     and nothing more is
     * @throws IllegalArgumentException if the digest cannot be written so that it reads back the
     *     same (then nothing was appended)
     * @throws NullPointerException if an argument is null
     */
    public static void write(Digest digest, Appendable out) throws IOException {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(out, "out");
        // First pass: every check, nothing written (the checks and the rendering are one code path).
        digest.accept(new Writing(digest, NOWHERE));
        try {
            digest.accept(new Writing(digest, out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Discards everything: the checking pass writes here. */
    private static final Appendable NOWHERE = new Appendable() {
        @Override
        public Appendable append(CharSequence csq) {
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            return this;
        }

        @Override
        public Appendable append(char c) {
            return this;
        }
    };

    private static int offsetOf(DigestNode node) {
        return node.span().map(SourceSpan::offset).orElse(0);
    }

    /**
     * One pass over a digest, as a visitor: places unrecognised lines and writes every element in
     * document order. Authors are written by their paper (one line) and glosses are part of
     * their section's text, so those two visits write nothing.
     */
    private static final class Writing implements DigestVisitor<Void> {

        private final Digest digest;
        private final Appendable out;
        /** Unrecognised lines not written yet, in source order. */
        private final Deque<UnrecognisedLine> pending;
        private boolean first = true;
        /** Where the element after the one being visited starts (its unrecognised lines end there). */
        private int nextOffset;
        private boolean firstPart;
        private Paper paper;
        private boolean firstSection;

        Writing(Digest digest, Appendable out) {
            this.digest = digest;
            this.out = out;
            List<UnrecognisedLine> sorted = new ArrayList<>(digest.unrecognisedLines());
            sorted.sort(Comparator.comparingInt(DigestWriter::offsetOf));
            this.pending = new ArrayDeque<>(sorted);
        }

        @Override
        public Void visitDigest(Digest visited) {
            List<DigestNode> parts = new ArrayList<>();
            parts.addAll(digest.editions());
            parts.addAll(digest.readmeBlocks());
            parts.sort(Comparator.comparingInt(DigestWriter::offsetOf));
            int firstOffset = parts.isEmpty() ? Integer.MAX_VALUE - 1 : offsetOf(parts.get(0));
            unrecognisedBefore(firstOffset + 1, "before any heading");
            for (int i = 0; i < parts.size(); i++) {
                nextOffset = i + 1 < parts.size() ? offsetOf(parts.get(i + 1)) : Integer.MAX_VALUE;
                firstPart = i == 0;
                parts.get(i).accept(this);
            }
            if (!pending.isEmpty()) {
                throw new IllegalArgumentException("unrecognised line '" + pending.peekFirst().text()
                        + "' is inside a README block, where every line is part of the block");
            }
            return null;
        }

        @Override
        public Void visitEdition(Edition edition) {
            int nextPartOffset = nextOffset;
            // The builders make sure that a dated edition has its canonical heading and that
            // only the first edition lacks one.
            if (edition.heading().isEmpty()) {
                if (!firstPart || edition.papers().isEmpty()) {
                    throw new IllegalArgumentException("an edition without heading can only hold the papers at the "
                            + "start of a file, before any heading");
                }
            } else {
                String heading = edition.heading().get();
                if (!heading.equals(heading.stripTrailing())) {
                    throw new IllegalArgumentException("edition heading '" + heading + "' ends with spaces");
                }
                paragraph("## " + heading);
            }
            List<Paper> papers = edition.papers();
            for (int i = 0; i < papers.size(); i++) {
                nextOffset = i + 1 < papers.size() ? offsetOf(papers.get(i + 1)) : nextPartOffset;
                if (i == 0) {
                    unrecognisedBefore(offsetOf(papers.get(0)) + 1, "between a date heading and its first paper");
                }
                papers.get(i).accept(this);
            }
            if (papers.isEmpty()) {
                unrecognisedBefore(nextPartOffset, "after a date heading");
            }
            return null;
        }

        @Override
        public Void visitPaper(Paper paper) {
            if (paper.url().isEmpty() && paper.title().contains("](")) {
                // Without a link, the last '](' of the heading would be read as the link's start.
                throw new IllegalArgumentException("title '" + paper.title() + "' contains '](' but the paper has no URL");
            }
            if (paper.url().orElse("").contains("](")) {
                throw new IllegalArgumentException("URL of '" + paper.title() + "' contains '](' ");
            }
            paragraph(paper.url().isEmpty() ? "### [" + paper.title() + "]"
                    : "### [" + paper.title() + "](" + paper.url().get() + ")");
            paper.media().ifPresent(media -> media.accept(this));
            if (paper.votes().isPresent()) {
                paragraph("Vote: " + paper.votes().getAsInt());
            } else if (hasUnrecognisedInPaper(paper, nextOffset, "Vote:")) {
                // Only the first vote line counts: a placeholder keeps a later one unrecognised.
                paragraph("Vote: -");
            }
            if (!paper.authors().isEmpty()) {
                paragraph("Authors: " + authors(paper));
            } else if (hasUnrecognisedInPaper(paper, nextOffset, "Authors:")) {
                paragraph("Authors: []");
            }
            unrecognisedInPaper(paper, nextOffset);
            this.paper = paper;
            firstSection = true;
            for (Section section : paper.sections()) {
                section.accept(this);
                firstSection = false;
            }
            return null;
        }

        @Override
        public Void visitMedia(Media media) {
            if (media.type() == MediaType.IMAGE) {
                paragraph("![](" + media.url() + ")");
            } else {
                if (media.url().contains("\"")) {
                    throw new IllegalArgumentException("video URL '" + media.url() + "' contains a quote");
                }
                paragraph("[Watch Video](" + media.url() + ")\n<div><video controls src=\"" + media.url()
                        + "\" muted=\"false\"></video></div>");
            }
            return null;
        }

        @Override
        public Void visitAuthor(Author author) {
            return null; // written by visitPaper: all authors are one line
        }

        @Override
        public Void visitGloss(Gloss gloss) {
            return null; // part of its section's text
        }

        private static String authors(Paper paper) {
            boolean plain = true;
            for (Author author : paper.authors()) {
                String name = author.name();
                plain &= !name.contains(", ") && name.equals(name.strip()) && !name.endsWith(",");
            }
            String first = paper.authors().get(0).name();
            String last = paper.authors().get(paper.authors().size() - 1).name();
            plain &= !(first.startsWith("[") && last.endsWith("]"));
            if (plain) {
                return String.join(", ", paper.authors().stream().map(Author::name).toList());
            }
            List<String> quoted = new ArrayList<>();
            for (Author author : paper.authors()) {
                quoted.add("'" + author.name().replace("\\", "\\\\").replace("'", "\\'") + "'");
            }
            return "[" + String.join(", ", quoted) + "]";
        }

        @Override
        public Void visitSection(Section section) {
            String where = "section " + section.kind() + " of '" + paper.title() + "'";
            String text = section.text();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (LineEnds.next(line, 0, line.length()) < line.length()) {
                    throw new IllegalArgumentException(where + " has a carriage return in its text");
                }
                if (i == 0) {
                    continue;
                }
                if (line.isBlank() || line.startsWith("- ") || line.startsWith("# ") || line.startsWith("## ")
                        || line.startsWith("### [")) {
                    throw new IllegalArgumentException(where + " has a continuation line '" + line
                            + "' that would not read back as part of it");
                }
            }
            StringBuilder bullet = new StringBuilder("- ");
            // The builders make sure that only a POINT lacks a label and that a label names its kind.
            if (section.kind() == SectionKind.POINT) {
                if (startsWithLabel(lines[0])) {
                    throw new IllegalArgumentException(where + " starts with what would be read as a label");
                }
            } else {
                // A standard label is not filled in: it would read back as a label the model lacks.
                String label = section.label().orElseThrow();
                if (label.contains("*")) {
                    throw new IllegalArgumentException(where + " has label '" + label
                            + "', whose '*' would end the label's stars early");
                }
                bullet.append("***").append(label).append("***: ");
            }
            bullet.append(text);
            if (firstSection) {
                paragraph(bullet.toString());
            } else {
                append(bullet);
                append("\n");
            }
            return null;
        }

        /** Would the grammar's LABEL token match at the start of a point's text? */
        private static boolean startsWithLabel(String text) {
            for (String stars : new String[] {"***", "**"}) {
                if (text.startsWith(stars) && !text.startsWith(stars + "*")) {
                    int close = text.indexOf(stars + ":", stars.length());
                    if (close > stars.length() && text.substring(stars.length(), close).indexOf('*') < 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public Void visitReadmeBlock(ReadmeBlock block) {
            // The builder makes sure of the level, of one-line headings, of \n line ends and of no
            // heading lines in the Markdown.
            String heading = block.heading();
            if (!heading.equals(heading.stripTrailing())) {
                throw new IllegalArgumentException("README heading '" + heading + "' would not read back as a block");
            }
            String markdown = block.markdown();
            if ((!markdown.isEmpty() && (markdown.startsWith("\n")
                    || markdown.endsWith("\n") || markdown.lines().findFirst().orElse("").isBlank()
                    || markdown.lines().reduce((a, b) -> b).orElse("").isBlank()))) {
                throw new IllegalArgumentException("Markdown of README block '" + heading
                        + "' starts or ends with an empty line");
            }
            paragraph("#".repeat(block.level()) + " " + heading + (markdown.isEmpty() ? "" : "\n\n" + markdown));
            return null;
        }

        @Override
        public Void visitUnrecognisedLine(UnrecognisedLine line) {
            if (line.text().startsWith("- ")) {
                throw new IllegalArgumentException("unrecognised line '" + line.text() + "' would read as a bullet");
            }
            paragraph(line.text());
            return null;
        }

        private void unrecognisedBefore(int offset, String where) {
            while (!pending.isEmpty() && offsetOf(pending.peekFirst()) < offset) {
                UnrecognisedLine line = pending.pollFirst();
                checkUnrecognised(line.text(), where);
                line.accept(this);
            }
        }

        private boolean hasUnrecognisedInPaper(Paper paper, int nextOffset, String prefix) {
            for (UnrecognisedLine line : pending) {
                int offset = offsetOf(line);
                if (offset >= nextOffset) {
                    break;
                }
                if (offset >= offsetOf(paper) && line.text().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        private void unrecognisedInPaper(Paper paper, int nextOffset) {
            while (!pending.isEmpty() && offsetOf(pending.peekFirst()) < nextOffset
                    && offsetOf(pending.peekFirst()) >= offsetOf(paper)) {
                UnrecognisedLine line = pending.pollFirst();
                checkUnrecognised(line.text(), "in paper '" + paper.title() + "'");
                line.accept(this);
            }
        }

        private static void checkUnrecognised(String text, String where) {
            if (text.isBlank() || text.startsWith("# ") || text.startsWith("## ") || text.startsWith("### [")
                    || text.startsWith("\uFEFF")) {
                throw new IllegalArgumentException("unrecognised line '" + text + "' " + where
                        + " would not read back as one");
            }
        }

        /** A part preceded by one empty line (none before the first). */
        private void paragraph(String lines) {
            if (!first) {
                append("\n");
            }
            first = false;
            append(lines);
            append("\n");
        }

        /** Appends; a visitor cannot throw IOException, so it travels unchecked to write(). */
        private void append(CharSequence text) {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
