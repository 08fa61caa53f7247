package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.dailypapers.digest.TestResources;
import io.github.dailypapers.digest.model.Digest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's safety net: an LL pass with full error recovery over buffered tokens, which runs
 * only if the fast pass gives up. The grammar is total, so no input makes it run in a parse, and
 * a broken net would go unnoticed; here it reads inputs directly and must give exactly the fast
 * pass's digest (every element, span and diagnostic).
 */
class SafetyNetTest {

    private static Digest read(String input, boolean fast) {
        SourceText source = new SourceText(input, 0, input.length(), 1);
        int start = !input.isEmpty() && input.charAt(0) == '\uFEFF' ? 1 : 0;
        return TreeReader.read(source, start, new ModelBuilder(source, new DiagnosticCollector(source)), fast)
                .digest();
    }

    private static void assertSameDigest(String input) {
        assertEquals(read(input, true), read(input, false),
                () -> "input: " + input.replace("\n", "\\n").replace("\r", "\\r"));
    }

    @Test
    void theFixturesAndTheRealSampleReadTheSame() {
        List<String> names = List.of("compact-oldest", "continuation-lines", "current-dialect", "malformed-label",
                "media-forms", "mixed-labels", "readme-wrapper", "structure-errors", "titles", "two-editions",
                "votes-authors");
        for (String name : names) {
            assertSameDigest(TestResources.read("/fixtures/" + name + ".md"));
        }
        String sample = TestResources.read(TestResources.SAMPLE);
        assertFalse(read(sample, false).papers().isEmpty());
        assertSameDigest(sample);
        assertSameDigest(sample.replace("\n", "\r\n"));
        assertSameDigest("\uFEFF" + sample);
    }

    @Test
    void randomDigestLikeTextReadsTheSame() {
        qt().withFixedSeed(20261201L).withExamples(2_000).forAll(FastDigestLexerTest.digestLikeText())
                .checkAssert(SafetyNetTest::assertSameDigest);
    }
}
