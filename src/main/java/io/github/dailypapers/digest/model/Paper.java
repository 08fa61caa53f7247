package io.github.dailypapers.digest.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
     * The link target as written: usually {@code https://arxiv.org/abs/<id>}, sometimes relative.
     *
     * @return the URL
     */
    public abstract String url();

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
    @Value.Default
    @Value.Auxiliary
    public SourceSpan span() {
        return SourceSpan.NONE;
    }

    /**
     * The heading line.
     *
     * @return the heading's span
     */
    @Value.Default
    @Value.Auxiliary
    public SourceSpan headingSpan() {
        return SourceSpan.NONE;
    }

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

    /** Builds a {@link Paper}; {@code title} and {@code url} are required. */
    public static final class Builder extends ImmutablePaper.Builder {
        Builder() {}
    }
}
