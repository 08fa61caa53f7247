package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.internal.grammar.DigestLexer;
import io.github.dailypapers.digest.internal.grammar.DigestParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs the grammar over the input and reports each non-empty line with its kind.
 *
 * <p>No parse tree is kept: a parse listener sees each line rule as it is exited. The grammar
 * is total and LL(1), so SLL prediction with a bail-out strategy always succeeds; the LL pass
 * with error recovery is only a safety net, should a future grammar change break totality.
 */
final class LineScanner {

    private LineScanner() {}

    static List<SourceLine> scan(String text, int start) {
        try {
            return scan(text, start, true);
        } catch (ParseCancellationException e) {
            return scan(text, start, false);
        }
    }

    private static List<SourceLine> scan(String text, int start, boolean fast) {
        DigestLexer lexer = new FastDigestLexer(new Utf16CharStream(text, start, text.length()), text, text.length());
        lexer.removeErrorListeners();
        DigestParser parser = new DigestParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setBuildParseTree(false);
        if (fast) {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
        } else {
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
        }
        LineCollector collector = new LineCollector();
        parser.addParseListener(collector);
        parser.digest();
        return collector.lines;
    }

    /** Turns rule exits into {@link SourceLine}s; inner tokens are seen as terminals first. */
    private static final class LineCollector implements ParseTreeListener {

        final List<SourceLine> lines = new ArrayList<>();
        private int lastLinkSep = -1;
        private int labelEnd = -1;

        @Override
        public void visitTerminal(TerminalNode node) {
            Token token = node.getSymbol();
            if (token.getType() == DigestLexer.LINK_SEP) {
                lastLinkSep = token.getStartIndex();
            } else if (token.getType() == DigestLexer.LABEL) {
                labelEnd = token.getStopIndex() + 1;
            }
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
            // Only reachable in the recovery pass; the tokens still belong to their line rule.
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
            lastLinkSep = -1;
            labelEnd = -1;
        }

        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
            LineKind kind = kindOf(ctx.getRuleIndex());
            if (kind == null || ctx.start == null || ctx.stop == null
                    || ctx.start.getType() == Token.EOF || ctx.stop.getType() == Token.EOF) {
                return;
            }
            int begin = ctx.start.getStartIndex();
            int end = Math.max(begin, ctx.stop.getStopIndex() + 1);
            int contentStart = ctx.start.getStopIndex() + 1;
            lines.add(new SourceLine(kind, begin, end, contentStart, lastLinkSep, labelEnd));
        }

        private static LineKind kindOf(int rule) {
            switch (rule) {
                case DigestParser.RULE_editionHeading: return LineKind.EDITION_HEADING;
                case DigestParser.RULE_heading2: return LineKind.HEADING_2;
                case DigestParser.RULE_heading1: return LineKind.HEADING_1;
                case DigestParser.RULE_paperHeading: return LineKind.PAPER_HEADING;
                case DigestParser.RULE_imageLine: return LineKind.IMAGE;
                case DigestParser.RULE_videoLinkLine: return LineKind.VIDEO_LINK;
                case DigestParser.RULE_videoTagLine: return LineKind.VIDEO_TAG;
                case DigestParser.RULE_voteLine: return LineKind.VOTE;
                case DigestParser.RULE_authorsLine: return LineKind.AUTHORS;
                case DigestParser.RULE_bulletLine: return LineKind.BULLET;
                case DigestParser.RULE_textLine: return LineKind.TEXT;
                default: return null;
            }
        }
    }
}
