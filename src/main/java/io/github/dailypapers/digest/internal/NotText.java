package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.Optional;

/**
 * Recognises an input that is clearly not text (an image, an archive, a UTF-16 file), so that
 * it gets one {@link DiagnosticCode#NOT_TEXT} error instead of thousands of
 * {@code INVALID_UTF8} and {@code UNRECOGNISED_LINE} errors and a model full of binary junk.
 *
 * <p>The rule (docs/diagnostics.md says the same): look at the first {@value #SAMPLE} chars. Count
 * the <em>control</em> chars (U+0000–U+0008, U+000E–U+001F, U+007F: C0 controls other than tab
 * and the line and page breaks, and DEL) and the U+FFFD replacement chars (invalid UTF-8). The
 * input is not text when there is at least one control char, and controls and replacements
 * together number at least {@value #MIN_SUSPECT} and at least a quarter of the sample. Text in
 * a wrong 8-bit encoding (EUC-KR, say) has replacements but no controls, so it is still read
 * as text, with its {@code INVALID_UTF8} errors; a few stray controls in a digest do not make
 * it binary. Only the sample is looked at, so the check costs the same for any input size.
 */
public final class NotText {

    /** How many chars at the start of the input are looked at. */
    static final int SAMPLE = 4096;
    /** Fewer suspect chars than this never make an input binary (a short digest with a stray NUL). */
    static final int MIN_SUSPECT = 8;

    private NotText() {}

    /**
     * The digest of an input that is not text: no element at all, and one
     * {@link DiagnosticCode#NOT_TEXT} error whose span is the whole input (nothing of it is in
     * the model, and the diagnostic says so for every char). Empty if the input is text.
     *
     * @param input the decoded input
     * @return the digest to return instead of parsing, or empty to parse as usual
     */
    public static Optional<Digest> digestIfNotText(String input) {
        int sample = Math.min(SAMPLE, input.length());
        if (!hasControl(input, sample)) {
            return Optional.empty();
        }
        int controls = 0;
        int replacements = 0;
        for (int i = 0; i < sample; i++) {
            char c = input.charAt(i);
            if (isControl(c)) {
                controls++;
            } else if (c == '\uFFFD') {
                replacements++;
            }
        }
        int suspect = controls + replacements;
        if (controls == 0 || suspect < MIN_SUSPECT || 4L * suspect < sample) {
            return Optional.empty();
        }
        SourceSpan whole = wholeInput(input);
        String message = "input is not text: " + suspect + " of its first " + sample
                + " characters are control characters or invalid UTF-8; nothing of it was parsed";
        return Optional.of(Digest.builder().span(whole)
                .addDiagnostics(Diagnostic.of(DiagnosticCode.NOT_TEXT, message, whole)).build());
    }

    /**
     * Whether the first {@code sample} chars hold a control char. Text has none, and then the
     * counts cannot make it binary; one test per char (below a space, or DEL) rules out almost
     * every char, where counting tested each one three or four times (7% of a parse).
     */
    private static boolean hasControl(String input, int sample) {
        for (int i = 0; i < sample; i++) {
            char c = input.charAt(i);
            if ((c < ' ' || c == 0x7F) && isControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** C0 controls other than tab, LF, VT, FF and CR, and DEL. */
    static boolean isControl(char c) {
        return c <= 0x08 || (c >= 0x0E && c <= 0x1F) || c == 0x7F;
    }

    /** 1:1 to just past the last char, lines counted by the format's line-end rule. */
    private static SourceSpan wholeInput(String input) {
        int line = 1;
        int lineStart = 0;
        for (int i = LineEnds.next(input, 0, input.length()); i < input.length();
                i = LineEnds.next(input, lineStart, input.length())) {
            lineStart = i + LineEnds.lengthAt(input, i, input.length());
            line++;
        }
        int endColumn = 1 + input.codePointCount(lineStart, input.length());
        return new SourceSpan(1, 1, line, endColumn, 0, input.length());
    }
}
