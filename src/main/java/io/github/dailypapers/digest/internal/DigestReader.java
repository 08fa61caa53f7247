package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import java.util.List;

/**
 * Reads one input, or one part of it, into a {@link Digest}: the grammar's parse tree, read node
 * by node ({@link TreeReader}), drives the model's builder ({@link ModelBuilder}). Not part of the API; use {@code DigestParser}.
 */
public final class DigestReader {

    private DigestReader() {}

    /**
     * A parsed part of an input.
     *
     * @param digest the part's model
     * @param lineEnds how many line ends the part contains (the next part starts on the line
     *     after)
     */
    public record Part(Digest digest, int lineEnds) {}

    /**
     * Parses a whole input.
     *
     * @param input the whole input (a leading byte order mark is skipped)
     * @param replacements String indexes where malformed UTF-8 was replaced by U+FFFD
     * @return the digest with all diagnostics
     */
    public static Digest read(String input, List<Integer> replacements) {
        return read(input, 0, input.length(), 1, replacements).digest();
    }

    /**
     * Parses the part {@code [start, end)} of an input. Parts must begin at a level-1 or level-2
     * heading (see {@link DigestParts}) or at the start of the input; then the parts' digests,
     * concatenated, equal the digest of the whole input.
     *
     * @param input the input
     * @param start where the part starts (a leading byte order mark at 0 is skipped)
     * @param end where it ends
     * @param firstLine the 1-based line number of the part's first line in the whole input
     * @param replacements String indexes where malformed UTF-8 was replaced (only those inside
     *     the part are reported)
     * @return the part's digest and line count
     */
    public static Part read(String input, int start, int end, int firstLine, List<Integer> replacements) {
        SourceText source = new SourceText(input, start, end, firstLine);
        int lexStart = start == 0 && end > 0 && input.charAt(0) == '\uFEFF' ? 1 : start;
        ModelBuilder builder = TreeReader.read(source, lexStart, () -> {
            DiagnosticCollector diagnostics = new DiagnosticCollector(source);
            reportReplacements(replacements, start, end, diagnostics);
            return new ModelBuilder(source, diagnostics);
        });
        return new Part(builder.digest(), source.lineEnds());
    }

    /** One diagnostic per run of adjacent replacements: random bytes must not flood the list. */
    private static void reportReplacements(List<Integer> replacements, int start, int end,
            DiagnosticCollector diagnostics) {
        int i = 0;
        while (i < replacements.size()) {
            int first = replacements.get(i);
            int last = first;
            while (i + 1 < replacements.size() && replacements.get(i + 1) == last + 1 && last + 1 < end) {
                last = replacements.get(++i);
            }
            i++;
            if (first >= start && first < end) {
                diagnostics.report(DiagnosticCode.INVALID_UTF8,
                        "bytes that are not valid UTF-8 were replaced by U+FFFD", first, last + 1);
            }
        }
    }
}
