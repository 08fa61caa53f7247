import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Writes the expected tree of each conformance input: {@code java -cp <antlr-complete.jar>:<classes
 * of the generated DigestLexer/DigestParser> PrintTree.java FILE.md...} writes {@code FILE.md.tree}
 * next to each input (see README.md here; regenerate.sh runs it). The input is read as the suite
 * says: UTF-8, each malformed sequence replaced by U+FFFD, one leading U+FEFF removed. Fails on
 * any lexer or parser syntax error (the grammar is total, so there must be none).
 */
public class PrintTree {

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path input = Path.of(arg);
            String text = decode(Files.readAllBytes(input));
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            BaseErrorListener fail = new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column,
                        String message, RecognitionException e) {
                    throw new IllegalStateException(input + ":" + line + ":" + column + ": " + message);
                }
            };
            DigestLexer lexer = new DigestLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            lexer.addErrorListener(fail);
            DigestParser parser = new DigestParser(new CommonTokenStream(lexer));
            parser.removeErrorListeners();
            parser.addErrorListener(fail);
            String tree = parser.digest().toStringTree(parser) + "\n";
            Files.writeString(input.resolveSibling(input.getFileName() + ".tree"), tree, StandardCharsets.UTF_8);
        }
    }

    /** UTF-8 with every malformed sequence replaced by one U+FFFD (as the Java library decodes). */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }
}
