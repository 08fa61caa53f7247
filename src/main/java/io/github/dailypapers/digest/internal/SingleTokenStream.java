package io.github.dailypapers.digest.internal;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The token stream of the fast pass ({@link TreeReader}): it holds only the current token and
 * the one before it, which is all an LL(1) parse with a bail-out strategy asks for (the
 * lookahead, the token a rule starts with, the last token of a rule that ends).
 *
 * <p>ANTLR's {@code UnbufferedTokenStream} does the same with a window of tokens, a type test
 * and an array store per token; the two interface checks alternating on one token class made
 * it about 9% of a parse. Anything beyond one token of lookahead is not expected of the fast
 * pass: it bails out to the safety net, as a syntax error would.
 */
final class SingleTokenStream implements TokenStream {

    private final TokenSource source;
    private Token current;
    private Token previous;
    private int index;

    SingleTokenStream(TokenSource source) {
        this.source = source;
        this.current = source.nextToken();
    }

    @Override
    public Token LT(int k) {
        if (k == 1) {
            return current;
        }
        if (k == -1) {
            return previous;
        }
        throw new ParseCancellationException("the fast pass reads one token ahead, not " + k);
    }

    @Override
    public int LA(int i) {
        if (i == 1) {
            return current.getType();
        }
        return LT(i).getType();
    }

    @Override
    public void consume() {
        if (current.getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        previous = current;
        current = source.nextToken();
        index++;
    }

    @Override
    public Token get(int i) {
        if (i == index) {
            return current;
        }
        throw new ParseCancellationException("the fast pass keeps no tokens before the current one");
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    /** Texts are only asked for to word an error message, which the fast pass never reports. */
    @Override
    public String getText(Interval interval) {
        return "";
    }

    @Override
    public String getText() {
        return "";
    }

    @Override
    public String getText(RuleContext ctx) {
        return "";
    }

    @Override
    public String getText(Token start, Token stop) {
        return "";
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // Nothing is buffered, so nothing is held for a mark.
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int target) {
        if (target != index) {
            throw new ParseCancellationException("the fast pass cannot go back or skip ahead");
        }
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("a stream that keeps one token does not know its size");
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }
}
