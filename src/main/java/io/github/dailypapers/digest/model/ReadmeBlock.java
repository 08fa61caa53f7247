package io.github.dailypapers.digest.model;

import java.util.Optional;
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
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * Refuses an impossible README block.
     *
     * @throws IllegalArgumentException if the level is not 1 or 2, the heading has a line
     *     break, a level-2 heading is a date heading ({@code Daily Papers (}…, an edition), or
     *     the Markdown has a carriage return (line ends are {@code \n}) or a line that would be
     *     a level-1 or level-2 heading of its own
     */
    @Value.Check
    protected void check() {
        if (level() != 1 && level() != 2) {
            throw new IllegalArgumentException("README block '" + heading() + "' has level " + level()
                    + "; only level-1 and level-2 headings start one");
        }
        ModelChecks.oneLine(heading(), "README heading");
        if (level() == 2 && heading().startsWith("Daily Papers (")) {
            throw new IllegalArgumentException("README heading '## " + heading() + "' is a date heading, an edition");
        }
        if (markdown().indexOf('\r') >= 0) {
            throw new IllegalArgumentException("Markdown of README block '" + heading()
                    + "' has a carriage return; its line ends are \\n");
        }
        for (String line : markdown().split("\n", -1)) {
            if (line.startsWith("# ") || line.startsWith("## ")) {
                throw new IllegalArgumentException("Markdown of README block '" + heading() + "' has a heading line '"
                        + line + "', which starts a block of its own");
            }
        }
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
