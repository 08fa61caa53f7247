// Character rules and positions shared by the readers, ported from the Java library.

/**
 * Java's Character.isWhitespace for one UTF-16 unit: Unicode space separators except the
 * no-break ones (U+00A0, U+2007, U+202F), line and paragraph separators, and the ASCII
 * controls \t \n \u000B \f \r \u001C-\u001F. Java trims with it; JS's trim() differs.
 */
export function isWhitespace(c) {
  if (c <= 0x20) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  }
  if (c < 0x1680) {
    return false;
  }
  return c === 0x1680 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000;
}

/** The index after the last non-whitespace char of [start, end). */
export function trimEnd(text, start, end) {
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

/** The index of the first non-whitespace char of [i, end), or end. */
export function skipSpaces(text, i, end) {
  while (i < end && isWhitespace(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** Index of needle in [from, end) of text, or -1. */
export function indexOfIn(text, needle, from, end) {
  const found = text.indexOf(needle, from);
  return found < 0 || found + needle.length > end ? -1 : found;
}

/**
 * Turns UTF-16 indexes into 1-based lines and columns (columns count code points), with the
 * format's line-end rule: '\r\n', a lone '\r' or '\n' (Java's SourceText).
 */
export class SourceText {
  constructor(text) {
    this.text = text;
    const starts = [0];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
      } else if (c === 13) {
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
          i++;
        }
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    this.hasSurrogates = /[\uD800-\uDFFF]/.test(text);
    this.lastLine = 1;
  }

  /** The 1-based line that contains the index. */
  lineOf(offset) {
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (offset >= starts[line - 1] && (line === starts.length || offset < starts[line])) {
      return line;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    line = lo + 1;
    this.lastLine = line;
    return line;
  }

  /** The 1-based column, in code points, of the index on its line. */
  columnOf(offset, line) {
    const lineStart = this.lineStarts[line - 1];
    if (!this.hasSurrogates) {
      return offset - lineStart + 1;
    }
    let column = 1;
    const text = this.text;
    for (let i = lineStart; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
        }
      }
      column++;
    }
    return column;
  }

  /** { line, column } of an index. */
  position(offset) {
    const line = this.lineOf(offset);
    return { line, column: this.columnOf(offset, line) };
  }
}
