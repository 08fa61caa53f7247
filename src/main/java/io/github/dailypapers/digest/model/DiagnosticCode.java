package io.github.dailypapers.digest.model;

/**
 * The stable identifier of a kind of {@link Diagnostic}. Codes are never renamed or reused;
 * {@code docs/diagnostics.md} describes each with an example.
 */
public enum DiagnosticCode {
    /** A date heading whose date is not a real {@code YYYY-MM-DD} calendar date. */
    INVALID_DATE(Severity.ERROR),
    /** Papers before the first date heading; they form an edition without a date. */
    PAPER_OUTSIDE_EDITION(Severity.WARNING),
    /** A {@code ### [} heading without a {@code ](url)} link or without its closing parenthesis. */
    MALFORMED_PAPER_HEADING(Severity.ERROR),
    /** {@code [Watch Video]url} without parentheses around the URL (a generator bug), repaired. */
    VIDEO_LINK_WITHOUT_PARENS(Severity.WARNING),
    /** {@code Vote: -}: the vote count is unknown. */
    VOTE_PLACEHOLDER(Severity.WARNING),
    /** A vote line whose value is neither a non-negative integer nor {@code -}. */
    INVALID_VOTE(Severity.ERROR),
    /** A lone {@code +} in the authors ("and N more"), dropped. */
    AUTHOR_PLACEHOLDER(Severity.WARNING),
    /** An author listed again in the same paper; only the first occurrence is kept. */
    DUPLICATE_AUTHOR(Severity.WARNING),
    /** An empty item in the authors, dropped. */
    EMPTY_AUTHOR(Severity.WARNING),
    /** An authors line that starts like a Python list but is not one; it was split on commas. */
    MALFORMED_AUTHOR_LIST(Severity.WARNING),
    /** A bullet that starts like a section label but is not one; kept whole as text. */
    MALFORMED_LABEL(Severity.WARNING),
    /** A non-blank line that fits nowhere; kept as an {@link UnrecognisedLine}. */
    UNRECOGNISED_LINE(Severity.ERROR),
    /** Bytes that are not valid UTF-8, replaced by U+FFFD. */
    INVALID_UTF8(Severity.ERROR),
    /** The input is larger than the parser's configured maximum; nothing was parsed. */
    INPUT_TOO_LARGE(Severity.ERROR),
    /**
     * The input is clearly not text (an image, an archive, a UTF-16 file: many control
     * characters or invalid UTF-8 at its start); nothing was parsed, and this one diagnostic,
     * spanning the whole input, stands for all of it.
     */
    NOT_TEXT(Severity.ERROR),
    /**
     * The player line after a video link names another URL than the link; the link's URL is the
     * media's URL.
     */
    VIDEO_URL_MISMATCH(Severity.WARNING),
    /**
     * Text in a video tag line that is the media but neither the tag nor its URL: after the tag's
     * closing tags ({@code <video src='u'></video> more}) or markup inside the tag that is no
     * attribute ({@code <video <b> src='u'>}); it is ignored.
     */
    VIDEO_TAG_EXTRA_TEXT(Severity.WARNING),

    /**
     * A paper's image has alt text ({@code ![a diagram](url)}; the format writes {@code ![](url)}):
     * the model has no place for it, so it is ignored.
     */
    IMAGE_ALT_TEXT(Severity.WARNING);

    private final Severity severity;

    DiagnosticCode(Severity severity) {
        this.severity = severity;
    }

    /**
     * The severity diagnostics of this code have.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }
}
