package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Made-up examples of every error class that issue 12 lists (modifiers swallowed into the term,
 * compounds cut short, groups that are not glosses, glosses missed), read from
 * {@code src/test/resources/gloss-eval/issue12-examples.tsv}: one row per expected gloss, rows
 * sharing an id belong to one text, kind {@code NONE} means the text holds no gloss.
 *
 * <p>Most of these failed with the gloss finder as it was when the list was written; the rules
 * of docs/bilingual.md now pass every row. The list states expected results only; it was written
 * by hand against docs/bilingual.md and issue 12, not taken from the finder's output.
 */
class GlossFinderIssue12ExamplesTest {

    private static final String RESOURCE = "/gloss-eval/issue12-examples.tsv";
    /**
     * Made-up sentences of kinds the development digests do not have (references, venues, makers,
     * quantities, common glosses of every kind): whether the rules generalise beyond the text they
     * were written from.
     */
    private static final String PROBES = "/gloss-eval/generality-probes.tsv";

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        return tests(RESOURCE);
    }

    @TestFactory
    Stream<DynamicTest> everyGeneralityProbe() throws IOException {
        return tests(PROBES);
    }

    private static Stream<DynamicTest> tests(String resource) throws IOException {
        Map<String, List<String[]>> byId = new LinkedHashMap<>();
        for (String[] row : rows(resource)) {
            byId.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row);
        }
        return byId.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey() + " (" + entry.getValue().get(0)[1] + ")",
                () -> check(entry.getValue())));
    }

    private static void check(List<String[]> expectedRows) {
        String text = expectedRows.get(0)[2];
        List<String> expected = new ArrayList<>();
        for (String[] row : expectedRows) {
            if (!row[6].equals("NONE")) {
                expected.add(describe(row[3], none(row[4]), none(row[5]), row[6]));
            }
        }
        List<String> actual = new ArrayList<>();
        for (GlossMatch match : GlossFinder.find(text)) {
            assertEquals(match.term(), text.substring(match.termStart(), match.termEnd()), text);
            actual.add(describe(match.term(), match.gloss(), match.acronym(), match.kind().name()));
        }
        assertEquals(expected, actual, text);
    }

    private static String describe(String term, String gloss, String acronym, String kind) {
        return term + " | " + gloss + " | " + acronym + " | " + kind;
    }

    private static String none(String value) {
        return value.equals("-") ? null : value;
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = GlossFinderIssue12ExamplesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    if (cells.length != 7) {
                        throw new IOException("expected 7 tab-separated cells: " + line);
                    }
                    rows.add(cells);
                }
            }
            return rows;
        }
    }
}
