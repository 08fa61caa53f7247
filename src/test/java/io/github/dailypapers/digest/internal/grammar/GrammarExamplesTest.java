package io.github.dailypapers.digest.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dailypapers.digest.model.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The grammar's conformance examples ({@code grammar/examples/*.md}, see grammar/README.md):
 * each parses with the generated Java lexer and parser without a syntax error to exactly the
 * tree in its {@code .tree} file, the grammar is unambiguous on them and needs one token of
 * lookahead, and the grammar files contain no target-specific code. With the JavaScript
 * target, {@code grammar/js/test/trees.test.mjs} checks the same trees, and
 * {@code grammar/js/test/grammar.test.mjs} the ambiguity and the target-specific code (the
 * scan is in {@code grammar/js/tools/grammar-scan.mjs}).
 *
 * <p>Samples under {@code src/test/resources/samples} that have a {@code .md.tree} file are
 * checked the same way (their text stays there because of its licence).
 */
class GrammarExamplesTest {

    private static final Path GRAMMAR = Path.of("grammar");
    private static final Path EXAMPLES = GRAMMAR.resolve("examples");
    private static final Path SAMPLES = Path.of("src", "test", "resources", "samples");
    /** Where the actual tree of a failing input is written, to diff against the expected one. */
    private static final Path ACTUAL = Path.of("target", "grammar-examples");

    // ---- inputs -----------------------------------------------------------------------------

