package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to hurt a parser (commonmark-java's pathological tests, for this format). Each
 * runs on a thread with a small stack, so deep recursion on input-controlled depth would fail
 * with a StackOverflowError; the timeouts are generous hang guards, not benchmarks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    private static final int N = 100_000;
    private final DigestParser parser = DigestParser.builder().build();

    /** Parses on a thread with a 256 KB stack, touching every lazy part of the model. */
    private Digest parseOnSmallStack(String input) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                Digest digest = parser.parse(input);
                for (Paper paper : digest.papers()) {
                    for (Section section : paper.sections()) {
                        section.glosses();
                        section.bilingual().segments();
                    }
                }
                MutationPropertiesTest.assertInside(input, digest);
                NothingLost.check(input, digest);
                result.set(digest);
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack", 256 * 1024);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (result.get() instanceof Throwable t) {
            throw new AssertionError("parsing failed with " + t, t);
        }
        return (Digest) result.get();
    }

    private static String paper(String body) {
        return "## Daily Papers (2025-01-01)\n\n### [T](https://arxiv.org/abs/2501.00001)\n\n" + body + "\n";
    }

    @Test
    void nestedParentheses() {
        Digest digest = parseOnSmallStack(paper("- 모델(" + "(".repeat(N) + "깊이" + ")".repeat(N) + ")"));
        assertEquals(1, digest.papers().get(0).sections().size());
    }

    @Test
    void unbalancedParentheses() {
        parseOnSmallStack(paper("- " + "용어(".repeat(N)));
        parseOnSmallStack(paper("- " + "용어)".repeat(N)));
        parseOnSmallStack(paper("- " + ")(".repeat(N)));
        parseOnSmallStack(paper("- " + "대형 언어 모델(Large Language Model, LLM(".repeat(N / 10)));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteLine() {
        StringBuilder line = new StringBuilder(50_000_000 + 100).append("- ");
        String unit = "키-값 캐시(Key-Value Cache)를 줄이고 (1) 속도를 높인다. ";
        while (line.length() < 50_000_000) {
            line.append(unit);
        }
        Digest digest = parseOnSmallStack(paper(line.toString()));
        Section section = digest.papers().get(0).sections().get(0);
        assertEquals(line.length() - 2, section.text().length());
        assertTrue(section.glosses().size() > 1_000_000);
    }

    @Test
    void aHundredThousandPaperHeadings() {
        Digest digest = parseOnSmallStack("## Daily Papers (2025-01-01)\n" + "### [\n".repeat(N));
        assertEquals(N, digest.papers().size());
        assertEquals(N, digest.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.MALFORMED_PAPER_HEADING).count());
    }

    @Test
    void markerSoup() {
        String[] markers = {"## ", "### [", "# ", "- ", "***", "**", "**:", "***:", "Vote:", "Vote: -", "Authors: [",
            "Authors:", "![](", "[Watch Video]", "<video", "<div><video src=\"", "](", ")", "(", "'", "\\", ", ", "\n",
            "\r", "\r\n", "\n\n", "## Daily Papers (", "2025-02-30)", "가", "\uFEFF", "\u0000"};
        Random random = new Random(7);
        StringBuilder soup = new StringBuilder();
        while (soup.length() < 2_000_000) {
            soup.append(markers[random.nextInt(markers.length)]);
        }
        parseOnSmallStack(soup.toString());
        parseOnSmallStack(soup.toString().replace("\n", "").replace("\r", ""));
    }

    @Test
    void hugeAuthorLists() {
        StringBuilder plain = new StringBuilder("Authors: ");
        StringBuilder list = new StringBuilder("Authors: [");
        for (int i = 0; i < N; i++) {
            plain.append(i == 0 ? "" : ", ").append("Author ").append(i);
            list.append(i == 0 ? "" : ", ").append("'Author ").append(i).append('\'');
        }
        list.append(']');
        assertEquals(N, parseOnSmallStack(paper(plain.toString())).papers().get(0).authors().size());
        assertEquals(N, parseOnSmallStack(paper(list.toString())).papers().get(0).authors().size());
        // The same name over and over: every repeat is reported, none kept twice.
        Digest repeated = parseOnSmallStack(paper("Authors: " + "Ana, ".repeat(N) + "Ana"));
        assertEquals(1, repeated.papers().get(0).authors().size());
    }

    @Test
    void brokenPythonListAuthors() {
        parseOnSmallStack(paper("Authors: ['" + "\\".repeat(N)));
        parseOnSmallStack(paper("Authors: [" + "'".repeat(N)));
        parseOnSmallStack(paper("Authors: [" + "\"a', ".repeat(N)));
        parseOnSmallStack(paper("Authors: [" + "[".repeat(N) + "]".repeat(N)));
        parseOnSmallStack(paper("Authors: ['a', 'b'" + ", '".repeat(N)));
    }

    @Test
    void nulAndControlCharacters() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        controls.append('\u007F').append('\u0085').append('\u2028').append('\u2029');
        String all = controls.toString();
        parseOnSmallStack(all.repeat(10_000));
        parseOnSmallStack(paper("- " + all.replace("\n", "").replace("\r", "").repeat(10_000)));
        parseOnSmallStack("\u0000".repeat(1_000_000));
    }

    @Test
    void loneSurrogates() {
        parseOnSmallStack(paper("- 모델(\uD800)\uDC00 ".repeat(N)));
        parseOnSmallStack("\uDBFF".repeat(N));
    }

    @Test
    void invalidUtf8FromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.md");
        byte[] prefix = "## Daily Papers (2025-01-01)\n\n### [T](https://arxiv.org/abs/2501.00001)\n\n- ".getBytes();
        byte[] garbage = new byte[300_000];
        new Random(3).nextBytes(garbage);
        // High bytes only, as in a file in a wrong 8-bit encoding: no control characters, so it
        // is read as text with INVALID_UTF8 errors (random bytes of every value are NOT_TEXT).
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] |= (byte) 0x80;
        }
        byte[] bytes = new byte[prefix.length + garbage.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(garbage, 0, bytes, prefix.length, garbage.length);
        Files.write(file, bytes);

        Digest digest = parser.parse(file);
        assertTrue(digest.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.INVALID_UTF8));
        assertTrue(digest.papers().get(0).sections().get(0).text().contains("\uFFFD"));
        DigestParser strict = DigestParser.builder().strict(true).build();
        DigestParseException e = assertThrows(DigestParseException.class, () -> strict.parse(file));
        assertEquals(DiagnosticCode.INVALID_UTF8, e.diagnostic().code());
    }

    @Test
    void emptyAndByteOrderMarkOnlyInputs() {
        for (String input : new String[] {"", "\uFEFF", "\uFEFF\n", "\n", "\r", "\r\n", " ", "\n".repeat(N), "\uFEFF".repeat(N)}) {
            Digest digest = parseOnSmallStack(input);
            assertTrue(digest.editions().isEmpty());
        }
    }

    @Test
    void longLinesOfEveryKind() {
        String x = "x".repeat(1_000_000);
        parseOnSmallStack("## Daily Papers (" + x + ")\n### [" + x + "](" + x + ")\n![](" + x + ")\n[Watch Video]("
                + x + ")\n<video src='" + x + "'>\nVote: " + "9".repeat(1_000_000) + "\n- ***" + x + "***: " + x + "\n# " + x);
    }
}
