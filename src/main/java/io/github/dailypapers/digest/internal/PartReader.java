package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.SourceSpan;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads an input of any size part by part, so that only one part is in memory at a time. It
 * buffers chars until a part of at least the minimum length ends before a level-1 or level-2
 * heading (see {@link DigestParts}), then parses it. When an edition is so long that the buffer
 * holds twice the minimum without such a heading, the part ends before a paper heading
 * ({@code ### [}) instead, and the next part is read as a continuation of that edition: its
 * first edition gets the heading, date and heading span of the edition it continues, and the
 * "paper outside an edition" warning its first paper would get alone is dropped. So memory is
 * bounded by about twice the part size plus one paper, whatever the editions' sizes; only a
 * single paper or README block larger than that is held whole.
 *
 * <p>Line numbers continue across parts; offsets are relative to the start of each part. When
 * the reader is a {@link Utf8Decoder}, its replacements of malformed bytes are reported in the
 * part they fall in.
 */
public final class PartReader extends Spliterators.AbstractSpliterator<Digest> {

    private final Reader reader;
    private final Utf8Decoder decoder;
    private final int minPartLength;
    private final long maxInputLength;
    private final UnaryOperator<Digest> check;
    private final RuntimeException tooLarge;
    private final StringBuilder buffer = new StringBuilder();
    private final char[] chunk = new char[64 * 1024];
    private long charsRead;
    /** The position of the buffer's first char in the whole input. */
    private long bufferStart;
    private int nextLine = 1;
    private boolean first = true;
    private boolean exhausted;
    /** Where the searches for a cut resume, so the buffer is scanned once. */
    private int searchFrom;
    private int paperSearchFrom;
    /** Whether a paper heading in the buffer past the minimum is inside an edition; null until known. */
    private Boolean paperCutAllowed;
    /** The edition open at the end of the last part, if it has a heading; null otherwise. */
    private Edition openEdition;
    /** Whether the buffer starts at a paper heading inside {@link #openEdition}. */
    private boolean continuation;

    /**
     * Creates a reader of parts.
     *
     * @param reader the input; a {@link Utf8Decoder} also reports malformed bytes
     * @param minPartLength the smallest part, in chars, worth parsing on its own
     * @param maxInputLength the most chars to read in total
     * @param check applied to every part's digest before it is returned (strict mode)
     * @param tooLarge thrown when the input is longer than the maximum
     */
    public PartReader(Reader reader, int minPartLength, long maxInputLength, UnaryOperator<Digest> check,
            RuntimeException tooLarge) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        this.reader = reader;
        this.decoder = reader instanceof Utf8Decoder utf8 ? utf8 : null;
        this.minPartLength = Math.max(1, minPartLength);
        this.maxInputLength = maxInputLength;
        this.check = check;
        this.tooLarge = tooLarge;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Digest> action) {
        try {
            int cut = -1;
            boolean atPaper = false;
            while (true) {
                if (buffer.length() >= minPartLength) {
                    cut = DigestParts.nextHeadingLineStart(buffer, Math.max(searchFrom, minPartLength), buffer.length());
                    if (cut >= 0) {
                        break;
                    }
                    // A heading may be cut off at the end of the buffer: look at its tail again.
                    searchFrom = Math.max(minPartLength, buffer.length() - 3);
                    if (buffer.length() >= 2L * minPartLength) {
                        cut = paperCut();
                        if (cut >= 0) {
                            atPaper = true;
                            break;
                        }
                    }
                }
                if (exhausted) {
                    break;
                }
                int n = reader.read(chunk);
                if (n < 0) {
                    exhausted = true;
                } else {
                    charsRead += n;
                    if (charsRead > maxInputLength) {
                        throw tooLarge;
                    }
                    buffer.append(chunk, 0, n);
                }
            }
            if (buffer.length() == 0 && !first) {
                return false;
            }
            int end = cut >= 0 ? cut : buffer.length();
            String text = buffer.substring(0, end);
            buffer.delete(0, end);
            List<Integer> replacements = decoder == null ? List.of() : decoder.takeReplacements(bufferStart, bufferStart + end);
            bufferStart += end;
            searchFrom = 0;
            paperSearchFrom = 0;
            paperCutAllowed = null;
            Digest digest = readPart(text, replacements);
            continuation = atPaper;
            action.accept(check.apply(digest));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a paper heading past the minimum inside an edition, or -1. */
    private int paperCut() {
        int cut = DigestParts.nextPaperLineStart(buffer, Math.max(paperSearchFrom, minPartLength), buffer.length());
        if (cut < 0) {
            paperSearchFrom = Math.max(minPartLength, buffer.length() - 5);
            return -1;
        }
        if (paperCutAllowed == null) {
            // No level-1/2 heading past the minimum (else the part would end there): the context
            // of every paper heading past it is set by the last such heading before it.
            int heading = DigestParts.lastHeadingLineStart(buffer, cut);
            if (heading < 0) {
                paperCutAllowed = openEdition != null;
            } else {
                String line = buffer.substring(heading, LineEnds.next(buffer, heading, buffer.length()));
                Digest alone = DigestReader.read(line, List.of());
                paperCutAllowed = alone.editions().size() == 1 && alone.readmeBlocks().isEmpty();
            }
        }
        if (!paperCutAllowed) {
            paperSearchFrom = buffer.length(); // a README block: it goes whole into this part
            return -1;
        }
        return cut;
    }

    private Digest readPart(String text, List<Integer> replacements) {
        // Parts after the first start with '#', so only the first can have a byte order mark.
        DigestReader.Part part = DigestReader.read(text, 0, text.length(), nextLine, replacements);
        Digest digest = continuation && openEdition != null
                ? continueEdition(part.digest(), openEdition, nextLine)
                : part.digest();
        first = false;
        nextLine += part.lineEnds();
        openEdition = lastOpen(digest, openEdition);
        return digest;
    }

    /** The part's first edition, read alone as one without a heading, is the rest of {@code open}. */
    private static Digest continueEdition(Digest digest, Edition open, int firstLine) {
        if (digest.editions().isEmpty() || !digest.editions().get(0).heading().isEmpty()) {
            return digest;
        }
        List<Edition> editions = new ArrayList<>(digest.editions());
        editions.set(0, Edition.builder().from(editions.get(0))
                .heading(open.heading())
                .date(open.date())
                .headingSpan(open.headingSpan())
                .build());
        List<Diagnostic> diagnostics = new ArrayList<>(digest.diagnostics());
        diagnostics.removeIf(new java.util.function.Predicate<>() {
            private boolean removed;

            @Override
            public boolean test(Diagnostic d) {
                if (!removed && d.code() == DiagnosticCode.PAPER_OUTSIDE_EDITION && d.line() == firstLine) {
                    removed = true;
                    return true;
                }
                return false;
            }
        });
        return Digest.builder().from(digest).editions(editions).diagnostics(diagnostics).build();
    }

    /** The edition still open after a part: its last edition if nothing comes after it. */
    private static Edition lastOpen(Digest digest, Edition before) {
        Edition edition = digest.editions().isEmpty() ? null : digest.editions().get(digest.editions().size() - 1);
        ReadmeBlock block = digest.readmeBlocks().isEmpty() ? null
                : digest.readmeBlocks().get(digest.readmeBlocks().size() - 1);
        if (edition == null && block == null) {
            return before;
        }
        if (block != null && (edition == null || block.span().orElseThrow().line() > edition.span().orElseThrow().line())) {
            return null;
        }
        return edition.headingSpan().isEmpty() ? null : edition;
    }
}
