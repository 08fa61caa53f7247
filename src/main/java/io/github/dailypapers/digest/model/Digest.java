package io.github.dailypapers.digest.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parsed file: its editions, the README blocks around them, the lines that fit nowhere, and
 * the diagnostics the parser reported.
 */
@Value.Immutable
@ModelStyle
public abstract class Digest implements DigestNode {

    Digest() {}

    /**
     * The editions in document order (a date may repeat when a day was appended twice).
     *
     * @return the editions
     */
    public abstract List<Edition> editions();

    /**
     * README blocks (prologue and epilogue of a README page) in document order.
     *
     * @return the blocks
     */
    public abstract List<ReadmeBlock> readmeBlocks();

    /**
     * Lines that fit nowhere, in document order.
     *
     * @return the unrecognised lines
     */
    public abstract List<UnrecognisedLine> unrecognisedLines();

    /**
     * What the parser repaired, skipped or could not read, in document order.
     *
     * @return the diagnostics
     */
    @Value.Auxiliary
    public abstract List<Diagnostic> diagnostics();

    /**
     * All papers of all editions, in document order.
     *
     * @return the papers
     */
    public List<Paper> papers() {
        return editions().stream().flatMap(e -> e.papers().stream()).toList();
    }

    /**
     * Whether any diagnostic is an {@link Severity#ERROR}.
     *
     * @return true if there is an error
     */
    public boolean hasErrors() {
        return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** {@inheritDoc} The whole input. */
    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * Refuses an impossible digest.
     *
     * @throws IllegalArgumentException if an edition without heading is not the first edition
     *     (only the papers before any heading form one)
     */
    @Value.Check
    protected void check() {
        for (int i = 1; i < editions().size(); i++) {
            if (editions().get(i).heading().isEmpty()) {
                throw new IllegalArgumentException("edition " + (i + 1) + " has no heading; only the first edition, "
                        + "the papers before any heading, can lack one");
            }
        }
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitDigest(this);
    }

    /**
     * A builder for digests.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Digest}; every attribute is optional. */
    public static final class Builder extends ImmutableDigest.Builder {
        Builder() {}
    }
}
