package io.github.dailypapers.digest;

import io.github.dailypapers.digest.internal.DigestParts;
import io.github.dailypapers.digest.internal.DigestReader;
import io.github.dailypapers.digest.internal.NotText;
import io.github.dailypapers.digest.internal.PartReader;
import io.github.dailypapers.digest.internal.Utf8Decoder;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Severity;
import io.github.dailypapers.digest.model.SourceSpan;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Parses Daily Papers digests, in every dialect of the format, into a {@link Digest}.
 *
 * <pre>{@code
 * DigestParser parser = DigestParser.builder().build();
 * Digest digest = parser.parse(Path.of("daily-papers-2025-03-14.md"));
 * for (Paper paper : digest.papers()) {
 *     System.out.println(paper.title() + " " + paper.votes());
 * }
 * digest.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: build it once and share it between threads. Parsing
 * never prints, never throws an unchecked exception from inside, and takes time linear in the
 * input's size. In lenient mode (the default) every input gives a {@link Digest} whose
 * {@link Digest#diagnostics() diagnostics} say what was repaired, skipped or not understood; in
 * {@linkplain Builder#strict(boolean) strict} mode the first {@link Severity#ERROR} is thrown
 * as a {@link DigestParseException}.
 */
public final class DigestParser {

    /** Parts smaller than this are not worth a task of their own. */
    static final int MIN_PARALLEL_PART = 256 * 1024;
    /** The part size of {@link #stream(Reader)}: large enough to amortise, small enough for a small heap. */
    static final int STREAM_PART = 1024 * 1024;

    private final boolean strict;
    private final int maxInputLength;
    private final boolean parallel;
    private final int minPartLength;

    private DigestParser(Builder builder) {
        this.strict = builder.strict;
        this.maxInputLength = builder.maxInputLength;
        this.parallel = builder.parallel;
        this.minPartLength = builder.minPartLength;
    }

    /**
     * A builder with the defaults: lenient, no size limit (beyond a String's).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a digest held in a String.
     *
     * @param input the digest's text; a leading byte order mark is ignored
     * @return the parsed digest
     * @throws NullPointerException if input is null
     * @throws DigestParseException in strict mode, on the first error; or if the input is longer
     *     than the maximum
     */
    public Digest parse(String input) {
        Objects.requireNonNull(input, "input");
        checkLength(input.length());
        return finish(read(input, List.of()));
    }

    /**
     * Parses a UTF-8 file. Bytes that are not valid UTF-8 are replaced by U+FFFD and reported as
     * {@link DiagnosticCode#INVALID_UTF8} errors.
     *
     * @param file the file
     * @return the parsed digest
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if file is null
     * @throws DigestParseException in strict mode, on the first error; or if the file is larger
     *     than the maximum
     */
    public Digest parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        // A UTF-8 char takes at least one byte; anything this large cannot fit the limit.
        if (maxInputLength != Integer.MAX_VALUE && Files.size(file) > 4L * maxInputLength) {
            throw tooLarge();
        }
        Utf8Decoder.Decoded decoded = Utf8Decoder.decode(Files.readAllBytes(file));
        checkLength(decoded.text().length());
        return finish(read(decoded.text(), decoded.replacements()));
    }

    /**
     * Reads an input of any size part by part, so that only one part is in memory at a time: an
     * archive of many digests concatenated can be read with a small heap. Each element is the
     * digest of one part of the input, in document order; a part ends just before a level-1 or
     * level-2 heading (so an edition is never split) once it holds about a megabyte. Taken
     * together, the parts hold exactly what {@link #parse(Reader)} would return.
     *
     * <p>Line numbers in spans and diagnostics count from the start of the whole input; span
     * offsets count from the start of the part. The stream is lazy and sequential: the reader is
     * read as elements are consumed, and is not closed. An {@link IOException} while reading is
     * thrown as an {@link java.io.UncheckedIOException}; in strict mode the first error is thrown
     * as a {@link DigestParseException} when its part is reached; the maximum input length
     * applies to the whole input.
     *
     * <pre>{@code
     * try (Reader reader = Files.newBufferedReader(archive)) {
     *     long papers = parser.stream(reader).mapToLong(part -> part.papers().size()).sum();
     * }
     * }</pre>
     *
     * @param reader the input
     * @return the parts' digests, lazily
     * @throws NullPointerException if reader is null
     */
    public Stream<Digest> stream(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        int partLength = minPartLength < MIN_PARALLEL_PART ? minPartLength : STREAM_PART;
        return StreamSupport.stream(new PartReader(reader, partLength, maxInputLength, this::finish, tooLarge()), false);
    }

    /** Whole input in one go, or split at headings and parsed in parallel when asked to. */
    private Digest read(String input, List<Integer> replacements) {
        Optional<Digest> notText = NotText.digestIfNotText(input);
        if (notText.isPresent()) {
            return notText.get();
        }
        if (!parallel || input.length() < 2L * minPartLength) {
            return DigestReader.read(input, replacements);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int partLength = Math.max(minPartLength, input.length() / (4 * cores));
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        bounds.addAll(DigestParts.cuts(input, 0, input.length(), partLength));
        bounds.add(input.length());
        int parts = bounds.size() - 1;
        // Each part needs its first line number, so count line ends first (cheap, also parallel).
        int[] lineEnds = IntStream.range(0, parts).parallel()
                .map(i -> DigestParts.countLineEnds(input, bounds.get(i), bounds.get(i + 1)))
                .toArray();
        int[] firstLines = new int[parts];
        firstLines[0] = 1;
        for (int i = 1; i < parts; i++) {
            firstLines[i] = firstLines[i - 1] + lineEnds[i - 1];
        }
        List<Digest> digests = IntStream.range(0, parts).parallel()
                .mapToObj(i -> DigestReader.read(input, bounds.get(i), bounds.get(i + 1), firstLines[i], replacements).digest())
                .toList();
        SourceSpan first = digests.get(0).span().orElseThrow();
        SourceSpan last = digests.get(parts - 1).span().orElseThrow();
        return DigestParts.join(digests, new SourceSpan(first.line(), first.column(), last.endLine(), last.endColumn(),
                0, input.length()));
    }

    /**
     * Parses everything a reader gives. The reader is read to its end but not closed.
     *
     * @param reader the reader
     * @return the parsed digest
     * @throws IOException if reading fails
     * @throws NullPointerException if reader is null
     * @throws DigestParseException in strict mode, on the first error; or if the input is longer
     *     than the maximum
     */
    public Digest parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            if (text.length() + (long) n > maxInputLength) {
                throw tooLarge();
            }
            text.append(buffer, 0, n);
        }
        return parse(text.toString());
    }

    /**
     * Whether this parser splits large inputs and parses the parts in parallel.
     *
     * @return true if large inputs are parsed in parallel
     */
    public boolean isParallel() {
        return parallel;
    }

    /**
     * Whether this parser is strict.
     *
     * @return true if the first error is thrown
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The largest input, in UTF-16 chars, this parser accepts.
     *
     * @return the maximum length
     */
    public int maxInputLength() {
        return maxInputLength;
    }

    private Digest finish(Digest digest) {
        if (strict) {
            for (Diagnostic diagnostic : digest.diagnostics()) {
                if (diagnostic.severity() == Severity.ERROR) {
                    throw new DigestParseException(diagnostic);
                }
            }
        }
        return digest;
    }

    private void checkLength(long length) {
        if (length > maxInputLength) {
            throw tooLarge();
        }
    }

    private DigestParseException tooLarge() {
        return new DigestParseException(Diagnostic.of(DiagnosticCode.INPUT_TOO_LARGE,
                "input is larger than the parser's maximum of " + maxInputLength + " chars",
                new SourceSpan(1, 1, 1, 1, 0, 0)));
    }

    /** Configures a {@link DigestParser}. A builder is not thread-safe; the parsers it builds are. */
    public static final class Builder {

        private boolean strict;
        private int maxInputLength = Integer.MAX_VALUE;
        private boolean parallel;
        private int minPartLength = MIN_PARALLEL_PART;

        private Builder() {}

        /**
         * Parses large inputs (from half a megabyte) in parallel on the common fork-join pool:
         * the input is split just before level-1 and level-2 headings, which never changes the
         * result. Off by default, so a parse uses only the calling thread.
         *
         * @param parallel true to parse large inputs in parallel
         * @return this builder
         */
        public Builder parallel(boolean parallel) {
            this.parallel = parallel;
            return this;
        }

        /** For tests: the smallest part for parallel parsing and streaming. */
        Builder minPartLength(int chars) {
            this.minPartLength = Math.max(1, chars);
            return this;
        }

        /**
         * Strict parsing throws the first {@link Severity#ERROR} diagnostic as a
         * {@link DigestParseException}; lenient parsing (the default) returns it in the digest.
         *
         * @param strict true for strict parsing
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Rejects inputs longer than this many UTF-16 chars with a {@link DigestParseException}
         * ({@link DiagnosticCode#INPUT_TOO_LARGE}) before parsing them. No limit by default.
         *
         * @param chars the maximum length, at least 0
         * @return this builder
         * @throws IllegalArgumentException if chars is negative
         */
        public Builder maxInputLength(int chars) {
            if (chars < 0) {
                throw new IllegalArgumentException("maxInputLength must be >= 0, was " + chars);
            }
            this.maxInputLength = chars;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public DigestParser build() {
            return new DigestParser(this);
        }
    }
}
