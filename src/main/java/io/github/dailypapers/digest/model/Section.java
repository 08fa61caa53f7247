package io.github.dailypapers.digest.model;

import io.github.dailypapers.digest.internal.SectionLabels;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One bullet of a paper's summary, with its continuation lines.
 *
 * <p>A labeled bullet ({@code - ***What's New***: ...}) has a kind from its label; an unlabeled
 * bullet of the oldest dialect is a {@link SectionKind#POINT}.
 */
@Value.Immutable
@ModelStyle
public abstract class Section implements DigestNode {

    Section() {}

    /**
     * What the section is.
     *
     * @return the kind
     */
    public abstract SectionKind kind();

    /**
     * The label as written, without the asterisks and the colon; empty for a
     * {@link SectionKind#POINT}.
     *
     * @return the label, or empty
     */
    public abstract Optional<String> label();

    /**
     * The text as written, after the bullet marker and the label (and the one space after the
     * label's colon). Continuation lines are joined with {@code \n} and kept verbatim.
     *
     * @return the text
     */
    public abstract String text();

    /** {@inheritDoc} From the bullet marker to the end of its last continuation line. */
    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * Where each line of {@link #text()} came from: one span per {@code \n}-separated line of
     * the text, in order. Empty for a section that was built rather than parsed.
     *
     * @return the spans of the text's lines
     */
    @Value.Auxiliary
    public abstract List<SourceSpan> textLineSpans();

    /**
     * The text with its glosses and script segments. Computed on first use, then kept.
     *
     * @return the bilingual view of the text
     */
    @Value.Lazy
    public BilingualText bilingual() {
        return BilingualText.analyse(text(), textLineSpans());
    }

    /**
     * The glosses of the text, in order; a shortcut for {@code bilingual().glosses()}.
     *
     * @return the glosses
     */
    public List<Gloss> glosses() {
        return bilingual().glosses();
    }

    /**
     * Refuses an impossible section.
     *
     * @throws IllegalArgumentException if a {@link SectionKind#POINT} has a label or another
     *     kind has none, the label is empty, has a line break or names another kind, or there
     *     are text line spans but not one per line of the text
     */
    @Value.Check
    protected void check() {
        if (kind() == SectionKind.POINT) {
            if (label().isPresent()) {
                throw new IllegalArgumentException("a POINT section has label '" + label().get()
                        + "'; only labeled kinds have one");
            }
        } else {
            String label = label().orElseThrow(() -> new IllegalArgumentException(
                    "a " + kind() + " section has no label; only a POINT has none"));
            ModelChecks.oneLine(label, "section label");
            if (label.isEmpty() || SectionLabels.kindOf(label) != kind()) {
                throw new IllegalArgumentException("section label '" + label + "' is of kind "
                        + SectionLabels.kindOf(label) + ", not " + kind());
            }
        }
        if (!textLineSpans().isEmpty()) {
            int lines = 1;
            for (int at = text().indexOf('\n'); at >= 0; at = text().indexOf('\n', at + 1)) {
                lines++;
            }
            if (textLineSpans().size() != lines) {
                throw new IllegalArgumentException("section text has " + lines + " lines but "
                        + textLineSpans().size() + " text line spans");
            }
        }
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitSection(this);
    }

    /**
     * A builder for sections.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Section}; {@code kind} and {@code text} are required. */
    public static final class Builder extends ImmutableSection.Builder {
        Builder() {}
    }
}
