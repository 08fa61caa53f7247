package io.github.dailypapers.digest.model;

import org.immutables.value.Value;

/**
 * A part of a README page around the editions: a level-1 or level-2 heading that is not a date
 * heading ({@code # Daily Papers}, {@code ## Project Description}, {@code ## License},
 * {@code ## Citation}, ...) and the raw Markdown up to the next level-1 or level-2 heading.
 * Nothing in it is interpreted, so a program can read it or write it back as it was.
 */
@Value.Immutable
@ModelStyle
public abstract class ReadmeBlock implements DigestNode {

    ReadmeBlock() {}

    /**
     * The heading level.
     *
     * @return 1 or 2
     */
    public abstract int level();

    /**
     * The heading text, without the {@code #} marks and the space after them.
     *
     * @return the heading
     */
    public abstract String heading();

    /**
     * The Markdown between the heading and the next level-1 or level-2 heading, verbatim, with
     * line ends normalised to {@code \n} and leading and trailing empty lines left out.
     *
     * @return the Markdown, possibly empty
     */
    public abstract String markdown();

    @Override
    @Value.Default
    @Value.Auxiliary
    public SourceSpan span() {
        return SourceSpan.NONE;
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitReadmeBlock(this);
    }

    /**
     * A builder for README blocks.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReadmeBlock}; {@code level}, {@code heading} and {@code markdown} are required. */
    public static final class Builder extends ImmutableReadmeBlock.Builder {
        Builder() {}
    }
}
