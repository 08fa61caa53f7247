package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Single-character insertions, deletions and replacements in the real sample and every fixture:
 * lenient parsing never throws, strict parsing throws nothing but {@link DigestParseException},
 * every diagnostic and span lies inside the input, and no line is lost. Run more tries with
 * {@code -Ddigest.examples=100000}.
 */
class MutationPropertiesTest {

    private static final List<String> INPUTS = List.of(
            TestResources.read(TestResources.SAMPLE),
            TestResources.read("/fixtures/current-dialect.md"),
            TestResources.read("/fixtures/compact-oldest.md"),
            TestResources.read("/fixtures/continuation-lines.md"),
            TestResources.read("/fixtures/media-forms.md"),
            TestResources.read("/fixtures/mixed-labels.md"),
            TestResources.read("/fixtures/malformed-label.md"),
            TestResources.read("/fixtures/readme-wrapper.md"),
            TestResources.read("/fixtures/structure-errors.md"),
            TestResources.read("/fixtures/titles.md"),
            TestResources.read("/fixtures/two-editions.md"),
            TestResources.read("/fixtures/votes-authors.md"));

    private static final char[] CHARS = {
        '\n', '\r', '#', '[', ']', '(', ')', '*', '-', ':', ' ', '\t', '!', '<', '>', '\'', '"', ',', '+', 'V', 'A',
        '0', '가', '\uFEFF', '\u0000', '\u001B', '\uD800', '\uDC00', '\u2019', 'x',
    };

    private final DigestParser lenient = DigestParser.builder().build();
    private final DigestParser strict = DigestParser.builder().strict(true).build();

    /** A mutated input: one character inserted, deleted or replaced at a random place. */
    private static Gen<String> mutations() {
        return in -> {
            String input = INPUTS.get((int) in.next(Constraint.between(0, INPUTS.size() - 1)));
            int at = (int) in.next(Constraint.between(0, input.length()));
            char c = CHARS[(int) in.next(Constraint.between(0, CHARS.length - 1))];
            switch ((int) in.next(Constraint.between(0, 2))) {
                case 0:
                    return input.substring(0, at) + c + input.substring(at);
                case 1:
                    return at == input.length() ? input : input.substring(0, at) + input.substring(at + 1);
                default:
                    return at == input.length() ? input + c : input.substring(0, at) + c + input.substring(at + 1);
            }
        };
    }

    @Test
    void mutatedDigestsNeverBreakTheParser() {
        PropertySettings.theory(31L, 1_500).forAll(mutations()).checkAssert(input -> {
            Digest digest = lenient.parse(input);
            assertInside(input, digest);
            NothingLost.check(input, digest);
            try {
                strict.parse(input);
                assertTrue(!digest.hasErrors(), "strict mode accepted an input with errors");
            } catch (DigestParseException e) {
                assertTrue(digest.hasErrors());
                assertInside(input, e.diagnostic().span());
            } catch (RuntimeException e) {
                fail("strict parsing threw " + e, e);
            }
        });
    }

    /** Every diagnostic and every element's span lies inside the input, at a real line and column. */
    static void assertInside(String input, Digest digest) {
        List<String> lines = NothingLost.splitLines(input);
        for (Diagnostic d : digest.diagnostics()) {
            assertInside(input, lines, d.span());
        }
        for (SourceSpan span : NothingLost.lineElementSpans(digest)) {
            assertInside(input, lines, span);
        }
        for (Paper paper : digest.papers()) {
            for (Section section : paper.sections()) {
                section.textLineSpans().forEach(span -> assertInside(input, lines, span));
                section.glosses();
                section.bilingual().segments();
            }
        }
    }

    static void assertInside(String input, SourceSpan span) {
        assertInside(input, NothingLost.splitLines(input), span);
    }

    private static void assertInside(String input, List<String> lines, SourceSpan span) {
        assertTrue(span.offset() >= 0 && span.endOffset() <= input.length(), () -> span + " outside the input");
        assertTrue(span.line() <= lines.size() && span.endLine() <= lines.size(), () -> span + " after the last line");
        assertTrue(span.column() <= lines.get(span.line() - 1).length() + 1, () -> span + " after its line's end");
        assertTrue(span.endColumn() <= lines.get(span.endLine() - 1).length() + 1, () -> span + " ends after its line");
    }
}
