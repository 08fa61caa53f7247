package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.internal.grammar.DigestLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * The generated lexer with a fast path for free text, which is almost all of a digest.
 *
 * <p>The ANTLR Java runtime caches DFA transitions only for characters below 128, so every
 * Hangul character of a text token would go through full ATN simulation, one at a time. The
 * text rules of the grammar are simple enough to state exactly: in the modes and at the
 * positions below, the grammar's longest match is "everything up to the next line end" (or up to
 * the next {@code ]} in a title), whatever the characters are. This lexer matches those tokens
 * with a plain scan and leaves every other decision (markers, labels, line ends) to the
 * generated lexer. {@code FastDigestLexerTest} checks that both produce the same tokens.
 *
 * <ul>
 *   <li>{@code REST}: {@code REST_TEXT : ~[\r\n]+}</li>
 *   <li>{@code DEFAULT_MODE}, first char not a marker's first char: {@code LINE_TEXT : ~[#![<VA\-\r\n] ~[\r\n]*}</li>
 *   <li>{@code BULLET_START}, first char not {@code *}: {@code BULLET_TEXT : ~[*\r\n] ~[\r\n]* -> mode(REST)}</li>
 *   <li>{@code TITLE}: {@code TITLE_TEXT : ~[\]\r\n]+}</li>
 * </ul>
 */
final class FastDigestLexer extends DigestLexer {

    private final String text;
    private final int end;
    private final boolean newlineIsTheOnlyLineEnd;

    FastDigestLexer(Utf16CharStream input, String text, int end, boolean newlineIsTheOnlyLineEnd) {
        super(input);
        this.text = text;
        this.end = end;
        this.newlineIsTheOnlyLineEnd = newlineIsTheOnlyLineEnd;
    }

    @Override
    public Token nextToken() {
        CharStream input = _input;
        int start = input.index();
        if (start < end && !_hitEOF) {
            char first = text.charAt(start);
            if (first != '\n' && first != '\r') {
                int type = -1;
                int stop = -1;
                switch (_mode) {
                    case REST:
                        type = TEXT;
                        stop = lineEnd(start);
                        break;
                    case DEFAULT_MODE:
                        if (!isMarkerStart(first)) {
                            type = LINE_TEXT;
                            stop = lineEnd(start);
                        }
                        break;
                    case BULLET_START:
                        if (first != '*') {
                            type = TEXT;
                            stop = lineEnd(start);
                            _mode = REST;
                        }
                        break;
                    case TITLE:
                        if (first != ']') {
                            type = TEXT;
                            stop = titleTextEnd(start);
                        }
                        break;
                    default:
                        break;
                }
                if (type >= 0) {
                    return emitText(type, start, stop);
                }
            }
        }
        return super.nextToken();
    }

    private Token emitText(int type, int start, int stop) {
        int line = getLine();
        int column = getCharPositionInLine();
        _input.seek(stop);
        getInterpreter().setCharPositionInLine(column + (stop - start));
        Token token = _factory.create(_tokenFactorySourcePair, type, null, Token.DEFAULT_CHANNEL,
                start, stop - 1, line, column);
        emit(token);
        return token;
    }

    private int lineEnd(int from) {
        if (newlineIsTheOnlyLineEnd) {
            // String.indexOf is a vectorised intrinsic; a text without '\r' needs only '\n'.
            int newline = text.indexOf('\n', from);
            return newline < 0 || newline > end ? end : newline;
        }
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private int titleTextEnd(int from) {
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == ']') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The first characters of the grammar's line markers (the MARKER_CHAR set). */
    static boolean isMarkerStart(char c) {
        switch (c) {
            case '#': case '!': case '[': case '<': case 'V': case 'A': case '-':
                return true;
            default:
                return false;
        }
    }
}
