// A hand-written lexer that produces exactly the tokens of the generated DigestLexer (types,
// text, start/stop, line, column, channel), as FastDigestLexer does for Java.
//
// Why: the generated JavaScript lexer simulates the ATN for every character that its DFA cache
// does not cover, about 2 MB/s on digests; the lexer grammar is simple enough to state in code.
// The rules (grammar/DigestLexer.g4), per mode:
//
//   DEFAULT_MODE  BLANK_LINE : [ \t]* NEWLINE      (also [ \t]+ at the end of the input)
//                 markers: '## Daily Papers (' '## ' '# ' '### [' '![' '[Watch Video]'
//                          '<div><video' '<video' 'Vote:' 'Authors:' '- '
//                 LINE_TEXT : (~[#![<VA\-\r\n \t] | [ \t]+ ~[ \t\r\n]) ~[\r\n]*
//                 MARKER_CHAR : a marker's first character that began no marker
//   REST          EOL : NEWLINE (back to DEFAULT_MODE)   TEXT : ~[\r\n]+
//   TITLE         EOL   LINK_SEP : ']('   TEXT : ~[\]\r\n]+   TEXT : ']'
//   VIDEO_LINK    PLAYER : NEWLINE (BLANK* NEWLINE)* '<div>'? '<video' (to REST)   EOL
//                 TEXT : ~[\r\n]+
//   BULLET_START  EOL   LABEL : ('***' ~[*\r\n]+ '***' | '**' ~[*\r\n]+ '**') ':'
//                 TEXT : ~[*\r\n] ~[\r\n]*   TEXT : '*'
//
// Line and column follow the ANTLR lexer: only '\n' starts a new line (a lone '\r' is one more
// column), and columns count UTF-16 code units, as positions do: the reader feeds both lexers
// the text as UTF-16 units (antlr4.InputStream(text, false)), as Java does.
// test/fast-lexer.test.mjs checks token-for-token equality on every input and random ones.

import antlr4 from 'antlr4';
import DigestLexer from '../generated/DigestLexer.js';

const T = DigestLexer;
const DEFAULT_MODE = 0;
const REST = T.REST;
const TITLE = T.TITLE;
const VIDEO_LINK = T.VIDEO_LINK;
const BULLET_START = T.BULLET_START;

const EDITION_LITERAL = '## Daily Papers (';
const PAPER_LITERAL = '### [';
const WATCH_VIDEO_LITERAL = '[Watch Video]';
const VIDEO_IN_DIV_LITERAL = '<div><video';
const VIDEO_LITERAL = '<video';

/** The text as a char stream for tokens' text: UTF-16 code units, without an array copy. */
export class StringCharStream {
  constructor(text) {
    this.strdata = text;
    this.name = '<string>';
    this._index = 0;
  }

  get size() {
    return this.strdata.length;
  }

  get index() {
    return this._index;
  }

  getText(start, stop) {
    return this.strdata.slice(start, stop + 1);
  }

  toString() {
    return this.strdata;
  }
}

/** A TokenSource for CommonTokenStream that matches the generated lexer token for token. */
export class FastDigestLexer {
  constructor(text) {
    this.text = text;
    this.end = text.length;
    this.pos = 0;
    this.mode = DEFAULT_MODE;
    this.line = 1;
    this.column = 0;
    this._input = new StringCharStream(text);
    this._factory = null; // the grammar is total: the parser never conjures tokens
    this.sourcePair = [this, this._input];
    this.hitEof = false;
    this.sourceName = '<string>';
    // The next line end char and the next ']' at or after the last search (-1: none): each
    // scan starts where the last one found something, so lexing stays linear.
    this.nextNewline = -2;
    this.nextBracket = -2;
  }

  get inputStream() {
    return this._input;
  }

  getInputStream() {
    return this._input;
  }

