package io.github.dailypapers.digest.model;

import io.github.dailypapers.digest.internal.text.BilingualAnalysis;
import io.github.dailypapers.digest.internal.text.ScriptSegmenter;
import java.util.List;
import java.util.Objects;

/**
 * A section's text with its structure: the glosses it contains and its script segments.
 *
 * @param text the text, verbatim
 * @param glosses the glosses in order of appearance
 * @param segments the maximal runs of one script, which concatenated give back the text
 */
public record BilingualText(String text, List<Gloss> glosses, List<ScriptSegment> segments) {

    /**
     * Validates and copies the lists.
     *
     * @param text the text, verbatim
     * @param glosses the glosses in order of appearance
     * @param segments the maximal runs of one script, which concatenated give back the text
     * @throws NullPointerException if an argument is null
     */
    public BilingualText {
        Objects.requireNonNull(text, "text");
        glosses = List.copyOf(glosses);
        // The segmenter's list is already unmodifiable and compact; copying it would undo that.
        segments = ScriptSegmenter.isSegmenterList(segments) ? segments : List.copyOf(segments);
    }

    /**
     * Analyses a text that is not part of a parsed digest (glosses get no source spans).
     *
     * @param text any text
     * @return its bilingual view
     */
    public static BilingualText of(String text) {
        return analyse(text, List.of());
    }

    static BilingualText analyse(String text, List<SourceSpan> textLineSpans) {
        return BilingualAnalysis.analyse(text, textLineSpans);
    }
}
