package io.github.dailypapers.digest;

import io.github.dailypapers.digest.internal.ArxivIds;
import io.github.dailypapers.digest.internal.SectionLabels;
import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * writing what was read from a canonical file gives back the file. A model that cannot be
 * written so that it reads back the same is refused with an {@link IllegalArgumentException}
 * naming the element (for example a title with a line break, a repeated author, or a
 * continuation line that would start a new bullet). Unrecognised lines are written back where
 * their source positions put them (before everything for a model built by hand). Stateless and
 * thread-safe.
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
        new Writing(digest, out).all();
        return out.toString();
    }

    /** One write: places unrecognised lines and writes everything in document order. */
    private static final class Writing {

        private final Digest digest;
        private final StringBuilder out;
        /** Unrecognised lines not written yet, in source order. */
        private final Deque<UnrecognisedLine> pending;
        private boolean first = true;

        Writing(Digest digest, StringBuilder out) {
            this.digest = digest;
            this.out = out;
            List<UnrecognisedLine> sorted = new ArrayList<>(digest.unrecognisedLines());
            sorted.sort(Comparator.comparingInt(line -> line.span().offset()));
            this.pending = new ArrayDeque<>(sorted);
        }

        void all() {
            List<Object> parts = new ArrayList<>();
            parts.addAll(digest.editions());
            parts.addAll(digest.readmeBlocks());
            parts.sort(Comparator.comparingInt(part -> part instanceof Edition e ? e.span().offset()
                    : ((ReadmeBlock) part).span().offset()));
            int firstOffset = parts.isEmpty() ? Integer.MAX_VALUE - 1 : offsetOf(parts.get(0));
            unrecognisedBefore(firstOffset + 1, "before any heading");
            for (int i = 0; i < parts.size(); i++) {
                Object part = parts.get(i);
                int end = i + 1 < parts.size() ? offsetOf(parts.get(i + 1)) : Integer.MAX_VALUE;
                if (part instanceof Edition edition) {
                    edition(edition, i == 0, end);
                } else {
                    block((ReadmeBlock) part);
                }
            }
            if (!pending.isEmpty()) {
                throw new IllegalArgumentException("unrecognised line '" + pending.peekFirst().text()
                        + "' is inside a README block, where every line is part of the block");
            }
        }

        private static int offsetOf(Object part) {
            return part instanceof Edition e ? e.span().offset() : ((ReadmeBlock) part).span().offset();
        }

        private void edition(Edition edition, boolean isFirst, int nextPartOffset) {
            if (edition.date().isPresent()) {
                String expected = "Daily Papers (" + edition.date().get() + ")";
                if (!edition.heading().equals(expected)) {
                    throw new IllegalArgumentException("edition of " + edition.date().get() + " has heading '"
                            + edition.heading() + "'; it must be '" + expected + "'");
                }
                paragraph("## " + expected);
            } else if (edition.heading().isEmpty()) {
                if (!isFirst || edition.papers().isEmpty()) {
                    throw new IllegalArgumentException("an edition without heading can only hold the papers at the "
                            + "start of a file, before any heading");
                }
            } else if (edition.heading().startsWith("Daily Papers (")) {
                checkLine(edition.heading(), "edition heading");
                if (!edition.heading().equals(edition.heading().stripTrailing())) {
                    throw new IllegalArgumentException("edition heading '" + edition.heading() + "' ends with spaces");
                }
                paragraph("## " + edition.heading());
            } else {
                throw new IllegalArgumentException("edition heading '" + edition.heading()
                        + "' would be read as a README block");
            }
            List<Paper> papers = edition.papers();
            for (int i = 0; i < papers.size(); i++) {
                int next = i + 1 < papers.size() ? papers.get(i + 1).span().offset() : nextPartOffset;
                if (i == 0) {
                    unrecognisedBefore(papers.get(0).span().offset() + 1, "between a date heading and its first paper");
                }
                paper(papers.get(i), next);
            }
            if (papers.isEmpty()) {
                unrecognisedBefore(nextPartOffset, "after a date heading");
            }
        }

        private void paper(Paper paper, int nextOffset) {
            checkLine(paper.title(), "paper title");
            if (paper.url().isEmpty() && paper.title().contains("](")) {
                // Without a link, the last '](' of the heading would be read as the link's start.
                throw new IllegalArgumentException("title '" + paper.title() + "' contains '](' but the paper has no URL");
            }
            checkLine(paper.url(), "URL of '" + paper.title() + "'");
            if (paper.url().contains("](")) {
                throw new IllegalArgumentException("URL of '" + paper.title() + "' contains '](' ");
            }
            if (!paper.arxivId().equals(ArxivIds.fromUrl(paper.url()))) {
                throw new IllegalArgumentException("arXiv id of '" + paper.title() + "' is " + paper.arxivId()
                        + " but its URL gives " + ArxivIds.fromUrl(paper.url()));
            }
            paragraph(paper.url().isEmpty() ? "### [" + paper.title() + "]"
                    : "### [" + paper.title() + "](" + paper.url() + ")");
            paper.media().ifPresent(this::media);
            if (paper.votes().isPresent()) {
                if (paper.votes().getAsInt() < 0) {
                    throw new IllegalArgumentException("votes of '" + paper.title() + "' are negative");
                }
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
            boolean firstSection = true;
            for (Section section : paper.sections()) {
                section(section, paper, firstSection);
                firstSection = false;
            }
        }

        private void media(Media media) {
            checkLine(media.url(), "media URL");
            if (media.type() == MediaType.IMAGE) {
                paragraph("![](" + media.url() + ")");
            } else {
                if (media.url().contains("\"")) {
                    throw new IllegalArgumentException("video URL '" + media.url() + "' contains a quote");
                }
                paragraph("[Watch Video](" + media.url() + ")\n<div><video controls src=\"" + media.url()
                        + "\" muted=\"false\"></video></div>");
            }
        }

        private static String authors(Paper paper) {
            Set<String> seen = new HashSet<>();
            boolean plain = true;
            for (Author author : paper.authors()) {
                String name = author.name();
                checkLine(name, "author of '" + paper.title() + "'");
                if (name.isEmpty() || name.equals("+") || !seen.add(name)) {
                    throw new IllegalArgumentException("author '" + name + "' of '" + paper.title()
                            + "' would be dropped when read (empty, '+' or repeated)");
                }
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

        private void section(Section section, Paper paper, boolean firstSection) {
            String where = "section " + section.kind() + " of '" + paper.title() + "'";
            String text = section.text();
            if (text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(where + " has a carriage return in its text");
            }
            String[] lines = text.split("\n", -1);
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("- ") || line.startsWith("# ") || line.startsWith("## ")
                        || line.startsWith("### [")) {
                    throw new IllegalArgumentException(where + " has a continuation line '" + line
                            + "' that would not read back as part of it");
                }
            }
            StringBuilder bullet = new StringBuilder("- ");
            if (section.kind() == SectionKind.POINT) {
                if (section.label().isPresent()) {
                    throw new IllegalArgumentException(where + " is a POINT but has a label");
                }
                if (startsWithLabel(lines[0])) {
                    throw new IllegalArgumentException(where + " starts with what would be read as a label");
                }
            } else {
                // A standard label is not filled in: it would read back as a label the model lacks.
                String label = section.label().orElseThrow(() -> new IllegalArgumentException(where
                        + " has no label; only a POINT is written without one"));
                if (label.isEmpty() || label.contains("*") || label.contains("\n") || label.contains("\r")
                        || SectionLabels.kindOf(label) != section.kind()) {
                    throw new IllegalArgumentException(where + " has label '" + label + "', which reads as "
                            + (label.isEmpty() ? "nothing" : SectionLabels.kindOf(label)));
                }
                bullet.append("***").append(label).append("***: ");
            }
            bullet.append(text);
            if (firstSection) {
                paragraph(bullet.toString());
            } else {
                out.append(bullet).append('\n');
            }
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

        private void block(ReadmeBlock block) {
            String heading = block.heading();
            checkLine(heading, "README heading");
            if (block.level() != 1 && block.level() != 2) {
                throw new IllegalArgumentException("README block '" + heading + "' has level " + block.level());
            }
            if (!heading.equals(heading.stripTrailing())
                    || (block.level() == 2 && heading.startsWith("Daily Papers ("))) {
                throw new IllegalArgumentException("README heading '" + heading + "' would not read back as a block");
            }
            String markdown = block.markdown();
            if (markdown.indexOf('\r') >= 0 || (!markdown.isEmpty() && (markdown.startsWith("\n")
                    || markdown.endsWith("\n") || markdown.lines().findFirst().orElse("").isBlank()
                    || markdown.lines().reduce((a, b) -> b).orElse("").isBlank()))) {
                throw new IllegalArgumentException("Markdown of README block '" + heading
                        + "' starts or ends with an empty line, or has a carriage return");
            }
            for (String line : markdown.split("\n", -1)) {
                if (line.startsWith("# ") || line.startsWith("## ")) {
                    throw new IllegalArgumentException("Markdown of README block '" + heading + "' has a heading line '"
                            + line + "', which would start a new block");
                }
            }
            paragraph("#".repeat(block.level()) + " " + heading + (markdown.isEmpty() ? "" : "\n\n" + markdown));
        }

        private void unrecognisedBefore(int offset, String where) {
            while (!pending.isEmpty() && pending.peekFirst().span().offset() < offset) {
                UnrecognisedLine line = pending.pollFirst();
                checkUnrecognised(line.text(), where);
                if (line.text().startsWith("- ")) {
                    throw new IllegalArgumentException("unrecognised line '" + line.text() + "' would read as a bullet");
                }
                paragraph(line.text());
            }
        }

        private boolean hasUnrecognisedInPaper(Paper paper, int nextOffset, String prefix) {
            for (UnrecognisedLine line : pending) {
                int offset = line.span().offset();
                if (offset >= nextOffset) {
                    break;
                }
                if (offset >= paper.span().offset() && line.text().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        private void unrecognisedInPaper(Paper paper, int nextOffset) {
            while (!pending.isEmpty() && pending.peekFirst().span().offset() < nextOffset
                    && pending.peekFirst().span().offset() >= paper.span().offset()) {
                UnrecognisedLine line = pending.pollFirst();
                checkUnrecognised(line.text(), "in paper '" + paper.title() + "'");
                if (line.text().startsWith("- ")) {
                    throw new IllegalArgumentException("unrecognised line '" + line.text() + "' would read as a bullet");
                }
                paragraph(line.text());
            }
        }

        private static void checkUnrecognised(String text, String where) {
            checkLine(text, "unrecognised line " + where);
            if (text.isBlank() || text.startsWith("# ") || text.startsWith("## ") || text.startsWith("### [")
                    || text.startsWith("\uFEFF")) {
                throw new IllegalArgumentException("unrecognised line '" + text + "' " + where
                        + " would not read back as one");
            }
        }

        private static void checkLine(String value, String what) {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(what + " '" + value + "' has a line break");
            }
        }

        /** A part preceded by one empty line (none before the first). */
        private void paragraph(String lines) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append(lines).append('\n');
        }
    }
}
