package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SourceSpan;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "nothing lost" property, for lines and for characters; for an input that is not text, one
 * {@code NOT_TEXT} diagnostic spans all of it instead.
 *
 * <p><b>Lines.</b> Every non-blank line of the input (one with any character but spaces and
 * tabs; a leading byte order mark does not count) lies inside the span of exactly one model
 * element that stands for whole lines: an edition heading, a paper's heading, media, vote or
 * authors line, a section, a README block or an unrecognised line.
 *
 * <p><b>Characters.</b> Every character of the input that is not whitespace
 * ({@link Character#isWhitespace}: layout, which values are trimmed of) and not the leading byte
 * order mark is accounted for, in this order:
 * <ol>
 *   <li>it lies in a diagnostic's span (the reader said what it did with it);</li>
 *   <li>it lies in the span of something kept verbatim: an unrecognised line, a README block,
 *       one of a section's text line spans, an author's span (quotes included);</li>
 *   <li>it is part of a value of the line element whose span holds it, found in that line after
 *       its marker, in order: an edition heading's text; a paper's title, then its URL; every
 *       occurrence of the media URL (a video link and its player both name it); the vote count;
 *       a section's label;</li>
 *   <li>it is markup: what is left of a line element after 1 to 3, whitespace removed, must be
 *       exactly that element's syntax, less what a diagnostic already covers — {@code ##}; {@code ###[](} {@code )}; {@code ![](} {@code )}
 *       (an image's alt text is in an {@code IMAGE_ALT_TEXT} diagnostic);
 *       {@code [Watch Video]()} and a video tag {@code <div><video …></video></div>} whose
 *       attributes are markup; {@code Vote:} and leading zeros; {@code Authors:} with
 *       {@code [ ] ,}; a bullet's {@code -} and its label's stars and colon.</li>
 * </ol>
 * A character left over is reported with its line, column and the element it was in.
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
        checkLines(input, digest);
        checkCharacters(input, digest);
    }

    private static void checkLines(String input, Digest digest) {
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

    /** Blank as the format says: only spaces and tabs (and, on the first line, a byte order mark). */
    private static boolean isBlank(String line, boolean first) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && !(first && i == 0 && c == '\uFEFF')) {
                return false;
            }
        }
        return true;
    }

    // ---- characters ---------------------------------------------------------------------------

    private static final Pattern VIDEO_MARKUP = Pattern.compile(
            "(\\[WatchVideo\\]\\(?\\)?)?((<div>)?<video[^<>]*>?(</video>)?(</div>)?)?");

    private static void checkCharacters(String input, Digest digest) {
        boolean[] done = new boolean[input.length()];
        for (int i = 0; i < input.length(); i++) {
            done[i] = Character.isWhitespace(input.charAt(i)) || (i == 0 && input.charAt(0) == '\uFEFF');
        }
        for (Diagnostic diagnostic : digest.diagnostics()) {
            mark(done, diagnostic.span());
        }
        for (UnrecognisedLine line : digest.unrecognisedLines()) {
            mark(done, line.span().orElseThrow());
        }
        for (ReadmeBlock block : digest.readmeBlocks()) {
            mark(done, block.span().orElseThrow());
        }
        for (Edition edition : digest.editions()) {
            SourceSpan heading = edition.headingSpan().orElse(null);
            if (heading != null) { // an edition without a date has no heading
                values(input, done, heading, 3, false, edition.heading().orElse(""));
                markup(input, done, heading, Pattern.compile("(##)?"), "edition heading");
            }
            for (Paper paper : edition.papers()) {
                values(input, done, paper.headingSpan().orElseThrow(), 5, false, paper.title(), paper.url().orElse(""));
                markup(input, done, paper.headingSpan().orElseThrow(), Pattern.compile("(###\\[)?\\]?\\(?\\)?"), "paper heading");
                paper.media().ifPresent(media -> {
                    mediaUrl(input, done, media.span().orElseThrow(), media.url());
                    markup(input, done, media.span().orElseThrow(), media.type() == MediaType.IMAGE
                            ? Pattern.compile("(!\\[\\]\\(\\))?") : VIDEO_MARKUP, "media");
                });
                paper.voteSpan().ifPresent(span -> {
                    values(input, done, span, 5, false,
                            paper.votes().isPresent() ? String.valueOf(paper.votes().getAsInt()) : "");
                    markup(input, done, span, Pattern.compile("(Vote:)?0*"), "vote line");
                });
                for (Author author : paper.authors()) {
                    mark(done, author.span().orElseThrow());
                }
                paper.authorsSpan().ifPresent(span ->
                        markup(input, done, span, Pattern.compile("(Authors:)?[\\[\\],]*"), "authors line"));
                for (Section section : paper.sections()) {
                    section.textLineSpans().forEach(span -> mark(done, span));
                    values(input, done, section.span().orElseThrow(), 2, false, section.label().orElse(""));
                    markup(input, done, section.span().orElseThrow(), Pattern.compile("(-(\\*\\*\\*\\*\\*\\*:|\\*\\*\\*\\*:)?)?"), "section");
                }
            }
        }
        for (int i = 0; i < input.length(); i++) {
            if (!done[i]) {
                fail("character '" + input.charAt(i) + "' (U+" + Integer.toHexString(input.charAt(i))
                        + ") at offset " + i + " is in no model string, no markup and no diagnostic: "
                        + abbreviate(input.substring(Math.max(0, i - 30), Math.min(input.length(), i + 30))));
            }
        }
    }

    private static void mark(boolean[] done, SourceSpan span) {
        for (int i = span.offset(); i < span.endOffset(); i++) {
            done[i] = true;
        }
    }

    /**
     * Marks the values found in the span's text, in order, from {@code skip} chars in; with
     * {@code every}, every occurrence of the (single) value.
     */
    private static void values(String input, boolean[] done, SourceSpan span, int skip, boolean every, String... values) {
        int from = Math.min(span.offset() + skip, span.endOffset());
        for (String value : values) {
            if (value.isEmpty()) {
                continue;
            }
            int at = input.indexOf(value, from);
            while (at >= 0 && at + value.length() <= span.endOffset()) {
                for (int i = at; i < at + value.length(); i++) {
                    done[i] = true;
                }
                from = at + value.length();
                at = every ? input.indexOf(value, from) : -1;
            }
        }
    }

    /** Every occurrence of the media URL on each of the media's lines, after the line's marker. */
    private static void mediaUrl(String input, boolean[] done, SourceSpan span, String url) {
        int lineStart = span.offset();
        while (lineStart < span.endOffset()) {
            int lineEnd = lineStart;
            while (lineEnd < span.endOffset() && input.charAt(lineEnd) != '\n' && input.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int skip = 0;
            for (String marker : List.of("![", "[Watch Video]", "<div><video", "<video")) {
                if (input.startsWith(marker, lineStart)) {
                    skip = marker.length();
                    break;
                }
            }
            SourceSpan line = new SourceSpan(1, 1, 1, 1, lineStart, lineEnd - lineStart);
            values(input, done, line, skip, true, url);
            lineStart = lineEnd + 1;
        }
    }

    /** What is left of a line element must be exactly its markup; it is then accounted for. */
    private static void markup(String input, boolean[] done, SourceSpan span, Pattern syntax, String element) {
        StringBuilder left = new StringBuilder();
        for (int i = span.offset(); i < span.endOffset(); i++) {
            if (!done[i]) {
                left.append(input.charAt(i));
            }
        }
        if (!syntax.matcher(left).matches()) {
            fail("the " + element + " at line " + span.line() + " lost characters: '" + abbreviate(left.toString())
                    + "' is neither a value, nor markup (" + syntax + "), nor in a diagnostic: "
                    + abbreviate(input.substring(span.offset(), span.endOffset())));
        }
        mark(done, span);
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
