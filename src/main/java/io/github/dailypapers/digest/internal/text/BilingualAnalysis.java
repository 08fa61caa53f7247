package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.BilingualText;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.List;

/** Builds the bilingual view of a section's text. */
public final class BilingualAnalysis {

    private BilingualAnalysis() {}

    /**
     * Analyses a text.
     *
     * @param text the section's text
     * @param textLineSpans where each line of the text came from (may be empty)
     * @return the bilingual view
     */
    public static BilingualText analyse(String text, List<SourceSpan> textLineSpans) {
        return new BilingualText(text, List.of(), List.of());
    }
}
