package io.github.dailypapers.digest.eval;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SourceSpan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the gloss finder against the hand-annotated evaluation set in
 * {@code src/test/resources/gloss-eval/annotations.tsv} (see the README next to it). The set
 * stores positions and labels only; the text stays in the development corpus, which is not part
 * of the repository, so this runs outside {@code mvn verify}:
 * {@code mvn -B -Pgloss-eval process-test-classes [-Dgloss.eval.corpus=DIR] [-Dgloss.eval.verbose=true]}.
 *
 * <p>Arguments: the corpus directory, the annotations file, and optionally {@code --verbose}.
 * Exit status 0 after printing the figures; 2 if the corpus or the annotations cannot be used
 * (a missing directory or file, a malformed row, a position that no longer points at a
 * {@code (}), so a changed corpus never yields silently wrong figures.
 */
public final class GlossEvaluation {

    private final PrintStream out;
    private final boolean verbose;

    GlossEvaluation(PrintStream out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    /**
     * Runs the evaluation.
     *
     * @param args corpus directory, annotations file, optional {@code --verbose}
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: GlossEvaluation CORPUS_DIR ANNOTATIONS_TSV [--verbose]");
            System.exit(2);
        }
        boolean verbose = args.length > 2 && (args[2].equals("--verbose") || args[2].equals("true"));
        try {
            new GlossEvaluation(System.out, verbose).run(Path.of(args[0]), Path.of(args[1]));
        } catch (EvaluationException | IOException e) {
            System.err.println("gloss-eval: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The corpus or the annotations cannot be used; the message says why. */
    static final class EvaluationException extends Exception {
        private static final long serialVersionUID = 1L;

        EvaluationException(String message) {
            super(message);
        }
    }

    /** One row of the annotations file. */
    record Annotation(String file, int line, int column, boolean gloss, String category,
            int termLine, int termColumn, int termEndColumn, String kind) {

        String where() {
            return file + ":" + line + ":" + column;
        }

        String expectedTerm() {
            return termLine + ":" + termColumn + "-" + termEndColumn;
        }
    }

    void run(Path corpus, Path annotationsFile) throws IOException, EvaluationException {
        if (!Files.isDirectory(corpus)) {
            throw new EvaluationException("corpus directory not found: " + corpus.toAbsolutePath()
                    + " (set -Dgloss.eval.corpus=DIR to the 17 development digests)");
        }
        if (!Files.isRegularFile(annotationsFile)) {
            throw new EvaluationException("annotations not found: " + annotationsFile.toAbsolutePath());
        }
        List<Annotation> annotations = read(annotationsFile);
        // Rows of one group stay together; groups keep the file's order.
        Map<String, List<Annotation>> groups = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            groups.computeIfAbsent(a.where(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Map<String, List<Gloss>>> glossesByFile = new HashMap<>();
        DigestParser parser = DigestParser.builder().build();
        for (Annotation a : annotations) {
            if (!glossesByFile.containsKey(a.file())) {
                Path file = corpus.resolve(a.file());
                if (!Files.isRegularFile(file)) {
                    throw new EvaluationException("annotated file missing from the corpus: " + file);
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                checkPositions(text, a.file(), annotations);
                glossesByFile.put(a.file(), glossesByGroup(parser.parse(text)));
            }
        }

        Counts counts = new Counts();
        for (List<Annotation> rows : groups.values()) {
            Annotation first = rows.get(0);
            List<Gloss> found = new ArrayList<>(glossesByFile.get(first.file())
                    .getOrDefault(first.line() + ":" + first.column(), List.of()));
            if (!first.gloss()) {
                counts.notGlossGroups++;
                counts.notGlossByCategory.merge(first.category(), 1, Integer::sum);
                if (!found.isEmpty()) {
                    counts.falseGlosses++;
                    counts.falseByCategory.merge(first.category(), 1, Integer::sum);
                    report("FALSE", first, "(" + first.category() + ") reported as " + describe(found.get(0)));
                }
                continue;
            }
            counts.glossGroups++;
            for (Annotation a : rows) {
                counts.glosses++;
                counts.glossesByKind.merge(a.kind(), 1, Integer::sum);
                Gloss match = take(found, a);
                if (match == null) {
                    counts.missedByKind.merge(a.kind(), 1, Integer::sum);
                    report("MISS", a, "expected " + a.kind() + " term " + a.expectedTerm());
                    continue;
                }
                counts.found++;
                SourceSpan term = match.termSpan().orElseThrow();
                if (exact(term, a)) {
                    counts.termExact++;
                } else {
                    report("TERM", a, "expected " + a.expectedTerm() + " got " + term.line() + ":"
                            + term.column() + "-" + term.endColumn() + " " + describe(match));
                }
                if (match.kind().name().equals(a.kind())) {
                    counts.kindRight++;
                } else {
                    report("KIND", a, "expected " + a.kind() + " got " + describe(match));
                }
            }
        }
        counts.print(out, annotations.size(), groups.size());
    }

    /** The library's gloss for an annotated one: the one with the same term span, else the first left. */
    private static Gloss take(List<Gloss> found, Annotation a) {
        for (int i = 0; i < found.size(); i++) {
            if (exact(found.get(i).termSpan().orElseThrow(), a)) {
                return found.remove(i);
            }
        }
        return found.isEmpty() ? null : found.remove(0);
    }

    private static boolean exact(SourceSpan term, Annotation a) {
        return term.line() == a.termLine() && term.endLine() == a.termLine()
                && term.column() == a.termColumn() && term.endColumn() == a.termEndColumn();
    }

    private static String describe(Gloss g) {
        return g.kind() + " [" + g.term() + "] = [" + g.gloss().orElse("-") + "] acronym "
                + g.acronym().orElse("-");
    }

    private void report(String what, Annotation a, String detail) {
        if (verbose) {
            out.println(what + "  " + a.where() + "  " + detail);
        }
    }

    /** Every gloss of every section, keyed by "line:column" of its {@code (} in the input. */
    private static Map<String, List<Gloss>> glossesByGroup(Digest digest) {
        Map<String, List<Gloss>> byGroup = new HashMap<>();
        for (Paper paper : digest.papers()) {
            for (Section section : paper.sections()) {
                for (Gloss gloss : section.glosses()) {
                    SourceSpan span = gloss.span().orElseThrow();
                    byGroup.computeIfAbsent(span.line() + ":" + span.column(), k -> new ArrayList<>()).add(gloss);
                }
            }
        }
        return byGroup;
    }

    /** Fails unless every annotated position of this file is a {@code (} (columns in code points). */
    private static void checkPositions(String text, String file, List<Annotation> annotations)
            throws EvaluationException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (Annotation a : annotations) {
            if (!a.file().equals(file)) {
                continue;
            }
            int[] cps = a.line() <= lines.length ? lines[a.line() - 1].codePoints().toArray() : new int[0];
            if (a.column() > cps.length || cps[a.column() - 1] != '(') {
                throw new EvaluationException("annotation " + a.where()
                        + " does not point at '(' any more: the corpus changed or the row is wrong");
            }
            if (a.gloss() && (a.termLine() != a.line() || a.termColumn() < 1
                    || a.termEndColumn() <= a.termColumn() || a.termEndColumn() > a.column())) {
                throw new EvaluationException("annotation " + a.where() + ": term " + a.expectedTerm()
                        + " is not before its group on the same line");
            }
        }
    }

    private static List<Annotation> read(Path file) throws IOException, EvaluationException {
        List<Annotation> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                if (c.length != 9) {
                    throw new EvaluationException("expected 9 columns");
                }
                boolean gloss = switch (c[3]) {
                    case "gloss" -> true;
                    case "not-gloss" -> false;
                    default -> throw new EvaluationException("label must be gloss or not-gloss: " + c[3]);
                };
                rows.add(gloss
                        ? new Annotation(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), true, c[4],
                                Integer.parseInt(c[5]), Integer.parseInt(c[6]), Integer.parseInt(c[7]), kind(c[8]))
                        : new Annotation(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), false, c[4],
                                0, 0, 0, "-"));
            } catch (NumberFormatException | EvaluationException e) {
                throw new EvaluationException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (rows.isEmpty()) {
            throw new EvaluationException("no annotations in " + file);
        }
        return rows;
    }

    private static String kind(String kind) throws EvaluationException {
        return switch (kind) {
            case "TRANSLATION", "ABBREVIATION", "EXPANSION", "REVERSE_TRANSLATION" -> kind;
            default -> throw new EvaluationException("unknown kind " + kind);
        };
    }

    /** The tallies and how they are printed. */
    private static final class Counts {
        int glossGroups;
        int glosses;
        int found;
        int termExact;
        int kindRight;
        int notGlossGroups;
        int falseGlosses;
        final Map<String, Integer> glossesByKind = new TreeMap<>();
        final Map<String, Integer> missedByKind = new TreeMap<>();
        final Map<String, Integer> notGlossByCategory = new TreeMap<>();
        final Map<String, Integer> falseByCategory = new TreeMap<>();

        void print(PrintStream out, int rows, int groups) {
            out.printf(Locale.ROOT, "gloss evaluation: %d groups (%d rows): %d glosses in %d groups, %d not-gloss groups%n",
                    groups, rows, glosses, glossGroups, notGlossGroups);
            out.println(line("recall (annotated glosses found)", found, glosses));
            out.println(line("term exact (of found)", termExact, found));
            out.println(line("kind right (of found)", kindRight, found));
            out.println(line("false glosses (of not-gloss groups)", falseGlosses, notGlossGroups));
            out.println("glosses by kind (missed): " + withMisses(glossesByKind, missedByKind));
            out.println("not-gloss groups by category (reported as glosses): "
                    + withMisses(notGlossByCategory, falseByCategory));
        }

        private static String line(String what, int part, int whole) {
            double pct = whole == 0 ? 0 : 100.0 * part / whole;
            return String.format(Locale.ROOT, "  %-38s %5.1f%%  (%d/%d)", what, pct, part, whole);
        }

        private static String withMisses(Map<String, Integer> all, Map<String, Integer> bad) {
            StringBuilder s = new StringBuilder();
            all.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(v)
                    .append(" (").append(bad.getOrDefault(k, 0)).append(')'));
            return s.toString();
        }
    }
}
