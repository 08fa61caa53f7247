package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dailypapers.digest.internal.grammar.DigestLexer;
import io.github.dailypapers.digest.internal.grammar.DigestParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.dailypapers.digest.model.DiagnosticCode;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.BitSet;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The language-neutral conformance suite ({@code grammar/conformance/}, see its README.md), run
 * by the Java reader: for every {@code cases/NAME.md}, the generated parser gives exactly the tree
 * in {@code NAME.md.tree} without a syntax error, the tree has as many {@code paper} and
 * {@code section} nodes as the model has papers and sections, exact ambiguity detection reports
 * nothing (more inputs for the LL(1) check of {@code GrammarExamplesTest}), and {@code digest parse --json}
 * prints exactly the line in {@code NAME.md.json}, which follows the JSON schema. It lives next to {@link CliRun} because the JSON
 * is the command line's, produced the way the CLI tests produce it.
 *
 * <p>A failing case writes what Java produced to {@code target/conformance/}; after an intended
 * change, {@code bash grammar/conformance/regenerate.sh} rewrites every expected file (review the
 * diff: they are the expected values of every port, not snapshots).
 */
class ConformanceTest {

    private static final Path CASES = Path.of("grammar", "conformance", "cases");
    private static final Path ACTUAL = Path.of("target", "conformance");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Codes no file can produce: the size limit is an API setting the CLI does not expose. */
    private static final Set<DiagnosticCode> NOT_FROM_A_FILE = EnumSet.of(DiagnosticCode.INPUT_TOO_LARGE);

    private static List<Path> files(String suffix) {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sibling(Path input, String suffix) {
        return input.resolveSibling(input.getFileName() + suffix);
    }

    /** The input as the suite says every reader reads it: malformed UTF-8 replaced, one BOM removed. */
    private static String readInput(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("cannot happen with REPLACE", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void writeActual(String name, String content) throws IOException {
        Files.createDirectories(ACTUAL);
        Files.writeString(ACTUAL.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static int count(ParseTree tree, Class<?> type) {
        int n = type.isInstance(tree) ? 1 : 0;
        for (int i = 0; i < tree.getChildCount(); i++) {
            n += count(tree.getChild(i), type);
        }
        return n;
    }

    @Test
    void everyCaseHasItsExpectedFilesAndEveryExpectedFileItsCase() {
        List<Path> inputs = files(".md");
        assertTrue(inputs.size() >= 30, "the conformance suite has its cases: " + inputs);
        for (Path input : inputs) {
            assertTrue(Files.isRegularFile(sibling(input, ".tree")), input + " has no .tree file");
            assertTrue(Files.isRegularFile(sibling(input, ".json")), input + " has no .json file");
        }
        for (Path expected : Stream.concat(files(".md.tree").stream(), files(".md.json").stream()).toList()) {
            String name = expected.getFileName().toString();
            assertTrue(Files.isRegularFile(expected.resolveSibling(name.substring(0, name.lastIndexOf('.')))),
                    expected + " has no input");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseParsesToItsExpectedTree() {
        return files(".md").stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            List<String> syntaxErrors = new ArrayList<>();
            DigestParser parser = parser(readInput(input), syntaxErrors);
            ParseTree tree = parser.digest();
            String actual = tree.toStringTree(parser) + "\n";
            assertEquals(List.of(), syntaxErrors, input + ": syntax errors");
            String expected = Files.readString(sibling(input, ".tree"), StandardCharsets.UTF_8);
            if (!actual.equals(expected)) {
                writeActual(input.getFileName() + ".tree", actual);
                fail(input + ": the tree differs from its .tree file; the actual tree is in "
                        + ACTUAL.resolve(input.getFileName() + ".tree"));
            }

            JsonNode model = MAPPER.readTree(Files.readString(sibling(input, ".json"), StandardCharsets.UTF_8));
            int papers = 0;
            int sections = 0;
            for (JsonNode edition : model.get("editions")) {
                for (JsonNode paper : edition.get("papers")) {
                    papers++;
                    sections += paper.get("sections").size();
                }
            }
            assertEquals(papers, count(tree, DigestParser.PaperContext.class), input + ": paper nodes vs papers");
            assertEquals(sections, count(tree, DigestParser.SectionContext.class),
                    input + ": section nodes vs sections");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCasePrintsItsExpectedJsonLine() {
        return files(".md").stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString();
            CliRun run = CliRun.run("parse", "--json", input.toString());
            assertEquals(0, run.status(), input + ": " + run.err());
            // The expected line was written by a run inside cases/, so its source is the bare name.
            String actual = run.out().replace(quoted("source", input.toString()), quoted("source", name));
            String expected = Files.readString(sibling(input, ".json"), StandardCharsets.UTF_8);
            Set<ValidationMessage> violations = schema().validate(MAPPER.readTree(expected));
            assertTrue(violations.isEmpty(), () -> input + ".json: schema violations " + violations);
            if (!actual.equals(expected)) {
                writeActual(name + ".json", actual);
                String why = MAPPER.readTree(actual).equals(MAPPER.readTree(expected))
                        ? "the same JSON, written differently" : "different JSON";
                fail(input + ": " + why + " than its .json file; the actual line is in " + ACTUAL.resolve(name + ".json"));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> exactAmbiguityDetectionReportsNothing() {
        return files(".md").stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            List<String> reports = new ArrayList<>();
            DigestParser parser = parser(readInput(input), reports);
            parser.addErrorListener(new BaseErrorListener() {
                @Override
                public void reportAmbiguity(Parser recognizer, DFA dfa, int startIndex, int stopIndex,
                        boolean exact, BitSet ambigAlts, ATNConfigSet configs) {
                    reports.add("ambiguity in decision " + dfa.decision + " at tokens " + startIndex + ".." + stopIndex);
                }

                @Override
                public void reportAttemptingFullContext(Parser recognizer, DFA dfa, int startIndex,
                        int stopIndex, BitSet conflictingAlts, ATNConfigSet configs) {
                    reports.add("full-context prediction in decision " + dfa.decision + " at token " + startIndex);
                }
            });
            parser.getInterpreter().setPredictionMode(PredictionMode.LL_EXACT_AMBIG_DETECTION);
            parser.digest();
            assertEquals(List.of(), reports, input + ": syntax errors, ambiguities or full-context predictions");
        }));
    }

    /** A parser over the text whose lexer and parser add every syntax error to {@code errors}. */
    private static DigestParser parser(String text, List<String> errors) {
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column,
                    String message, RecognitionException e) {
                errors.add(line + ":" + column + " " + message);
            }
        };
        DigestLexer lexer = new DigestLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        DigestParser parser = new DigestParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser;
    }

    @Test
    void everyDiagnosticCodeAFileCanProduceHasACase() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (Path json : files(".md.json")) {
            for (JsonNode diagnostic : MAPPER.readTree(Files.readString(json, StandardCharsets.UTF_8)).get("diagnostics")) {
                seen.add(diagnostic.get("code").asText());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            if (!NOT_FROM_A_FILE.contains(code) && !seen.contains(code.name())) {
                missing.add(code.name());
            }
        }
        assertEquals(Set.of(), missing, "diagnostic codes no conformance case produces; add a case for each");
    }

    /** The JSON contract every expected line follows (docs/schema). */
    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docs", "schema", "digest-v1.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static String quoted(String key, String value) throws IOException {
        return MAPPER.writeValueAsString(key) + ":" + MAPPER.writeValueAsString(value);
    }
}
