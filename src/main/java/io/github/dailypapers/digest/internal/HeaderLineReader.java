package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the values out of single-line constructs: date headings, paper headings, media and votes. */
final class HeaderLineReader {

    private final String text;
    private final DiagnosticCollector diagnostics;

    HeaderLineReader(SourceText source, DiagnosticCollector diagnostics) {
        this.text = source.text();
        this.diagnostics = diagnostics;
    }

    /** A paper heading: its title, and its link target if it has a link (empty if not). */
    record Heading(String title, Optional<String> url) {}

    /**
     * A media line's type and URL.
     *
     * @param urlStart index of the URL's first char in the input
     * @param urlEnd index just past the URL (for a video tag: before its closing quote, if any)
     */
    record MediaLink(MediaType type, String url, int urlStart, int urlEnd) {
}

    /** The date of {@code ## Daily Papers (YYYY-MM-DD)}; empty, with a diagnostic, if invalid. */
    Optional<LocalDate> editionDate(SourceLine line) {
        int from = line.contentStart();
        int to = Blanks.trimEnd(text, from, line.end());
        if (to - from == 11 && text.charAt(to - 1) == ')' && isDate(from)) {
            try {
                return Optional.of(LocalDate.of(number(from, 4), number(from + 5, 2), number(from + 8, 2)));
            } catch (DateTimeException e) {
                diagnostics.report(DiagnosticCode.INVALID_DATE,
                        "'" + text.substring(from, from + 10) + "' is not a calendar date", from, from + 10);
                return Optional.empty();
            }
        }
        diagnostics.report(DiagnosticCode.INVALID_DATE,
                "date heading should be '## Daily Papers (YYYY-MM-DD)'", line.start(), line.end());
        return Optional.empty();
    }

