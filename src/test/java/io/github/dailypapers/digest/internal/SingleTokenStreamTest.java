package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.internal.grammar.DigestLexer;
import io.github.dailypapers.digest.internal.grammar.DigestParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fast pass's token stream is enough for the grammar: with it, the bail-out parser builds
 * exactly the expected tree of every conformance example, without bailing out; and it refuses,
 * by bailing out, whatever would need more than one token.
 */
class SingleTokenStreamTest {

    private static final Path EXAMPLES = Path.of("grammar", "examples");

    private static FastDigestLexer lexer(String text) {
        FastDigestLexer lexer = new FastDigestLexer(new Utf16CharStream(text, 0, text.length()), text, text.length(),
                text.indexOf('\r') < 0);
        lexer.removeErrorListeners();
        return lexer;
    }

    @TestFactory
    Stream<DynamicTest> theFastPassBuildsTheExpectedTreeOfEveryExample() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
        }
        assertTrue(examples.size() >= 15, "the conformance examples are in " + EXAMPLES);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            String text = read(example);
            DigestParser parser = new DigestParser(new SingleTokenStream(lexer(text)));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            String tree = parser.digest().toStringTree(parser) + "\n";
            assertEquals(Files.readString(example.resolveSibling(example.getFileName() + ".tree"), StandardCharsets.UTF_8),
                    tree, example.toString());
        }));
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void itKeepsTheCurrentAndThePreviousToken() {
        SingleTokenStream tokens = new SingleTokenStream(lexer("Vote: 1\n"));
        Token vote = tokens.LT(1);
        assertEquals(DigestLexer.VOTE, tokens.LA(1));
        assertEquals(0, tokens.index());
        tokens.consume();
        assertSame(vote, tokens.LT(-1));
        assertEquals(DigestLexer.TEXT, tokens.LA(1));
        assertEquals(1, tokens.index());
        assertSame(tokens.LT(1), tokens.get(1));
        tokens.seek(1);
        tokens.consume();
        tokens.consume();
        assertEquals(Token.EOF, tokens.LA(1));
        assertThrows(IllegalStateException.class, tokens::consume);
    }

    @Test
    void whatNeedsMoreThanOneTokenBailsOut() {
        SingleTokenStream tokens = new SingleTokenStream(lexer("Vote: 1\n"));
        assertThrows(ParseCancellationException.class, () -> tokens.LT(2));
        assertThrows(ParseCancellationException.class, () -> tokens.LA(2));
        assertThrows(ParseCancellationException.class, () -> tokens.LT(-2));
        assertThrows(ParseCancellationException.class, () -> tokens.get(1));
        tokens.consume();
        assertThrows(ParseCancellationException.class, () -> tokens.seek(0));
        assertThrows(ParseCancellationException.class, () -> tokens.get(0));
    }
}
