package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input that is clearly not text gets one NOT_TEXT error, not thousands of others. */
class NotTextTest {

    private static final DigestParser PARSER = DigestParser.builder().build();
    private static final String DIGEST = TestResources.read("/fixtures/current-dialect.md");

    @Test
    void randomBytesAreOneDiagnosticSpanningTheWholeFile(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        Path file = dir.resolve("image.png");
        Files.write(file, bytes);

        Digest digest = PARSER.parse(file);

        assertEquals(1, digest.diagnostics().size(), () -> digest.diagnostics().subList(0, 3).toString());
        Diagnostic d = digest.diagnostics().get(0);
        assertEquals(DiagnosticCode.NOT_TEXT, d.code());
        assertTrue(d.message().startsWith("input is not text: "), d.message());
        assertEquals(1, d.line());
        assertEquals(1, d.column());
        assertEquals(0, d.span().offset());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(text.length(), d.span().length(), "the span is the whole decoded input");
        assertEquals(text.split("\r\n|\r|\n", -1).length, d.span().endLine(), "the end is on the last line");
        assertEquals(List.of(), digest.editions());
        assertEquals(List.of(), digest.readmeBlocks());
        assertEquals(List.of(), digest.unrecognisedLines());
        assertEquals(d.span(), digest.span().orElseThrow());
        assertTrue(digest.hasErrors());
        DigestParseException e = assertThrows(DigestParseException.class,
                () -> DigestParser.builder().strict(true).build().parse(file));
        assertEquals(DiagnosticCode.NOT_TEXT, e.diagnostic().code());
    }

    @Test
    void utf16TextIsNotText() {
        String utf16AsLatin1 = new String(DIGEST.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
        assertEquals(List.of(DiagnosticCode.NOT_TEXT), codes(PARSER.parse(utf16AsLatin1)));
    }

    @Test
    void theThresholds() {
        // Eight controls in 32 chars: a quarter, at least eight: not text.
        assertEquals(List.of(DiagnosticCode.NOT_TEXT), codes(PARSER.parse("\u0001".repeat(8) + "x".repeat(24))));
        // One char fewer than a quarter: text.
        assertFalse(codes(PARSER.parse("\u0001".repeat(8) + "x".repeat(25))).contains(DiagnosticCode.NOT_TEXT));
        // Seven suspects, all of the input: too few to tell.
        assertFalse(codes(PARSER.parse("\u0001".repeat(7))).contains(DiagnosticCode.NOT_TEXT));
        // Replacements alone (a digest in a wrong 8-bit encoding) are text, however many.
        assertFalse(codes(PARSER.parse("\uFFFD".repeat(100))).contains(DiagnosticCode.NOT_TEXT));
        // One control among many replacements: not text.
        assertEquals(List.of(DiagnosticCode.NOT_TEXT), codes(PARSER.parse("\u0000" + "\uFFFD".repeat(20))));
        // Tab, line feed, vertical tab, form feed and carriage return are text.
        assertFalse(codes(PARSER.parse("\t\n\u000B\u000C\r".repeat(20))).contains(DiagnosticCode.NOT_TEXT));
        // DEL and U+001F are controls; only the first 4096 chars count.
        assertEquals(List.of(DiagnosticCode.NOT_TEXT), codes(PARSER.parse("\u007F\u001F".repeat(600) + DIGEST)));
        assertTrue(codes(PARSER.parse("x".repeat(4096) + "\u0000".repeat(10_000))).stream()
                .noneMatch(c -> c == DiagnosticCode.NOT_TEXT));
    }

    @Test
    void aDigestWithAStrayNulIsStillADigest() {
        Digest digest = PARSER.parse(DIGEST.replaceFirst("\n\n", "\n\u0000\n"));
        assertFalse(codes(digest).contains(DiagnosticCode.NOT_TEXT));
        assertEquals(PARSER.parse(DIGEST).papers().size(), digest.papers().size());
    }

    @Test
    void theSpanEndsAfterTheLastCharOfTheLastLine() {
        String input = "\u0000\u0001\u0002\u0003\r\n\u0004\u0005\r\u0006\u0007😀\u0008";
        SourceSpan span = PARSER.parse(input).diagnostics().get(0).span();
        assertEquals(new SourceSpan(1, 1, 3, 5, 0, input.length()), span);
    }

    private static List<DiagnosticCode> codes(Digest digest) {
        return digest.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
