package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.internal.grammar.DigestLexer;
import io.github.dailypapers.digest.internal.grammar.DigestParser;
import java.util.function.Supplier;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads the grammar's parse tree of one input into a {@link ModelBuilder}, node by node, as the
 * parser recognises it: the structural rules ({@code edition}, {@code undatedEdition},
 * {@code readmeBlock}, {@code paper}, {@code section}) become open and close events, and each
 * line rule becomes one {@link SourceLine} with the role its place in the tree gives it. Which
 * lines form an edition, a paper, a section or a README block, and which fit nowhere, is thus
 * decided by the grammar alone.
 *
 * <p>The tree itself is never allocated: the generated parser is subclassed to hook
 * {@code enterRule}, {@code exitRule} and {@code consume} (a parse listener would need a tree
 * node per token). The grammar is total and LL(1), so SLL prediction with a bail-out strategy
 * always succeeds; the LL pass with error recovery is only a safety net, should a future grammar
 * change break totality.
 */
final class TreeReader extends DigestParser {

    /** What a line is in the tree: which node holds it. */
    enum Role {
        /** The first line of an edition, README block, paper or section (its heading or bullet). */
        OPENING,
        /** A media, vote or authors line among a paper's header lines. */
        HEADER,
        /** Another line among a paper's header lines. */
        PAPER_TEXT,
        /** A line after a section's bullet. */
        CONTINUATION,
        /** A line of a README block after its heading. */
        README_LINE,
        /** A line outside any paper or README block. */
        STRAY
    }

    private final String text;
    private final ModelBuilder builder;

    /** Just past the last consumed token of the current line that is not a line end. */
    private int lineEnd = -1;
    private int lastLinkSep = -1;
    private int labelEnd = -1;
    /** The player line of the video link being read, once its rule has been exited. */
    private SourceLine player;
    /** Where the text of the video link that holds {@link #player} ends. */
    private int linkEnd;

    private TreeReader(TokenStream tokens, SourceText source, ModelBuilder builder) {
        super(tokens);
        this.text = source.text();
        this.builder = builder;
    }

    /**
     * Reads the input from {@code start} (past a leading byte order mark) into a new builder.
     *
     * @param source the input
     * @param start where lexing starts
     * @param builders makes the builder, again if the fast pass has to be redone
     * @return the builder, after the whole tree has been read into it
     */
    static ModelBuilder read(SourceText source, int start, Supplier<ModelBuilder> builders) {
        try {
            return read(source, start, builders.get(), true);
        } catch (ParseCancellationException e) {
            return read(source, start, builders.get(), false);
        }
    }

    /**
     * One pass: the fast one (SLL, bail out on the first error, only the current token kept), or
     * the safety net (LL, full error recovery, buffered tokens) that runs if the fast one gives up.
     * A total grammar never makes the fast pass give up, so {@code SafetyNetTest} runs the net
     * directly: it must read every input as the fast pass does.
     */
    static ModelBuilder read(SourceText source, int start, ModelBuilder builder, boolean fast) {
        String text = source.text();
        DigestLexer lexer = new FastDigestLexer(new Utf16CharStream(text, start, source.end()), text,
                source.end(), !source.hasCarriageReturns());
        lexer.removeErrorListeners();
        // The grammar is LL(1) and no tree is built: the fast pass needs only the current token,
        // so tokens are not kept (a buffered stream would hold one object per token of the input).
        TreeReader parser = new TreeReader(fast ? new SingleTokenStream(lexer) : new CommonTokenStream(lexer),
                source, builder);
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
        builder.finish();
        return builder;
    }

    @Override
    public Token consume() {
        Token token = super.consume();
        switch (token.getType()) {
            case DigestLexer.EOL:
            case DigestLexer.BLANK_LINE:
            case Token.EOF:
                break;
            case DigestLexer.LINK_SEP:
                lastLinkSep = token.getStartIndex();
                lineEnd = token.getStopIndex() + 1;
                break;
            case DigestLexer.LABEL:
                labelEnd = token.getStopIndex() + 1;
                lineEnd = labelEnd;
                break;
            default:
                lineEnd = token.getStopIndex() + 1;
                break;
        }
        return token;
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        super.enterRule(localctx, state, ruleIndex);
        if (ruleIndex == RULE_undatedEdition) {
            builder.openUndatedEdition();
        }
    }