  nextToken() {
    const start = this.pos;
    const text = this.text;
    if (start >= this.end) {
      return this.emit(antlr4.Token.EOF, start, start);
    }
    const c = text.charCodeAt(start);
    switch (this.mode) {
      case DEFAULT_MODE:
        return this.lineStart(start, c);
      case REST:
        if (c === 10 || c === 13) {
          return this.lineEndToken(T.EOL, start);
        }
        return this.emit(T.TEXT, start, this.lineEnd(start));
      case TITLE:
        if (c === 10 || c === 13) {
          return this.lineEndToken(T.EOL, start);
        }
        if (c === 93 /* ] */) {
          if (start + 1 < this.end && text.charCodeAt(start + 1) === 40 /* ( */) {
            return this.emit(T.LINK_SEP, start, start + 2);
          }
          return this.emit(T.TEXT, start, start + 1);
        }
        return this.emit(T.TEXT, start, this.titleTextEnd(start));
      case VIDEO_LINK:
        if (c === 10 || c === 13) {
          const after = this.newlineEnd(start);
          const markerAt = this.afterBlankLines(after); // blank lines before the player are in PLAYER
          const player = this.startsWith(VIDEO_IN_DIV_LITERAL, markerAt) ? VIDEO_IN_DIV_LITERAL.length
            : this.startsWith(VIDEO_LITERAL, markerAt) ? VIDEO_LITERAL.length : 0;
          if (player > 0) {
            this.mode = REST;
            return this.emit(T.PLAYER, start, markerAt + player);
          }
          this.mode = DEFAULT_MODE;
          return this.emit(T.EOL, start, after);
        }
        return this.emit(T.TEXT, start, this.lineEnd(start));
      default: // BULLET_START
        if (c === 10 || c === 13) {
          return this.lineEndToken(T.EOL, start);
        }
        this.mode = REST;
        if (c !== 42 /* * */) {
          return this.emit(T.TEXT, start, this.lineEnd(start));
        }
        {
          const label = this.labelEnd(start);
          return label < 0 ? this.emit(T.TEXT, start, start + 1) : this.emit(T.LABEL, start, label);
        }
    }
  }

  /** A token at the start of a line. */
  lineStart(start, c) {
    let type = T.MARKER_CHAR;
    let length = 1;
    let mode = REST;
    switch (c) {
      case 10: case 13:
        return this.emit(T.BLANK_LINE, start, this.newlineEnd(start));
      case 32: case 9: {
        let i = start + 1;
        while (i < this.end) {
          const b = this.text.charCodeAt(i);
          if (b !== 32 && b !== 9) {
            break;
          }
          i++;
        }
        if (i === this.end) {
          return this.emit(T.BLANK_LINE, start, i);
        }
        const b = this.text.charCodeAt(i);
        if (b === 10 || b === 13) {
          return this.emit(T.BLANK_LINE, start, this.newlineEnd(i));
        }
        this.mode = REST;
        return this.emit(T.LINE_TEXT, start, this.lineEnd(i));
      }
      case 35: // #
        if (this.startsWith(EDITION_LITERAL, start)) {
          type = T.EDITION_OPEN;
          length = EDITION_LITERAL.length;
        } else if (this.startsWith(PAPER_LITERAL, start)) {
          type = T.PAPER_OPEN;
          length = PAPER_LITERAL.length;
          mode = TITLE;
        } else if (this.startsWith('## ', start)) {
          type = T.H2;
          length = 3;
        } else if (this.startsWith('# ', start)) {
          type = T.H1;
          length = 2;
        }
        break;
      case 33: // !
        if (this.startsWith('![', start)) {
          type = T.IMAGE_OPEN;
          length = 2;
        }
        break;
      case 91: // [
        if (this.startsWith(WATCH_VIDEO_LITERAL, start)) {
          type = T.WATCH_VIDEO;
          length = WATCH_VIDEO_LITERAL.length;
          mode = VIDEO_LINK;
        }
        break;
      case 60: // <
        if (this.startsWith(VIDEO_IN_DIV_LITERAL, start)) {
          type = T.VIDEO_TAG;
          length = VIDEO_IN_DIV_LITERAL.length;
        } else if (this.startsWith(VIDEO_LITERAL, start)) {
          type = T.VIDEO_TAG;
          length = VIDEO_LITERAL.length;
        }
        break;
      case 86: // V
        if (this.startsWith('Vote:', start)) {
          type = T.VOTE;
          length = 5;
        }
        break;
      case 65: // A
        if (this.startsWith('Authors:', start)) {
          type = T.AUTHORS;
          length = 8;
        }
        break;
      case 45: // -
        if (this.startsWith('- ', start)) {
          type = T.BULLET;
          length = 2;
          mode = BULLET_START;
        }
        break;
      default:
        this.mode = REST;
        return this.emit(T.LINE_TEXT, start, this.lineEnd(start));
    }
    this.mode = mode;
    return this.emit(type, start, start + length);
  }

