package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.BilingualText;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.SourceSpan;
import io.github.dailypapers.digest.model.TextRange;
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
        if (matches.isEmpty()) {
            // Most sections of real digests have no gloss: no line table, no list for them.
            return new BilingualText(text, List.of(), ScriptSegmenter.split(text));
        }
        TextPositions positions = new TextPositions(text, textLineSpans);
        // An array made into a List.of: BilingualText's List.copyOf keeps such a list as it is.
        Gloss[] glosses = new Gloss[matches.size()];
        for (int i = 0; i < glosses.length; i++) {
            GlossMatch match = matches.get(i);
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
            glosses[i] = gloss.build();
        }
        return new BilingualText(text, List.of(glosses), ScriptSegmenter.split(text));
    }
}
