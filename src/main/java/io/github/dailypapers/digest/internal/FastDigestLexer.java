package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.internal.grammar.DigestLexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;

/**
 * The generated lexer with a fast path that matches every token of the grammar directly.
 *
 * <p>The ANTLR Java runtime caches DFA transitions only for characters below 128, so every
 * Hangul character of a text token would go through full ATN simulation, one at a time; and even
 * the ASCII markers cost a DFA walk and a token-type lookup per character. The lexer grammar is
 * simple enough to state exactly in code: blank lines, line ends, fixed markers at the start of a
 * line, the section label, the title's {@code ](}, a video link's player and free text up to the
 * line end. This lexer matches those tokens with plain scans ({@code String.indexOf} is a
 * vectorised intrinsic) and leaves only the end of input to the generated lexer.
 * {@code FastDigestLexerTest} checks on random digest-like text that both produce the same tokens
 * (types, offsets, lines, columns, modes), and that every literal of the grammar is exercised.
 *
 * <ul>
 *   <li>{@code DEFAULT_MODE}: {@code BLANK_LINE : [ \t]* NEWLINE}, or {@code [ \t]+} at the end
 *       of the input; the longest marker literal ({@code "## Daily Papers ("} before
 *       {@code "## "}); else {@code MARKER_CHAR} for a marker's first character; else
 *       {@code LINE_TEXT : (~[#![<VA\-\r\n \t] | [ \t]+ ~[ \t\r\n]) ~[\r\n]*}</li>
 *   <li>every other mode: {@code EOL : NEWLINE}, back to {@code DEFAULT_MODE}</li>
 *   <li>{@code REST}: {@code REST_TEXT : ~[\r\n]+}</li>
 *   <li>{@code BULLET_START}: {@code LABEL : ('***' ~[*\r\n]+ '***' | '**' ~[*\r\n]+ '**') ':'},
 *       else {@code BULLET_STAR : '*'}, else {@code BULLET_TEXT : ~[*\r\n] ~[\r\n]*}</li>
 *   <li>{@code TITLE}: {@code LINK_SEP : ']('}, {@code TITLE_BRACKET : ']'},
 *       {@code TITLE_TEXT : ~[\]\r\n]+}</li>
 *   <li>{@code VIDEO_LINK}: {@code PLAYER : NEWLINE ([ \t]* NEWLINE)* '<div>'? '<video'} before a plain
 *       {@code EOL}, {@code VIDEO_LINK_TEXT : ~[\r\n]+}</li>
 * </ul>
 */
final class FastDigestLexer extends DigestLexer {

    private static final String EDITION_LITERAL = "## Daily Papers (";
    private static final String VIDEO_IN_DIV_LITERAL = "<div><video";
    private static final String VIDEO_LITERAL = "<video";
    private static final String WATCH_VIDEO_LITERAL = "[Watch Video]";
    private static final String PAPER_LITERAL = "### [";

    private final String text;
    private final int end;
    private final boolean newlineIsTheOnlyLineEnd;
    private final LexerATNSimulator interpreter;
    /** The next {@code '\n'} at or after the last search, or -1 if none before end; scans stay linear. */
    private int nextNewline = Integer.MIN_VALUE;
    /** The next {@code ']'}, likewise. */
    private int nextBracket = Integer.MIN_VALUE;

    FastDigestLexer(Utf16CharStream input, String text, int end, boolean newlineIsTheOnlyLineEnd) {
        super(input);
        this.text = text;
        this.end = end;
        this.newlineIsTheOnlyLineEnd = newlineIsTheOnlyLineEnd;
        this.interpreter = getInterpreter();
    }

