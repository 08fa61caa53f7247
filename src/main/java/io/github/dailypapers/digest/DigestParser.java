package io.github.dailypapers.digest;

import io.github.dailypapers.digest.internal.DigestReader;
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
import java.util.List;
import java.util.Objects;

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

    private final boolean strict;
    private final int maxInputLength;

    private DigestParser(Builder builder) {
        this.strict = builder.strict;
        this.maxInputLength = builder.maxInputLength;
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
        return finish(DigestReader.read(input, List.of()));
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
        return finish(DigestReader.read(decoded.text(), decoded.replacements()));
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
                "input is larger than the parser's maximum of " + maxInputLength + " chars", SourceSpan.NONE));
    }

    /** Configures a {@link DigestParser}. A builder is not thread-safe; the parsers it builds are. */
    public static final class Builder {

        private boolean strict;
        private int maxInputLength = Integer.MAX_VALUE;

        private Builder() {}

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
