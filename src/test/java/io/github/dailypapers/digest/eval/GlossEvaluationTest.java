package io.github.dailypapers.digest.eval;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation command on a made-up one-file corpus: its figures, and its refusal of stale positions. */
class GlossEvaluationTest {

    private static final String LINE = "- 이 연구는 대형 언어 모델(LLMs)의 정확도(80%)를 높인다.";

    @TempDir
    Path dir;

    @Test
    void scoresGlossesAndNonGlossesByPosition() throws Exception {
        Path corpus = corpus();
        int gloss = LINE.indexOf('(') + 1;
        int term = LINE.indexOf("대형") + 1;
        int number = LINE.indexOf("(80%)") + 1;
        Path annotations = annotations(
                "2024/05/02.md\t7\t" + gloss + "\tgloss\t-\t7\t" + term + "\t" + gloss + "\tABBREVIATION",
                "2024/05/02.md\t7\t" + number + "\tnot-gloss\tnumber\t-\t-\t-\t-");
        String out = run(corpus, annotations, true);
        assertTrue(out.contains("2 groups (2 rows): 1 glosses in 1 groups, 1 not-gloss groups"), out);
        String flat = out.replaceAll("\\s+", " ");
        assertTrue(flat.contains("recall (annotated glosses found) 100.0% (1/1)"), out);
        assertTrue(flat.contains("term exact (of found) 100.0% (1/1)"), out);
        assertTrue(flat.contains("kind right (of found) 100.0% (1/1)"), out);
        assertTrue(flat.contains("false glosses (of not-gloss groups) 0.0% (0/1)"), out);
    }

    @Test
    void reportsAWrongTermSpanWithItsPosition() throws Exception {
        Path corpus = corpus();
        int gloss = LINE.indexOf('(') + 1;
        int wrongTerm = LINE.indexOf("언어") + 1;
        Path annotations = annotations(
                "2024/05/02.md\t7\t" + gloss + "\tgloss\t-\t7\t" + wrongTerm + "\t" + gloss + "\tTRANSLATION");
        String out = run(corpus, annotations, true);
        assertTrue(out.contains("TERM  2024/05/02.md:7:" + gloss), out);
        assertTrue(out.contains("KIND  2024/05/02.md:7:" + gloss), out);
        assertTrue(out.replaceAll("\\s+", " ").contains("term exact (of found) 0.0% (0/1)"), out);
    }

    @Test
    void refusesAPositionThatIsNoLongerAParenthesis() throws Exception {
        Path corpus = corpus();
        int shifted = LINE.indexOf('(') + 2;
        Path annotations = annotations("2024/05/02.md\t7\t" + shifted + "\tnot-gloss\tother\t-\t-\t-\t-");
        GlossEvaluation.EvaluationException e = assertThrows(GlossEvaluation.EvaluationException.class,
                () -> run(corpus, annotations, false));
        assertTrue(e.getMessage().contains("2024/05/02.md:7:" + shifted), e.getMessage());
    }

    @Test
    void refusesAMissingCorpus() throws Exception {
        Path annotations = annotations("2024/05/02.md\t7\t1\tnot-gloss\tother\t-\t-\t-\t-");
        assertThrows(GlossEvaluation.EvaluationException.class,
                () -> run(dir.resolve("no-such-corpus"), annotations, false));
    }

    private Path corpus() throws Exception {
        Path file = dir.resolve("corpus/2024/05/02.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "## Daily Papers (2024-05-02)",
                "",
                "### [A Made-Up Paper](https://arxiv.org/abs/2405.00001)",
                "",
                "Authors: Ada Kim, Ben Lee",
                "",
                LINE,
                ""), StandardCharsets.UTF_8);
        return dir.resolve("corpus");
    }

    private Path annotations(String... rows) throws Exception {
        Path file = dir.resolve("annotations.tsv");
        Files.writeString(file, "# header\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String run(Path corpus, Path annotations, boolean verbose) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GlossEvaluation(new PrintStream(bytes, true, StandardCharsets.UTF_8), verbose).run(corpus, annotations);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