    @Override
    public Token nextToken() {
        int start = _input.index();
        if (start >= end || _hitEOF) {
            return super.nextToken();
        }
        char first = text.charAt(start);
        if (_mode == DEFAULT_MODE) {
            return lineStart(start, first);
        }
        int newline = LineEnds.lengthAt(text, start, end);
        switch (_mode) {
            case REST:
                return newline > 0 ? emitLineEnd(EOL, start, start + newline)
                        : emitInLine(TEXT, start, lineEnd(start));
            case BULLET_START:
                if (newline > 0) {
                    return emitLineEnd(EOL, start, start + newline);
                }
                _mode = REST;
                if (first != '*') {
                    return emitInLine(TEXT, start, lineEnd(start));
                }
                int label = labelEnd(start);
                return label < 0 ? emitInLine(TEXT, start, start + 1) : emitInLine(LABEL, start, label);
            case TITLE:
                if (newline > 0) {
                    return emitLineEnd(EOL, start, start + newline);
                }
                if (first != ']') {
                    return emitInLine(TEXT, start, titleTextEnd(start));
                }
                if (start + 1 < end && text.charAt(start + 1) == '(') {
                    return emitInLine(LINK_SEP, start, start + 2);
                }
                return emitInLine(TEXT, start, start + 1);
            case VIDEO_LINK:
                if (newline == 0) {
                    return emitInLine(TEXT, start, lineEnd(start));
                }
                int playerStart = afterBlankLines(start + newline);
                int marker = videoMarkerLength(playerStart);
                if (marker == 0) {
                    return emitLineEnd(EOL, start, start + newline);
                }
                // The link's line end, blank lines and its player's marker are one token.
                return emitAcrossLineEnds(PLAYER, start, playerStart + marker, REST);
            default:
                return super.nextToken();
        }
    }

    /**
     * A token at the start of a line: a blank line, a marker, a marker's first character alone,
     * or text.
     */
    private Token lineStart(int start, char first) {
        int type;
        int length;
        int mode = REST;
        switch (first) {
            case '\n':
            case '\r':
                return emitLineEnd(BLANK_LINE, start, start + LineEnds.lengthAt(text, start, end));
            case ' ':
            case '\t':
                return indented(start);
            case '#':
                if (startsWith(EDITION_LITERAL, start)) {
                    type = EDITION_OPEN;
                    length = EDITION_LITERAL.length();
                } else if (startsWith(PAPER_LITERAL, start)) {
                    type = PAPER_OPEN;
                    length = PAPER_LITERAL.length();
                    mode = TITLE;
                } else if (startsWith("## ", start)) {
                    type = H2;
                    length = 3;
                } else if (startsWith("# ", start)) {
                    type = H1;
                    length = 2;
                } else {
                    type = MARKER_CHAR;
                    length = 1;
                }
                break;
            case '!':
                type = startsWith("![", start) ? IMAGE_OPEN : MARKER_CHAR;
                length = type == IMAGE_OPEN ? 2 : 1;
                break;
            case '[':
                type = startsWith(WATCH_VIDEO_LITERAL, start) ? WATCH_VIDEO : MARKER_CHAR;
                length = type == WATCH_VIDEO ? WATCH_VIDEO_LITERAL.length() : 1;
                if (type == WATCH_VIDEO) {
                    mode = VIDEO_LINK;
                }
                break;
            case '<':
                length = videoMarkerLength(start);
                type = length > 0 ? VIDEO_TAG : MARKER_CHAR;
                length = Math.max(1, length);
                break;
            case 'V':
                type = startsWith("Vote:", start) ? VOTE : MARKER_CHAR;
                length = type == VOTE ? 5 : 1;
                break;
            case 'A':
                type = startsWith("Authors:", start) ? AUTHORS : MARKER_CHAR;
                length = type == AUTHORS ? 8 : 1;
                break;
            case '-':
                if (startsWith("- ", start)) {
                    type = BULLET;
                    length = 2;
                    mode = BULLET_START;
                } else {
                    type = MARKER_CHAR;
                    length = 1;
                }
                break;
            default:
                _mode = REST;
                return emitInLine(LINE_TEXT, start, lineEnd(start));
        }
        _mode = mode;
        return emitInLine(type, start, start + length);
    }

