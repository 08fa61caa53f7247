package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One parser shared by 8 threads gives exactly the sequential results (models, diagnostics,
 * spans and glosses), and a digest's lazily computed glosses are safe to share too.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ThreadSafetyTest {

    private static final int THREADS = 8;

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        inputs.add(TestResources.read(TestResources.SAMPLE));
        for (String name : new String[] {"current-dialect", "compact-oldest", "continuation-lines", "media-forms",
            "mixed-labels", "malformed-label", "readme-wrapper", "structure-errors", "titles", "two-editions",
            "votes-authors"}) {
            inputs.add(TestResources.read("/fixtures/" + name + ".md"));
        }
        inputs.add(TestResources.read(TestResources.SAMPLE).repeat(40));
        return inputs;
    }

    /** Everything observable about a digest, spans and glosses included, as one string. */
    private static String everything(Digest digest) {
        StringBuilder s = new StringBuilder(digest.toString()).append(digest.diagnostics()).append(digest.span());
        for (Paper paper : digest.papers()) {
            s.append(paper.span()).append(paper.headingSpan()).append(paper.voteSpan()).append(paper.authorsSpan());
            for (Section section : paper.sections()) {
                s.append(section.span()).append(section.textLineSpans()).append(section.bilingual());
                section.glosses().forEach(g -> s.append(g.span()).append(g.termSpan()));
            }
        }
        return s.toString();
    }

    @Test
    void eightThreadsShareOneParser() throws Exception {
        DigestParser parser = DigestParser.builder().build();
        List<String> inputs = inputs();
        List<String> expected = new ArrayList<>();
        for (String input : inputs) {
            expected.add(everything(parser.parse(input)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            // Each thread walks the inputs from a different place, so threads overlap differently.
                            int index = (i + offset) % inputs.size();
                            mine.add(index + ":" + everything(parser.parse(inputs.get(index))));
                        }
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                for (String got : result.get()) {
                    int index = Integer.parseInt(got.substring(0, got.indexOf(':')));
                    assertEquals(expected.get(index), got.substring(got.indexOf(':') + 1));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneDigestsLazyGlossesAreSafeToShare() throws Exception {
        DigestParser parser = DigestParser.builder().build();
        String sample = TestResources.read(TestResources.SAMPLE);
        String expected = everything(parser.parse(sample));
        for (int round = 0; round < 20; round++) {
            Digest shared = parser.parse(sample);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<String>> views = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    views.add(pool.submit(() -> everything(shared)));
                }
                for (Future<String> view : views) {
                    assertEquals(expected, view.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