    private boolean isDate(int at) {
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(at + i);
            boolean ok = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private int number(int at, int digits) {
        int n = 0;
        for (int i = 0; i < digits; i++) {
            n = n * 10 + (text.charAt(at + i) - '0');
        }
        return n;
    }

    /** {@code ### [title](url)}: the title runs to the last {@code "]("}. */
    Heading paperHeading(SourceLine line) {
        int titleStart = line.contentStart();
        int end = Blanks.trimEnd(text, titleStart, line.end());
        if (line.lastLinkSep() < 0) {
            int titleEnd = end > titleStart && text.charAt(end - 1) == ']' ? end - 1 : end;
            diagnostics.report(DiagnosticCode.MALFORMED_PAPER_HEADING,
                    "paper heading has no '](url)' link; the URL is empty", line.start(), line.end());
            return new Heading(text.substring(titleStart, titleEnd), Optional.empty());
        }
        String title = text.substring(titleStart, line.lastLinkSep());
        int urlStart = line.lastLinkSep() + 2;
        if (end > urlStart && text.charAt(end - 1) == ')') {
            return new Heading(title, Optional.of(text.substring(urlStart, end - 1)));
        }
        diagnostics.report(DiagnosticCode.MALFORMED_PAPER_HEADING,
                "paper link is not closed with ')'; the URL runs to the end of the line", urlStart, line.end());
        return new Heading(title, Optional.of(text.substring(urlStart, Math.max(urlStart, end))));
    }

    /**
     * {@code ![alt](url)}; empty if the line has no {@code (url)}. The model has no place for alt
     * text (the format leaves it empty), so an image that has some is reported.
     */
    Optional<MediaLink> image(SourceLine line) {
        int end = Blanks.trimEnd(text, line.contentStart(), line.end());
        int sep = indexOf("](", line.contentStart(), end);
        // A ')' at end - 1 is past the '(' at sep + 1: the URL is [sep + 2, end - 1), maybe empty.
        if (sep < 0 || text.charAt(end - 1) != ')') {
            return Optional.empty();
        }
        int altStart = Blanks.skip(text, line.contentStart(), sep);
        if (altStart < sep) {
            diagnostics.report(DiagnosticCode.IMAGE_ALT_TEXT, "the image's alt text is not part of the model; it is ignored",
                    altStart, Blanks.trimEnd(text, altStart, sep));
        }
        return Optional.of(link(MediaType.IMAGE, sep + 2, end - 1));
    }

    /** {@code [Watch Video](url)}, or the generator's {@code [Watch Video]url} with a diagnostic. */
    Optional<MediaLink> videoLink(SourceLine line) {
        int from = line.contentStart();
        int end = Blanks.trimEnd(text, from, line.end());
        if (end > from + 1 && text.charAt(from) == '(' && text.charAt(end - 1) == ')') {
            return Optional.of(link(MediaType.VIDEO, from + 1, end - 1));
        }
        int urlStart = Blanks.skip(text, from, end);
        if (urlStart == end) {
            return Optional.empty();
        }
        diagnostics.report(DiagnosticCode.VIDEO_LINK_WITHOUT_PARENS,
                "video link without parentheses around its URL", line.start(), line.end());
        return Optional.of(link(MediaType.VIDEO, urlStart, end));
    }

    /** The {@code src} of a {@code <video>} tag; empty if it has none. */
    Optional<MediaLink> videoTag(SourceLine line) {
        int src = indexOf("src=", line.contentStart(), line.end());
        if (src < 0 || src + 4 >= line.end()) {
            return Optional.empty();
        }
        char quote = text.charAt(src + 4);
        int valueStart = src + 5;
        int valueEnd;
        if (quote == '"' || quote == '\'') {
            valueEnd = indexOf(String.valueOf(quote), valueStart, line.end());
            if (valueEnd < 0) {
                return Optional.empty();
            }
        } else {
            valueStart = src + 4;
            valueEnd = valueStart;
            while (valueEnd < line.end() && " >\t".indexOf(text.charAt(valueEnd)) < 0) {
                valueEnd++;
            }
        }
        return Optional.of(link(MediaType.VIDEO, valueStart, valueEnd));
    }

    private MediaLink link(MediaType type, int urlStart, int urlEnd) {
        return new MediaLink(type, text.substring(urlStart, urlEnd), urlStart, urlEnd);
    }

    /**
     * Reports text in a video tag line (that is the media) which is neither the tag nor its URL:
     * the tag is its marker, attributes without {@code <} or {@code >} around the {@code src},
     * then {@code >}, {@code </video>} and {@code </div>}, each optional from the {@code >} on.
     *
     * @param line a video tag or player line
     * @param link what {@link #videoTag} read from it
     */
    void checkVideoTagText(SourceLine line, MediaLink link) {
        int src = indexOf("src=", line.contentStart(), line.end());
        int before = line.contentStart();
        while (before < src && text.charAt(before) != '<' && text.charAt(before) != '>') {
            before++;
        }
        if (before < src) {
            reportExtraText(before, Blanks.trimEnd(text, before, src));
        }
        int end = Blanks.trimEnd(text, link.urlEnd(), line.end());
        int at = link.urlEnd();
        // The closing quote, if any, and other attributes up to the '>'.
        while (at < end && text.charAt(at) != '<' && text.charAt(at) != '>') {
            at++;
        }
        if (at < end && text.charAt(at) == '>') {
            at++;
            if (text.startsWith("</video>", at) && at + 8 <= end) {
                at += 8;
            }
            if (text.startsWith("</div>", at) && at + 6 <= end) {
                at += 6;
            }
            at = Blanks.skip(text, at, end);
        }
        if (at < end) {
            reportExtraText(at, end);
        }
    }

    /**
     * Reports a player line from which {@link #videoTag} reads no URL: all of it is neither.
     *
     * @param line the player line of a video link that is the media
     */
    void reportPlayerWithoutUrl(SourceLine line) {
        reportExtraText(line.start(), Blanks.trimEnd(text, line.start(), line.end()));
    }

    private void reportExtraText(int from, int to) {
        diagnostics.report(DiagnosticCode.VIDEO_TAG_EXTRA_TEXT,
                "text in the video tag line is neither the tag nor its URL; it is ignored", from, to);
    }

    /** {@code Vote: 17}; {@code Vote: -} and invalid values are unknown, with a diagnostic. */
    OptionalInt votes(SourceLine line) {
        int from = Blanks.skip(text, line.contentStart(), line.end());
        int to = Blanks.trimEnd(text, from, line.end());
        if (to - from == 1 && text.charAt(from) == '-') {
            diagnostics.report(DiagnosticCode.VOTE_PLACEHOLDER, "vote count is a placeholder '-': unknown",
                    line.start(), line.end());
            return OptionalInt.empty();
        }
        long value = 0;
        boolean valid = to > from && to - from <= 10;
        for (int i = from; valid && i < to; i++) {
            char c = text.charAt(i);
            valid = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (valid && value <= Integer.MAX_VALUE) {
            return OptionalInt.of((int) value);
        }
        diagnostics.report(DiagnosticCode.INVALID_VOTE,
                "vote count should be a number or '-', not '" + text.substring(from, to) + "'", line.start(), line.end());
        return OptionalInt.empty();
    }

    /** Index of {@code needle} in {@code [from, end)}, or -1; bounded so a line stays linear. */
    private int indexOf(String needle, int from, int end) {
        char first = needle.charAt(0);
        for (int i = from, last = end - needle.length(); i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }
}