    /** A line that starts with blanks: blank (with its line end, if any) or indented text. */
    private Token indented(int start) {
        int i = start + 1;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == end) {
            return emitInLine(BLANK_LINE, start, end);
        }
        int newline = LineEnds.lengthAt(text, i, end);
        if (newline > 0) {
            return emitLineEnd(BLANK_LINE, start, i + newline);
        }
        _mode = REST;
        return emitInLine(LINE_TEXT, start, lineEnd(i));
    }

    /**
     * Where the first line at or after {@code at} that is not blank starts: past every
     * {@code [ \t]* NEWLINE}; {@code at} itself if that line is not blank.
     */
    private int afterBlankLines(int at) {
        int lineStart = at;
        int i = at;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else {
                int newline = LineEnds.lengthAt(text, i, end);
                if (newline == 0) {
                    break;
                }
                i += newline;
                lineStart = i;
            }
        }
        return lineStart;
    }

    /** The length of {@code "<div><video"} or {@code "<video"} at {@code at}, or 0. */
    private int videoMarkerLength(int at) {
        if (startsWith(VIDEO_IN_DIV_LITERAL, at)) {
            return VIDEO_IN_DIV_LITERAL.length();
        }
        return startsWith(VIDEO_LITERAL, at) ? VIDEO_LITERAL.length() : 0;
    }

    private boolean startsWith(String literal, int at) {
        return at + literal.length() <= end && text.startsWith(literal, at);
    }

    /**
     * The end of a section label starting at {@code start} (on a {@code '*'}), or -1 if there is
     * none there. The label's text cannot contain {@code '*'}, so it ends at the first one, which
     * must begin the closing stars and colon.
     */
    private int labelEnd(int start) {
        int stars;
        if (startsWith("***", start)) {
            stars = 3;
        } else if (startsWith("**", start)) {
            stars = 2;
        } else {
            return -1;
        }
        int i = start + stars;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '*' || LineEnds.isLineEndChar(c)) {
                break;
            }
            i++;
        }
        if (i == start + stars) {
            return -1;
        }
        String closing = stars == 3 ? "***:" : "**:";
        return startsWith(closing, i) ? i + closing.length() : -1;
    }

    /** Emits a token that holds no line end: the column moves on by its length. */
    private Token emitInLine(int type, int start, int stop) {
        int line = interpreter.getLine();
        int column = interpreter.getCharPositionInLine();
        _input.seek(stop);
        interpreter.setCharPositionInLine(column + (stop - start));
        return emit(type, start, stop, line, column);
    }

    /**
     * Emits a token that ends with a line end, back to {@code DEFAULT_MODE}; as in ANTLR, only
     * {@code '\n'} starts a new line, a lone {@code '\r'} is a column.
     */
    private Token emitLineEnd(int type, int start, int stop) {
        int line = interpreter.getLine();
        int column = interpreter.getCharPositionInLine();
        _input.seek(stop);
        _mode = DEFAULT_MODE;
        if (text.charAt(stop - 1) == '\n') {
            interpreter.setLine(line + 1);
            interpreter.setCharPositionInLine(0);
        } else {
            interpreter.setCharPositionInLine(column + (stop - start));
        }
        return emit(type, start, stop, line, column);
    }

    /**
     * Emits a token that holds line ends and text after the last one, then enters {@code mode}:
     * as in ANTLR, each {@code '\n'} starts a new line, any other char is a column.
     */
    private Token emitAcrossLineEnds(int type, int start, int stop, int mode) {
        int line = interpreter.getLine();
        int column = interpreter.getCharPositionInLine();
        _input.seek(stop);
        _mode = mode;
        int lastNewline = text.lastIndexOf('\n', stop - 1);
        if (lastNewline < start) {
            interpreter.setCharPositionInLine(column + (stop - start));
        } else {
            int newlines = 0;
            for (int i = start; i <= lastNewline; i++) {
                if (text.charAt(i) == '\n') {
                    newlines++;
                }
            }
            interpreter.setLine(line + newlines);
            interpreter.setCharPositionInLine(stop - lastNewline - 1);
        }
        return emit(type, start, stop, line, column);
    }

    private Token emit(int type, int start, int stop, int line, int column) {
        Token token = _factory.create(_tokenFactorySourcePair, type, null, Token.DEFAULT_CHANNEL,
                start, stop - 1, line, column);
        emit(token);
        return token;
    }

    private int lineEnd(int from) {
        if (newlineIsTheOnlyLineEnd) {
            // String.indexOf is a vectorised intrinsic; a text without '\r' needs only '\n'.
            if (nextNewline != -1 && nextNewline < from) {
                nextNewline = text.indexOf('\n', from);
                if (nextNewline >= end) {
                    nextNewline = -1;
                }
            }
            return nextNewline < 0 ? end : nextNewline;
        }
        return LineEnds.next(text, from, end);
    }

    private int titleTextEnd(int from) {
        int lineEnd = lineEnd(from);
        if (nextBracket != -1 && nextBracket < from) {
            nextBracket = text.indexOf(']', from);
            if (nextBracket >= end) {
                nextBracket = -1;
            }
        }
        return nextBracket < 0 ? lineEnd : Math.min(nextBracket, lineEnd);
    }
}