    /** Every example and every sample that has an expected tree, sorted by path. */
    private static List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(listFiles(EXAMPLES, ".md"));
        for (Path tree : listFiles(SAMPLES, ".md.tree")) {
            inputs.add(tree.resolveSibling(tree.getFileName().toString().replaceFirst("\\.tree$", "")));
        }
        return inputs;
    }

    private static List<Path> listFiles(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path treeFileOf(Path input) {
        return input.resolveSibling(input.getFileName() + ".tree");
    }

    /** The input as the library reads it: strict UTF-8, one leading U+FEFF removed. */
    static String readInput(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // ---- parsing ----------------------------------------------------------------------------

    /** Counts what the recognisers report; the console listeners are removed. */
    static final class Reports extends BaseErrorListener {
        final List<String> syntaxErrors = new ArrayList<>();
        final List<String> ambiguities = new ArrayList<>();
        int fullContextAttempts;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                int charPositionInLine, String msg, RecognitionException e) {
            syntaxErrors.add(line + ":" + charPositionInLine + " " + msg);
        }

        @Override
        public void reportAmbiguity(Parser recognizer, DFA dfa, int startIndex, int stopIndex,
                boolean exact, BitSet ambigAlts, ATNConfigSet configs) {
            ambiguities.add("decision " + dfa.decision + " (rule "
                    + recognizer.getRuleNames()[dfa.atnStartState.ruleIndex] + ") at token "
                    + startIndex + ".." + stopIndex + ", alternatives " + ambigAlts);
        }

        @Override
        public void reportAttemptingFullContext(Parser recognizer, DFA dfa, int startIndex,
                int stopIndex, BitSet conflictingAlts, ATNConfigSet configs) {
            fullContextAttempts++;
        }
    }

    /** A parser over the text with every report going to {@code reports}. */
    private static DigestParser parser(String text, Reports reports) {
        DigestLexer lexer = new DigestLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(reports);
        DigestParser parser = new DigestParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(reports);
        return parser;
    }

    /** The text of a {@code .tree} file: {@code toStringTree} output and one {@code \n}. */
    static String treeText(ParseTree tree, Parser parser) {
        return tree.toStringTree(parser) + "\n";
    }

    // ---- tests ------------------------------------------------------------------------------

    @Test
    void examplesExistAndEachHasAnExpectedTree() {
        List<Path> examples = listFiles(EXAMPLES, ".md");
        assertTrue(examples.size() >= 15, "grammar/examples holds the conformance examples: " + examples);
        for (Path example : examples) {
            assertTrue(Files.isRegularFile(treeFileOf(example)), example + " has no .tree file");
        }
        for (Path tree : listFiles(EXAMPLES, ".tree")) {
            Path input = tree.resolveSibling(tree.getFileName().toString().replaceFirst("\\.tree$", ""));
            assertTrue(Files.isRegularFile(input), tree + " has no input file " + input.getFileName());
        }
        for (Path tree : listFiles(SAMPLES, ".tree")) {
            Path input = tree.resolveSibling(tree.getFileName().toString().replaceFirst("\\.tree$", ""));
            assertTrue(Files.isRegularFile(input), tree + " has no sample " + input.getFileName()
                    + " next to it");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInputParsesToItsExpectedTree() {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            Reports reports = new Reports();
            DigestParser parser = parser(readInput(input), reports);
            String actual = treeText(parser.digest(), parser);
            assertEquals(List.of(), reports.syntaxErrors, input + ": syntax errors");
            Path treeFile = treeFileOf(input);
            String expected = Files.isRegularFile(treeFile) ? Files.readString(treeFile, StandardCharsets.UTF_8) : null;
            if (!actual.equals(expected)) {
                Path written = ACTUAL.resolve(treeFile.getFileName());
                Files.createDirectories(ACTUAL);
                Files.writeString(written, actual, StandardCharsets.UTF_8);
                fail(input + (expected == null ? ": there is no expected tree " + treeFile
                        : ": the tree differs from " + treeFile + " at char " + firstDifference(expected, actual))
                        + "; the actual tree is in " + written + " (review it before using it as the expected tree)");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> exactAmbiguityDetectionReportsNothing() {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            Reports reports = new Reports();
            DigestParser parser = parser(readInput(input), reports);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL_EXACT_AMBIG_DETECTION);
            parser.digest();
            assertEquals(List.of(), reports.syntaxErrors, input + ": syntax errors");
            assertEquals(List.of(), reports.ambiguities, input + ": ambiguities");
            assertEquals(0, reports.fullContextAttempts,
                    input + ": SLL prediction had a conflict and fell back to full context");
        }));
    }

    /** LL(1) in practice: no decision ever looked further than the next token. */
    @TestFactory
    Stream<DynamicTest> everyDecisionNeedsOneTokenOfLookahead() {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            Reports reports = new Reports();
            DigestParser parser = parser(readInput(input), reports);
            parser.setProfile(true);
            parser.digest();
            assertEquals(List.of(), reports.syntaxErrors, input + ": syntax errors");
            for (DecisionInfo decision : parser.getParseInfo().getDecisionInfo()) {
                assertTrue(decision.SLL_MaxLook <= 1, input + ": decision " + decision.decision
                        + " looked ahead " + decision.SLL_MaxLook + " tokens");
                assertEquals(0, decision.LL_Fallback, input + ": decision " + decision.decision
                        + " needed full-context prediction");
            }
        }));
    }

    /** The tree is the document: one {@code paper} node per paper and one {@code section} node per section. */
    @TestFactory
    Stream<DynamicTest> theTreeHasANodePerPaperAndSectionOfTheModel() {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            String text = readInput(input);
            Reports reports = new Reports();
            ParseTree tree = parser(text, reports).digest();
            Digest digest = io.github.dailypapers.digest.DigestParser.builder().build().parse(text);
            long papers = digest.editions().stream().mapToLong(e -> e.papers().size()).sum();
            long sections = digest.editions().stream().flatMap(e -> e.papers().stream())
                    .mapToLong(p -> p.sections().size()).sum();
            assertTrue(papers > 0 || input.getFileName().toString().matches("empty.*|only-date.*|outside.*|readme.*"),
                    input + ": an example without papers tests nothing here");
            assertEquals(papers, countNodes(tree, DigestParser.RULE_paper), input + ": paper nodes");
            assertEquals(sections, countNodes(tree, DigestParser.RULE_section), input + ": section nodes");
            assertEquals(digest.editions().size(), countNodes(tree, DigestParser.RULE_edition)
                    + countNodes(tree, DigestParser.RULE_undatedEdition), input + ": edition nodes");
            assertEquals(digest.readmeBlocks().size(), countNodes(tree, DigestParser.RULE_readmeBlock),
                    input + ": readmeBlock nodes");
        }));
    }

    private static long countNodes(ParseTree tree, int rule) {
        long n = tree instanceof ParserRuleContext && ((ParserRuleContext) tree).getRuleIndex() == rule ? 1 : 0;
        for (int i = 0; i < tree.getChildCount(); i++) {
            n += countNodes(tree.getChild(i), rule);
        }
        return n;
    }

    @Test
    void grammarFilesContainNoTargetSpecificCode() throws IOException {
        List<Path> grammars = listFiles(GRAMMAR, ".g4");
        assertEquals(List.of(GRAMMAR.resolve("DigestLexer.g4"), GRAMMAR.resolve("DigestParser.g4")), grammars);
        for (Path grammar : grammars) {
            List<String> found = targetSpecificCode(Files.readString(grammar, StandardCharsets.UTF_8));
            assertEquals(List.of(), found, grammar + " must stay usable from every ANTLR target");
        }
    }

    @Test
    void targetSpecificCodeScannerFindsActionsButNotQuotedOrCommentedBraces() {
        String clean = "lexer grammar L;\n"
                + "// a { in a comment, @header too\n"
                + "/* { block comment } @members */\n"
                + "tokens { T }\n"
                + "A : '{' | '}' | '@' | '\\'{' -> mode(M) ;\n"
                + "B : ~[{}\\]@]+ ;\n";
        assertEquals(List.of(), targetSpecificCode(clean));
        assertEquals(List.of(), targetSpecificCode("parser grammar P;\noptions { tokenVocab = L; }\nr : A B ;\n"));

        assertFalse(targetSpecificCode("lexer grammar L;\n@header { package x; }\nA : 'a' ;\n").isEmpty());
        assertFalse(targetSpecificCode("parser grammar P;\n@members { int n; }\nr : A ;\n").isEmpty());
        assertFalse(targetSpecificCode("lexer grammar L;\n@lexer::init { }\nA : 'a' ;\n").isEmpty());
        assertFalse(targetSpecificCode("parser grammar P;\n@parser::header { }\nr : A ;\n").isEmpty());
        assertFalse(targetSpecificCode("lexer grammar L;\nA : 'a' { skip(); } ;\n").isEmpty());
        assertFalse(targetSpecificCode("lexer grammar L;\nA : {atStart()}? 'a' ;\n").isEmpty());
        assertFalse(targetSpecificCode("parser grammar P;\nr : {p}? A | B ;\n").isEmpty());
        assertFalse(targetSpecificCode("parser grammar P;\nr[int x] returns [int y] : A ;\n").isEmpty());
        assertFalse(targetSpecificCode("parser grammar P;\noptions { superClass = Base; }\nr : A ;\n").isEmpty());
    }

    // ---- the target-specific code scan (grammar/js/tools/grammar-scan.mjs has the same one)

    private static final Pattern OPTION_LIKE_BLOCK =
            Pattern.compile("\\b(options|tokens|channels)\\s*\\{([^{}]*)\\}");
    private static final Pattern TARGET_OPTION =
            Pattern.compile("\\b(superClass|contextSuperClass|language|TokenLabelType)\\b");
    private static final Pattern TARGET_KEYWORD = Pattern.compile("\\b(returns|locals|throws)\\b");

    /**
     * What in a grammar ties it to one target language: named actions ({@code @header},
     * {@code @members}, {@code @lexer::…}, {@code @parser::…}), embedded actions and semantic
     * predicates ({@code {…}}, {@code {…}?}), rule arguments, return values and locals, and
     * options that name target classes. Comments, string literals and (in a lexer grammar)
     * character sets are blanked out first, so a quoted or commented brace does not count.
     */
    static List<String> targetSpecificCode(String grammar) {
        String code = blankCommentsAndLiterals(grammar);
        List<String> found = new ArrayList<>();
        Matcher blocks = OPTION_LIKE_BLOCK.matcher(code);
        StringBuilder rest = new StringBuilder();
        while (blocks.find()) {
            Matcher option = TARGET_OPTION.matcher(blocks.group(2));
            if (blocks.group(1).equals("options") && option.find()) {
                found.add(lineOf(code, blocks.start()) + ": option " + option.group(1));
            }
            blocks.appendReplacement(rest, Matcher.quoteReplacement(" ".repeat(blocks.group().length())));
        }
        blocks.appendTail(rest);
        code = rest.toString();
        boolean lexer = code.matches("(?s)\\s*lexer\\s+grammar\\b.*");
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '@') {
                found.add(lineOf(code, i) + ": named action " + word(code, i));
            } else if (c == '{' || c == '}') {
                found.add(lineOf(code, i) + ": action or semantic predicate '" + c + "'");
            } else if (c == '[' && !lexer) {
                found.add(lineOf(code, i) + ": rule arguments, return values or locals");
            }
        }
        Matcher keyword = TARGET_KEYWORD.matcher(code);
        while (keyword.find()) {
            found.add(lineOf(code, keyword.start()) + ": " + keyword.group(1));
        }
        return found;
    }

    /** Replaces comments, 'literals' and, in a lexer grammar, [character sets] by spaces. */
    private static String blankCommentsAndLiterals(String s) {
        boolean lexer = s.replaceAll("(?s)//[^\n]*|/\\*.*?\\*/", " ").strip().startsWith("lexer");
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int end;
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                end = s.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '\'' || (c == '[' && lexer)) {
                char close = c == '\'' ? '\'' : ']';
                end = i + 1;
                while (end < n && s.charAt(end) != close) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String word(String s, int at) {
        int end = at + 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == ':')) {
            end++;
        }
        return s.substring(at, end);
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return i + " (expected '…" + expected.substring(from, Math.min(expected.length(), i + 40))
                + "…', actual '…" + actual.substring(from, Math.min(actual.length(), i + 40)) + "…')";
    }
}
