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
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs the grammar over the input and reports each non-empty line with its kind.
 *
 * <p>No parse tree is built: each line rule is reported as it is exited. The grammar
 * is total and LL(1), so SLL prediction with a bail-out strategy always succeeds; the LL pass
 * with error recovery is only a safety net, should a future grammar change break totality.
 */
final class LineScanner {

    private LineScanner() {}

    static List<SourceLine> scan(SourceText source, int start) {
        try {
            return scan(source, start, true);
        } catch (ParseCancellationException e) {
            return scan(source, start, false);
        }
    }

    private static List<SourceLine> scan(SourceText source, int start, boolean fast) {
        String text = source.text();
        DigestLexer lexer = new FastDigestLexer(new Utf16CharStream(text, start, source.end()), text,
                source.end(), !source.hasCarriageReturns());
        lexer.removeErrorListeners();
        // The grammar is LL(1) and builds no tree: the fast pass needs only the current token, so
        // tokens are not kept (a buffered stream would hold one object per token of the input).
        LineParser parser = new LineParser(fast ? new UnbufferedTokenStream<>(lexer, 16) : new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.setBuildParseTree(false);
        if (fast) {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
        } else {
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
        }
        parser.digest();
        return parser.lines;
    }

    /**
     * The generated parser, reporting each line rule as it is exited. Hooking {@code exitRule}
     * and {@code consume} instead of registering a parse listener spares a tree node per token.
     */
    private static final class LineParser extends DigestParser {

        final List<SourceLine> lines = new ArrayList<>();
        private int lastLinkSep = -1;
        private int labelEnd = -1;

        LineParser(TokenStream tokens) {
            super(tokens);
        }

        @Override
        public Token consume() {
            Token token = super.consume();
            if (token.getType() == DigestLexer.LINK_SEP) {
                lastLinkSep = token.getStartIndex();
            } else if (token.getType() == DigestLexer.LABEL) {
                labelEnd = token.getStopIndex() + 1;
            }
            return token;
        }

        @Override
        public void exitRule() {
            ParserRuleContext ctx = _ctx;
            super.exitRule();
            LineKind kind = kindOf(ctx.getRuleIndex());
            if (kind == null) {
                return;
            }
            if (ctx.start != null && ctx.stop != null
                    && ctx.start.getType() != Token.EOF && ctx.stop.getType() != Token.EOF) {
                int begin = ctx.start.getStartIndex();
                int end = Math.max(begin, ctx.stop.getStopIndex() + 1);
                lines.add(new SourceLine(kind, begin, end, ctx.start.getStopIndex() + 1, lastLinkSep, labelEnd));
            }
            lastLinkSep = -1;
            labelEnd = -1;
        }

        private static LineKind kindOf(int rule) {
            switch (rule) {
                case RULE_editionHeading: return LineKind.EDITION_HEADING;
                case RULE_heading2: return LineKind.HEADING_2;
                case RULE_heading1: return LineKind.HEADING_1;
                case RULE_paperHeading: return LineKind.PAPER_HEADING;
                case RULE_imageLine: return LineKind.IMAGE;
                case RULE_videoLinkLine: return LineKind.VIDEO_LINK;
                case RULE_videoTagLine: return LineKind.VIDEO_TAG;
                case RULE_voteLine: return LineKind.VOTE;
                case RULE_authorsLine: return LineKind.AUTHORS;
                case RULE_bulletLine: return LineKind.BULLET;
                case RULE_textLine: return LineKind.TEXT;
                default: return null;
            }
        }
    }
}