  /**
   * Where the first line that is not blank starts, from the start of a line at i: a player's
   * marker may follow the link's line end and any blank lines ([ \t]* NEWLINE), but no blanks
   * on its own line.
   */
  afterBlankLines(i) {
    const text = this.text;
    let lineStart = i;
    for (let k = i; k < this.end; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) {
        lineStart = k + 1;
      } else if (c !== 32 && c !== 9) {
        break;
      }
    }
    return lineStart;
  }

  startsWith(literal, at) {
    return at + literal.length <= this.end && this.text.startsWith(literal, at);
  }

  /** The index after the line end ('\r\n', '\r' or '\n') at i. */
  newlineEnd(i) {
    return this.text.charCodeAt(i) === 13 && i + 1 < this.end && this.text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }

  lineEndToken(type, start) {
    this.mode = DEFAULT_MODE;
    return this.emit(type, start, this.newlineEnd(start));
  }

  /** The index of the next '\r' or '\n' at or after from, or the end. */
  lineEnd(from) {
    let next = this.nextNewline;
    if (next !== -1 && next < from) {
      const text = this.text;
      const end = this.end;
      next = -1;
      for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          next = i;
          break;
        }
      }
      this.nextNewline = next;
    }
    return next < 0 ? this.end : next;
  }

  titleTextEnd(from) {
    const lineEnd = this.lineEnd(from);
    let bracket = this.nextBracket;
    if (bracket !== -1 && bracket < from) {
      bracket = this.text.indexOf(']', from);
      this.nextBracket = bracket;
    }
    return bracket < 0 || bracket > lineEnd ? lineEnd : bracket;
  }

  /** The end of a label at start (a '*'), or -1: the label's text ends at its first '*'. */
  labelEnd(start) {
    let stars;
    if (this.startsWith('***', start)) {
      stars = 3;
    } else if (this.startsWith('**', start)) {
      stars = 2;
    } else {
      return -1;
    }
    let i = start + stars;
    while (i < this.end) {
      const c = this.text.charCodeAt(i);
      if (c === 42 || c === 10 || c === 13) {
        break;
      }
      i++;
    }
    if (i === start + stars) {
      return -1;
    }
    const closing = stars === 3 ? '***:' : '**:';
    return this.startsWith(closing, i) ? i + closing.length : -1;
  }

  /** Emits [start, stop) and moves line and column past it as the ANTLR lexer does. */
  emit(type, start, stop) {
    const token = new antlr4.CommonToken(this.sourcePair, type, antlr4.Token.DEFAULT_CHANNEL, start, stop - 1);
    this.pos = stop;
    if (type === T.EOL || type === T.BLANK_LINE || type === T.PLAYER) {
      const text = this.text;
      for (let i = start; i < stop; i++) {
        if (text.charCodeAt(i) === 10) {
          this.line++;
          this.column = 0;
        } else {
          this.column++;
        }
      }
    } else {
      this.column += stop - start;
    }
    return token;
  }
}
