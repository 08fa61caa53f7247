package io.github.dailypapers.digest.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parenthesised group that explains the term before it, such as
 * {@code 저랭크 적응(low-rank adaptation)} or {@code LoRA(Low-Rank Adaptation)}. See
 * {@code docs/bilingual.md} for the rules that find glosses and decide where a term starts.
 */
@Value.Immutable
@ModelStyle
public abstract class Gloss implements DigestNode {

    Gloss() {}

    /**
     * The words the group explains, verbatim from the text (without quotes around them).
     *
     * @return the term
     */
    public abstract String term();

    /**
     * The translation or expansion, if the group gives one (not when it is only an acronym).
     *
     * @return the gloss, or empty
     */
    public abstract Optional<String> gloss();

    /**
     * The abbreviation: from the group, or the term itself when the term is the abbreviation
     * and the group its expansion.
     *
     * @return the acronym, or empty
     */
    public abstract Optional<String> acronym();

    /**
     * What the group says about the term.
     *
     * @return the kind
     */
    public abstract GlossKind kind();

    /**
     * Where the term is in the section's text.
     *
     * @return the term's range
     */
    @Value.Auxiliary
    public abstract TextRange termRange();

    /**
     * Where the group, parentheses included, is in the section's text.
     *
     * @return the group's range
     */
    @Value.Auxiliary
    public abstract TextRange groupRange();

    /** {@inheritDoc} The group, from its {@code (} to its {@code )}, in the input. */
    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * Where the term is in the input; empty for a text that was not parsed.
     *
     * @return the term's source span, or empty
     */
    @Value.Auxiliary
    public abstract Optional<SourceSpan> termSpan();

    /**
     * Refuses an impossible gloss.
     *
     * @throws IllegalArgumentException if the term is empty, the term does not end before its
     *     group starts, the group is shorter than its two parentheses, or the gloss or acronym
     *     is there but empty
     */
    @Value.Check
    protected void check() {
        if (term().isEmpty()) {
            throw new IllegalArgumentException("gloss term is empty");
        }
        if (termRange().end() > groupRange().start()) {
            throw new IllegalArgumentException("term '" + term() + "' at " + termRange()
                    + " does not end before its group at " + groupRange());
        }
        if (groupRange().length() < 2) {
            throw new IllegalArgumentException("group of '" + term() + "' at " + groupRange()
                    + " is shorter than its parentheses");
        }
        if (gloss().filter(String::isEmpty).isPresent() || acronym().filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException("gloss of '" + term() + "' has an empty gloss or acronym; leave it out");
        }
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitGloss(this);
    }

    /**
     * A builder for glosses.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Gloss}; {@code term}, {@code kind} and both ranges are required. */
    public static final class Builder extends ImmutableGloss.Builder {
        Builder() {}
    }
}
