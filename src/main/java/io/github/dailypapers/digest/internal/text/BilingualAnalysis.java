package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.BilingualText;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.SourceSpan;
import io.github.dailypapers.digest.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Builds the bilingual view of a section's text, with source spans for its glosses. */
public final class BilingualAnalysis {

    private BilingualAnalysis() {}

    /**
     * Analyses a text.
     *
     * @param text the section's text
     * @param textLineSpans where each {@code \n}-separated line of the text came from (may be
     *     empty for a text that was not parsed)
     * @return the bilingual view
     */
    public static BilingualText analyse(String text, List<SourceSpan> textLineSpans) {
        List<GlossMatch> matches = GlossFinder.find(text);
        // Most sections of real digests have no gloss: no line table for them.
        TextPositions positions = matches.isEmpty() ? null : new TextPositions(text, textLineSpans);
        List<Gloss> glosses = new ArrayList<>(matches.size());
        for (GlossMatch match : matches) {
            Gloss.Builder gloss = Gloss.builder()
                    .term(match.term())
                    .kind(match.kind())
                    .termRange(new TextRange(match.termStart(), match.termEnd()))
                    .groupRange(new TextRange(match.groupStart(), match.groupEnd()))
                    .span(positions.span(match.groupStart(), match.groupEnd()))
                    .termSpan(positions.span(match.termStart(), match.termEnd()));
            if (match.gloss() != null) {
                gloss.gloss(match.gloss());
            }
            if (match.acronym() != null) {
                gloss.acronym(match.acronym());
            }
            glosses.add(gloss.build());
        }
        return new BilingualText(text, glosses, ScriptSegmenter.split(text));
    }
}
