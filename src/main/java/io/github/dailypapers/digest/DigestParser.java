package io.github.dailypapers.digest;

import io.github.dailypapers.digest.internal.DigestReader;
import io.github.dailypapers.digest.internal.NotText;
import io.github.dailypapers.digest.internal.ParallelReader;
import io.github.dailypapers.digest.internal.PartReader;
import io.github.dailypapers.digest.internal.Utf8Decoder;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Severity;
import io.github.dailypapers.digest.model.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    /** Files larger than this cannot be held in one String (and a String is what is parsed). */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16L;

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
     * @throws DigestParseException in strict mode, on the first error; or
     *     ({@link DiagnosticCode#INPUT_TOO_LARGE}) if the file's text is longer than the maximum, or
     *     the file is larger than 2 GiB (read such a file with {@link #stream(InputStream)}); a
     *     file that cannot fit is refused before it is read, one near the limit while it is read
     */
    public Digest parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        // A UTF-16 char takes at most three bytes of UTF-8 (a pair of them takes four), so a file
        // of more than 3 bytes per allowed char cannot fit; nearer the limit it is decoded and
        // counted exactly, and refused as soon as it goes over.
        if (size > MAX_FILE_BYTES) {
            throw new DigestParseException(Diagnostic.of(DiagnosticCode.INPUT_TOO_LARGE, "file of " + size
                    + " bytes is larger than one parse can hold (2 GiB); stream(InputStream) reads it in parts",
                    new SourceSpan(1, 1, 1, 1, 0, 0)));
        }
        if (size > 3L * maxInputLength) {
            throw tooLarge();
        }
        Utf8Decoder.Decoded decoded;
        try (InputStream in = Files.newInputStream(file)) {
            decoded = Utf8Decoder.decode(in, size, maxInputLength, tooLarge());
        }
        return finish(read(decoded.text(), decoded.replacements()));
    }

    /**
     * Reads an input of any size part by part, so that only one part is in memory at a time: an
     * archive of many digests concatenated can be read with a small heap. Each element is the
     * digest of one part of the input, in document order. A part ends just before a level-1 or
     * level-2 heading once it holds about a megabyte; inside an edition longer than about two
     * megabytes, it may end before a paper heading ({@code ### [}) instead, and the next part
     * then starts with the rest of that edition: an {@link io.github.dailypapers.digest.model.Edition}
     * with the same heading, date and {@code headingSpan}. So memory is bounded by the part size
     * (plus the largest single paper or README block), not by an edition's size. Taken
     * together, the parts hold exactly what {@link #parse(Reader)} would return, once the
     * consecutive pieces of a split edition are joined (the papers of both, in order).
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

    /**
     * Reads UTF-8 bytes of any size part by part, like {@link #stream(Reader)}; bytes that are
     * not valid UTF-8 are replaced by U+FFFD and reported as {@link DiagnosticCode#INVALID_UTF8}
     * errors in the part they fall in. The byte stream is read as elements are consumed, and is
     * not closed.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(archive)) {
     *     parser.stream(in).forEach(part -> System.out.println(part.papers().size()));
     * }
     * }</pre>
     *
     * @param in UTF-8 bytes
     * @return the parts' digests, lazily
     * @throws NullPointerException if in is null
     */
    public Stream<Digest> stream(InputStream in) {
        Objects.requireNonNull(in, "in");
        return stream(new Utf8Decoder(in));
    }

    /** Whole input in one go, or split at headings and parsed in parallel when asked to. */
    private Digest read(String input, List<Integer> replacements) {
        Optional<Digest> notText = NotText.digestIfNotText(input);
        if (notText.isPresent()) {
            return notText.get();
        }
        return parallel ? ParallelReader.read(input, replacements, minPartLength) : DigestReader.read(input, replacements);
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
