package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser's entry points, options and documented exceptions. */
class ParserApiTest {

    private static final String INPUT = TestResources.read("/fixtures/current-dialect.md");

    @TempDir
    Path dir;

    @Test
    void stringPathAndReaderGiveTheSameDigest() throws IOException {
        DigestParser parser = DigestParser.builder().build();
        Path file = dir.resolve("d.md");
        Files.writeString(file, INPUT, StandardCharsets.UTF_8);
        Digest fromString = parser.parse(INPUT);
        assertEquals(fromString, parser.parse(file));
        assertEquals(fromString, parser.parse(new StringReader(INPUT)));
        assertEquals(2, fromString.papers().size());
    }

    @Test
    void nullInputsAreRejected() {
        DigestParser parser = DigestParser.builder().build();
        assertThrows(NullPointerException.class, () -> parser.parse((String) null));
        assertThrows(NullPointerException.class, () -> parser.parse((Path) null));
        assertThrows(NullPointerException.class, () -> parser.parse((Reader) null));
        assertThrows(NullPointerException.class, () -> parser.stream((java.io.Reader) null));
        assertThrows(NullPointerException.class, () -> parser.stream((java.io.InputStream) null));
    }

    @Test
    void strictModeThrowsTheFirstErrorAndLenientModeReportsIt() {
        String input = "## Daily Papers (2025-01-02)\n\nstray\n\n### [T](https://arxiv.org/abs/2501.00001)\n\nVote: x\n";
        Digest lenient = DigestParser.builder().build().parse(input);
        assertEquals(List.of("3:1 ERROR UNRECOGNISED_LINE", "7:1 ERROR INVALID_VOTE"),
                DialectFixturesTest.diagnostics(lenient));
        assertTrue(lenient.hasErrors());
        DigestParser strict = DigestParser.builder().strict(true).build();
        assertTrue(strict.isStrict());
        DigestParseException e = assertThrows(DigestParseException.class, () -> strict.parse(input));
        assertEquals(DiagnosticCode.UNRECOGNISED_LINE, e.diagnostic().code());
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().startsWith("3:1: error: UNRECOGNISED_LINE: "), e.getMessage());
    }

    @Test
    void strictModeAcceptsWarnings() {
        Digest digest = DigestParser.builder().strict(true).build()
                .parse("## Daily Papers (2025-01-02)\n### [T](https://arxiv.org/abs/2501.00001)\nVote: -\n");
        assertEquals(Severity.WARNING, digest.diagnostics().get(0).severity());
        assertFalse(digest.hasErrors());
    }

    @Test
    void inputsLargerThanTheMaximumAreRefusedBeforeParsing() throws IOException {
        DigestParser parser = DigestParser.builder().maxInputLength(100).build();
        assertEquals(100, parser.maxInputLength());
        String big = "x".repeat(101);
        assertEquals(DiagnosticCode.INPUT_TOO_LARGE,
                assertThrows(DigestParseException.class, () -> parser.parse(big)).diagnostic().code());
        assertThrows(DigestParseException.class, () -> parser.parse(new StringReader(big)));
        Path file = dir.resolve("big.md");
        Files.writeString(file, "y".repeat(10_000));
        assertThrows(DigestParseException.class, () -> parser.parse(file));
        assertThrows(DigestParseException.class, () -> parser.stream(new StringReader(big)).count());
        assertEquals(1, parser.parse("x".repeat(100)).unrecognisedLines().size(), "exactly the maximum is fine");
        assertThrows(IllegalArgumentException.class, () -> DigestParser.builder().maxInputLength(-1));
    }

    @Test
    void invalidUtf8IsReplacedAndReported() throws IOException {
        Path file = dir.resolve("latin1.md");
        byte[] head = "## Daily Papers (2025-01-02)\n\n### [Caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " \u00e9](https://arxiv.org/abs/2501.00001)\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 é, not UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);

        Digest digest = DigestParser.builder().build().parse(file);
        assertEquals("Caf\uFFFD \u00e9", digest.papers().get(0).title());
        assertEquals(List.of("3:9 ERROR INVALID_UTF8"), DialectFixturesTest.diagnostics(digest));
        assertThrows(DigestParseException.class, () -> DigestParser.builder().strict(true).build().parse(file));
    }

    @Test
    void aParserIsReusableAndItsBuilderIndependent() {
        DigestParser.Builder builder = DigestParser.builder();
        DigestParser lenient = builder.build();
        builder.strict(true);
        assertFalse(lenient.isStrict(), "building again does not change a built parser");
        assertEquals(lenient.parse(INPUT), lenient.parse(INPUT));
    }
}
