package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import java.util.List;

/**
 * Reads one input into a {@link Digest}: scans its lines with the grammar, then builds the
 * model. Not part of the API; use {@code DigestParser}.
 */
public final class DigestReader {

    private DigestReader() {}

    /**
     * Parses an input.
     *
     * @param input the whole input (a leading byte order mark is skipped)
     * @param replacements String indexes where malformed UTF-8 was replaced by U+FFFD
     * @return the digest with all diagnostics
     */
    public static Digest read(String input, List<Integer> replacements) {
        SourceText source = new SourceText(input);
        DiagnosticCollector diagnostics = new DiagnosticCollector(source);
        reportReplacements(replacements, diagnostics);
        int start = !input.isEmpty() && input.charAt(0) == '\uFEFF' ? 1 : 0;
        ModelBuilder builder = new ModelBuilder(source, diagnostics);
        for (SourceLine line : LineScanner.scan(source, start)) {
            builder.accept(line);
        }
        return builder.build();
    }

    /** One diagnostic per run of adjacent replacements: random bytes must not flood the list. */
    private static void reportReplacements(List<Integer> replacements, DiagnosticCollector diagnostics) {
        int i = 0;
        while (i < replacements.size()) {
            int first = replacements.get(i);
            int last = first;
            while (i + 1 < replacements.size() && replacements.get(i + 1) == last + 1) {
                last = replacements.get(++i);
            }
            i++;
            diagnostics.report(DiagnosticCode.INVALID_UTF8,
                    "bytes that are not valid UTF-8 were replaced by U+FFFD", first, last + 1);
        }
    }
}
