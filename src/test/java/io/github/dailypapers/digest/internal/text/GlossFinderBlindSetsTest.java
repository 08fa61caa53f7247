package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gloss finder on the blind sets of {@code src/test/resources/gloss-eval/blind/}: made-up
 * sentences that annotators wrote and labelled from the annotation guidelines alone, one row per
 * parenthesised group (docs/bilingual.md, "Blind sets"). Issue 12's targets for recall, term
 * exactness and kind must hold on all of them together, as on the evaluation set of real digests.
 * Its target for false glosses (5%) does not hold on these sets: the test keeps them from rising
 * above the count recorded in docs/bilingual.md.
 */
class GlossFinderBlindSetsTest {

    private static final String[] SETS = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
        "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad"};

    /** The false glosses on all the sets with the rules of docs/bilingual.md (73 of 2,081 groups, 3.5%). */
    private static final int RECORDED_FALSE_GLOSSES = 73;

    /** Counts of one scoring run. */
    private static final class Figures {
        int glosses;
        int found;
        int exact;
        int kindRight;
        int notGlosses;
        int reported;

        double recall() {
            return (double) found / glosses;
        }

        double termExact() {
            return (double) exact / found;
        }

        double kind() {
            return (double) kindRight / found;
        }

        double falseGlosses() {
            return (double) reported / notGlosses;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "recall %.3f, term exact %.3f, kind %.3f, false %.3f",
                    recall(), termExact(), kind(), falseGlosses());
        }
    }

    @Test
    void issue12TargetsHoldOnTheBlindSets() throws IOException {
        Figures figures = new Figures();
        for (String set : SETS) {
            score(rows("/gloss-eval/blind/probes-" + set + ".tsv"), figures);
        }
        assertTrue(figures.glosses > 5700 && figures.notGlosses > 1800, "the sets are all read: " + figures.glosses);
        assertTrue(figures.recall() >= 0.96, figures::toString);
        assertTrue(figures.termExact() >= 0.92, figures::toString);
        assertTrue(figures.kind() >= 0.97, figures::toString);
        assertTrue(figures.reported <= RECORDED_FALSE_GLOSSES,
                () -> figures.reported + " false glosses, more than the " + RECORDED_FALSE_GLOSSES + " recorded: " + figures);
    }

    /** Matches each labelled group to the glosses found at its {@code (}, in order. */
    private static void score(Map<String, List<String[]>> byText, Figures figures) {
        for (List<String[]> rows : byText.values()) {
            String text = rows.get(0)[1];
            List<Integer> opens = new ArrayList<>();
            for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
                opens.add(i);
            }
            Map<Integer, List<GlossMatch>> byGroup = new HashMap<>();
            for (GlossMatch match : GlossFinder.find(text)) {
                byGroup.computeIfAbsent(match.groupStart(), start -> new ArrayList<>()).add(match);
            }
            Map<Integer, Integer> taken = new HashMap<>();
            for (String[] row : rows) {
                int open = opens.get(Integer.parseInt(row[2]) - 1);
                List<GlossMatch> found = byGroup.getOrDefault(open, List.of());
                if (row[3].equals("gloss")) {
                    figures.glosses++;
                    int k = taken.merge(open, 1, Integer::sum) - 1;
                    if (k < found.size()) {
                        figures.found++;
                        figures.exact += found.get(k).term().equals(row[5]) ? 1 : 0;
                        figures.kindRight += found.get(k).kind().name().equals(row[8]) ? 1 : 0;
                    }
                } else {
                    figures.notGlosses++;
                    figures.reported += found.isEmpty() ? 0 : 1;
                }
            }
        }
    }

    /** The rows of one set by text id, in file order. */
    private static Map<String, List<String[]>> rows(String resource) throws IOException {
        try (InputStream in = GlossFinderBlindSetsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Map<String, List<String[]>> byText = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 9) {
                    throw new IOException(resource + ": expected 9 tab-separated cells: " + line);
                }
                byText.computeIfAbsent(cells[0], id -> new ArrayList<>()).add(cells);
            }
            return byText;
        }
    }
}