    @Override
    public void exitRule() {
        ParserRuleContext ctx = _ctx;
        super.exitRule();
        int rule = ctx.getRuleIndex();
        switch (rule) {
            case RULE_edition:
            case RULE_undatedEdition:
                builder.closeEdition();
                return;
            case RULE_readmeBlock:
                builder.closeReadmeBlock();
                return;
            case RULE_paper:
                builder.closePaper();
                return;
            case RULE_section:
                builder.closeSection();
                return;
            case RULE_playerLine:
                player = playerLine(ctx);
                return;
            case RULE_editionHeading:
            case RULE_heading1:
            case RULE_heading2:
            case RULE_paperHeading:
            case RULE_imageLine:
            case RULE_videoLinkLine:
            case RULE_videoTagLine:
            case RULE_voteLine:
            case RULE_authorsLine:
            case RULE_bulletLine:
            case RULE_textLine:
                // A line rule always starts with its own token; only the safety net's error
                // recovery could make one that starts at the end of the input.
                if (ctx.start != null && ctx.start.getType() != Token.EOF) {
                    builder.line(roleOf(ctx), line(ctx, rule));
                }
                return;
            default:
                return;
        }
    }

    private SourceLine line(ParserRuleContext ctx, int rule) {
        int start = ctx.start.getStartIndex();
        int contentStart = ctx.start.getStopIndex() + 1;
        SourceLine line;
        if (player != null) {
            // The link's own text ends where the player's token (which starts with the line end) begins.
            line = new SourceLine(rule, start, linkEnd, contentStart, -1, -1, player);
            player = null;
        } else {
            line = new SourceLine(rule, start, Math.max(contentStart, lineEnd), contentStart, lastLinkSep, labelEnd, null);
        }
        lastLinkSep = -1;
        labelEnd = -1;
        return line;
    }

    /**
     * The player line: from just after the last line end in its PLAYER token, which starts with
     * the link's line end and holds any blank lines between the two; the link's text ends where
     * that token starts.
     */
    private SourceLine playerLine(ParserRuleContext ctx) {
        linkEnd = ctx.start.getStartIndex();
        int contentStart = ctx.start.getStopIndex() + 1;
        int start = contentStart;
        while (!LineEnds.isLineEndChar(text.charAt(start - 1))) {
            start--;
        }
        return new SourceLine(RULE_playerLine, start, Math.max(contentStart, lineEnd), contentStart);
    }

    /** The role a line's place in the tree gives it, from the rules that hold it. */
    private static Role roleOf(ParserRuleContext line) {
        ParserRuleContext parent = line.getParent();
        switch (parent.getRuleIndex()) {
            case RULE_edition:
            case RULE_readmeBlock:
            case RULE_section:
                return Role.OPENING;
            case RULE_paper:
                return line.getRuleIndex() == RULE_paperHeading ? Role.OPENING : Role.PAPER_TEXT;
            case RULE_media:
            case RULE_paperHeader:
                return Role.HEADER;
            case RULE_strayLine:
                return Role.STRAY;
            case RULE_readmeLine:
                return Role.README_LINE;
            case RULE_plainLine:
                return roleOfPlainLine(parent.getParent().getRuleIndex());
            default:
                return Role.STRAY; // no such tree; the safety net's error recovery alone could make one
        }
    }

    private static Role roleOfPlainLine(int holder) {
        switch (holder) {
            case RULE_continuationLine:
                return Role.CONTINUATION;
            case RULE_readmeLine:
                return Role.README_LINE;
            case RULE_strayLine:
                return Role.STRAY;
            default:
                return Role.STRAY;
        }
    }
}
