package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SourceSpan;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The "nothing lost" property: every non-blank line of the input lies inside the span of exactly
 * one model element that stands for whole lines (an edition heading, a paper's heading, media,
 * vote or authors line, a section, a README block or an unrecognised line) — or, for an input
 * that is not text, one {@code NOT_TEXT} diagnostic spans all of it.
 */
final class NothingLost {

    private NothingLost() {}

    static void check(String input, Digest digest) {
        if (digest.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NOT_TEXT)) {
            // Nothing was parsed; the one diagnostic stands for the whole input.
            assertEquals(1, digest.diagnostics().size(), "NOT_TEXT comes alone");
            assertEquals(0, digest.diagnostics().get(0).span().offset());
            assertEquals(input.length(), digest.diagnostics().get(0).span().length(), "NOT_TEXT spans the whole input");
            assertEquals(List.of(), digest.editions());
            assertEquals(List.of(), digest.unrecognisedLines());
            return;
        }
        List<SourceSpan> spans = lineElementSpans(digest);
        List<String> lines = splitLines(input);
        int[] cover = new int[lines.size() + 2];
        for (SourceSpan span : spans) {
            for (int line = span.line(); line <= span.endLine(); line++) {
                if (line >= cover.length) {
                    fail("span " + span + " ends after the input's last line " + lines.size());
                }
                cover[line]++;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (!isBlank(line, i == 0) && cover[number] != 1) {
                fail("line " + number + " '" + abbreviate(line) + "' is covered by " + cover[number]
                        + " elements, not one; spans: " + spans);
            }
        }
    }

    static List<SourceSpan> lineElementSpans(Digest digest) {
        List<SourceSpan> spans = new ArrayList<>();
        for (Edition edition : digest.editions()) {
            edition.headingSpan().ifPresent(span -> add(spans, span));   // none before any heading
            for (Paper paper : edition.papers()) {
                add(spans, paper.headingSpan().orElseThrow());
                paper.media().ifPresent(media -> add(spans, media.span().orElseThrow()));
                paper.voteSpan().ifPresent(span -> add(spans, span));
                paper.authorsSpan().ifPresent(span -> add(spans, span));
                for (Section section : paper.sections()) {
                    add(spans, section.span().orElseThrow());
                }
            }
        }
        for (ReadmeBlock block : digest.readmeBlocks()) {
            add(spans, block.span().orElseThrow());
        }
        for (UnrecognisedLine line : digest.unrecognisedLines()) {
            add(spans, line.span().orElseThrow());
        }
        return spans;
    }

    private static void add(List<SourceSpan> spans, SourceSpan span) {
        if (span.length() > 0) {
            spans.add(span);
        }
    }

    /** Lines as the format counts them: ended by CR LF, a lone CR or LF. */
    static List<String> splitLines(String input) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(input.substring(start, i));
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(input.substring(start));
        return lines;
    }

    private static boolean isBlank(String line, boolean first) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && !(first && i == 0 && c == '\uFEFF')) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
