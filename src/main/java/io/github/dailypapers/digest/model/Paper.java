package io.github.dailypapers.digest.model;

import io.github.dailypapers.digest.internal.ArxivIds;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/** One paper entry: its heading, header lines and summary sections. */
@Value.Immutable
@ModelStyle
public abstract class Paper implements DigestNode {

    Paper() {}

    /**
     * The title as written (brackets, LaTeX and Markdown-like characters are not markup here).
     *
     * @return the title
     */
    public abstract String title();

    /**
     * The link target as written: usually {@code https://arxiv.org/abs/<id>}, sometimes relative,
     * possibly empty ({@code ### [title]()}); empty (absent) when the heading has no link at all
     * ({@code ### [title]}, a {@code MALFORMED_PAPER_HEADING} error).
     *
     * @return the URL, or empty
     */
    public abstract Optional<String> url();

    /**
     * The new-style arXiv identifier the URL carries (such as {@code 2503.01234} or
     * {@code 2503.01234v2}), if any.
     *
     * @return the arXiv id, or empty
     */
    public abstract Optional<String> arxivId();

    /**
     * The thumbnail or video, if the entry has one.
     *
     * @return the media, or empty
     */
    public abstract Optional<Media> media();

    /**
     * The vote count; empty when unknown ({@code Vote: -} or no vote line). Unknown is not zero.
     *
     * @return the votes, or empty
     */
    public abstract OptionalInt votes();

    /**
     * The authors in order, without {@code +} placeholders and repeated names.
     *
     * @return the authors
     */
    public abstract List<Author> authors();

    /**
     * The summary's sections in document order.
     *
     * @return the sections
     */
    public abstract List<Section> sections();

    /** {@inheritDoc} From the heading to the paper's last non-blank line. */
    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * The heading line; empty for a paper built rather than parsed.
     *
     * @return the heading's span, or empty
     */
    @Value.Auxiliary
    public abstract Optional<SourceSpan> headingSpan();

    /**
     * The vote line, if there was one (also for {@code Vote: -}).
     *
     * @return the vote line's span, or empty
     */
    @Value.Auxiliary
    public abstract Optional<SourceSpan> voteSpan();

    /**
     * The authors line, if there was one.
     *
     * @return the authors line's span, or empty
     */
    @Value.Auxiliary
    public abstract Optional<SourceSpan> authorsSpan();

    /**
     * Refuses an impossible paper; fills in the arXiv id of a paper built without one.
     *
     * @return this paper, or a copy with the arXiv id its URL carries
     * @throws IllegalArgumentException if the title or URL has a line break, the votes are
     *     negative, the arXiv id is not the one the URL carries, an author is empty, {@code +}
     *     or repeated, or a header line's span lies outside the paper's span
     */
    @Value.Check
    protected Paper check() {
        ModelChecks.oneLine(title(), "paper title");
        if (url().isPresent()) {
            ModelChecks.oneLine(url().get(), "URL", title());
        }
        if (votes().isPresent() && votes().getAsInt() < 0) {
            throw new IllegalArgumentException("votes of '" + title() + "' are negative: " + votes().getAsInt()
                    + " (unknown votes are an empty OptionalInt)");
        }
        Optional<String> fromUrl = url().flatMap(ArxivIds::fromUrl);
        if (arxivId().isEmpty() && fromUrl.isPresent()) {
            return builder().from(this).arxivId(fromUrl).build();
        }
        if (!arxivId().equals(fromUrl)) {
            throw new IllegalArgumentException("arXiv id of '" + title() + "' is " + arxivId().orElse("(none)")
                    + " but its URL '" + url().orElse("") + "' gives " + fromUrl.orElse("none"));
        }
        List<Author> authors = authors();
        // A set only for long lists: most papers have a handful of authors, compared pairwise.
        Set<String> names = authors.size() > 16 ? new HashSet<>() : null;
        for (int i = 0; i < authors.size(); i++) {
            String name = authors.get(i).name();
            if (name.isEmpty() || name.equals("+") || (names != null ? !names.add(name) : repeats(authors, i))) {
                throw new IllegalArgumentException("author '" + name + "' of '" + title()
                        + "' is empty, a '+' placeholder or repeated");
            }
        }
        ModelChecks.inside(headingSpan(), span(), "heading span", title());
        ModelChecks.inside(voteSpan(), span(), "vote line span", title());
        ModelChecks.inside(authorsSpan(), span(), "authors line span", title());
        return this;
    }

    /** Whether the name of author {@code i} is that of an author before it. */
    private static boolean repeats(List<Author> authors, int i) {
        String name = authors.get(i).name();
        for (int k = 0; k < i; k++) {
            if (authors.get(k).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitPaper(this);
    }

    /**
     * A builder for papers.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Paper}; {@code title} is required, and {@code arxivId} is filled in from
     * the URL when left out.
     */
    public static final class Builder extends ImmutablePaper.Builder {
        Builder() {}
    }
}
