// What a grammar cannot say, ported from the Java library (internal/HeaderLineReader,
// AuthorListReader, ArxivIds, SectionLabels): dates, paper links, media URLs, votes, author
// lists, label kinds and arXiv ids. Positions are UTF-16 indexes into the whole text; every
// function reads [start, end) of one line and reports to a Diagnostics.

import { indexOfIn, isWhitespace, skipSpaces, trimEnd } from './text.mjs';

const isDigit = (c) => c >= 48 && c <= 57;

// ---- HeaderLineReader ----------------------------------------------------------------------

/** The date of '## Daily Papers (YYYY-MM-DD)' as 'YYYY-MM-DD', or null with a diagnostic. */
export function editionDate(text, line, diagnostics) {
  const from = line.contentStart;
  const to = trimEnd(text, from, line.end);
  if (to - from === 11 && text.charCodeAt(to - 1) === 41 /* ) */ && isDate(text, from)) {
    const year = Number(text.slice(from, from + 4));
    const month = Number(text.slice(from + 5, from + 7));
    const day = Number(text.slice(from + 8, from + 10));
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return text.slice(from, from + 10);
    }
    diagnostics.notACalendarDate(text.slice(from, from + 10), from, from + 10);
    return null;
  }
  diagnostics.malformedDateHeading(line.start, line.end);
  return null;
}

function isDate(text, at) {
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(at + i);
    if (!(i === 4 || i === 7 ? c === 45 : isDigit(c))) {
      return false;
    }
  }
  return true;
}

/** Days in a month of the proleptic Gregorian calendar (java.time.LocalDate). */
function daysInMonth(year, month) {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** '### [title](url)': the title runs to the last '](' (line.lastLinkSep, from the tree). */
export function paperHeading(text, line, diagnostics) {
  const titleStart = line.contentStart;
  const end = trimEnd(text, titleStart, line.end);
  if (line.lastLinkSep < 0) {
    const titleEnd = end > titleStart && text.charCodeAt(end - 1) === 93 /* ] */ ? end - 1 : end;
    diagnostics.paperHeadingWithoutLink(line.start, line.end);
    return { title: text.slice(titleStart, titleEnd), url: '' };
  }
  const title = text.slice(titleStart, line.lastLinkSep);
  const urlStart = line.lastLinkSep + 2;
  if (end > urlStart && text.charCodeAt(end - 1) === 41 /* ) */) {
    return { title, url: text.slice(urlStart, end - 1) };
  }
  diagnostics.paperLinkNotClosed(urlStart, line.end);
  return { title, url: text.slice(urlStart, Math.max(urlStart, end)) };
}

/**
 * '![alt](url)': { type: 'image', url }, or null if the line has no '(url)'. Alt text is no part
 * of the model: it is reported (IMAGE_ALT_TEXT), trimmed.
 */
export function image(text, line, diagnostics) {
  const end = trimEnd(text, line.contentStart, line.end);
  const sep = indexOfIn(text, '](', line.contentStart, end);
  if (sep < 0 || text.charCodeAt(end - 1) !== 41 || end - 1 < sep + 2) {
    return null;
  }
  const altStart = skipSpaces(text, line.contentStart, sep);
  if (altStart < sep) {
    diagnostics.imageAltText(altStart, trimEnd(text, altStart, sep));
  }
  return { type: 'image', url: text.slice(sep + 2, end - 1) };
}

/** '[Watch Video](url)', or the generator's '[Watch Video]url' with a diagnostic; null if no URL. */
export function videoLink(text, line, diagnostics) {
  const from = line.contentStart;
  const end = trimEnd(text, from, line.end);
  if (end > from + 1 && text.charCodeAt(from) === 40 && text.charCodeAt(end - 1) === 41) {
    return { type: 'video', url: text.slice(from + 1, end - 1) };
  }
  const urlStart = skipSpaces(text, from, end);
  if (urlStart === end) {
    return null;
  }
  diagnostics.videoLinkWithoutParens(line.start, line.end);
  return { type: 'video', url: text.slice(urlStart, end) };
}

/** The src of a '<video>' tag ({type, url, urlStart, urlEnd}), or null if it has none. */
export function videoTag(text, line) {
  const src = indexOfIn(text, 'src=', line.contentStart, line.end);
  if (src < 0 || src + 4 >= line.end) {
    return null;
  }
  const quote = text.charCodeAt(src + 4);
  let valueStart = src + 5;
  let valueEnd;
  if (quote === 34 || quote === 39) {
    valueEnd = indexOfIn(text, text[src + 4], valueStart, line.end);
    if (valueEnd < 0) {
      return null;
    }
  } else {
    valueStart = src + 4;
    valueEnd = valueStart;
    while (valueEnd < line.end && ' >\t'.indexOf(text[valueEnd]) < 0) {
      valueEnd++;
    }
  }
  return { type: 'video', url: text.slice(valueStart, valueEnd), urlStart: valueStart, urlEnd: valueEnd };
}

/** 'Vote: 17': the number, or null ('Vote: -' and invalid values, with a diagnostic). */
export function votes(text, line, diagnostics) {
  const from = skipSpaces(text, line.contentStart, line.end);
  const to = trimEnd(text, from, line.end);
  if (to - from === 1 && text.charCodeAt(from) === 45) {
    diagnostics.votePlaceholder(line.start, line.end);
    return null;
  }
  let value = 0;
  let valid = to > from && to - from <= 10;
  for (let i = from; valid && i < to; i++) {
    const c = text.charCodeAt(i);
    valid = isDigit(c);
    value = value * 10 + (c - 48);
  }
  if (valid && value <= 2147483647) {
    return value;
  }
  diagnostics.invalidVote(text.slice(from, to), line.start, line.end);
  return null;
}

// ---- AuthorListReader -------------------------------------------------------------------------

/** The names of an 'Authors:' value at [start, end): a plain list or a Python list literal. */
export function authors(text, start, end, diagnostics) {
  const from = skipSpaces(text, start, end);
  const to = trimEnd(text, from, end);
  if (from >= to) {
    return [];
  }
  let items;
  if (text.charCodeAt(from) === 91 && text.charCodeAt(to - 1) === 93) {
    items = readPythonList(text, from + 1, to - 1);
    if (items === null) {
      diagnostics.malformedAuthorList(from, to);
      items = splitPlain(text, from + 1, to - 1, true);
    }
  } else {
    items = splitPlain(text, from, to, false);
  }
  const names = [];
  const seen = new Set();
  for (const item of items) {
    if (item.name === '') {
      diagnostics.emptyAuthor(item.start, item.end);
    } else if (item.name === '+') {
      diagnostics.authorPlaceholder(item.start, item.end);
    } else if (seen.has(item.name)) {
      diagnostics.duplicateAuthor(item.name, item.start, item.end);
    } else {
      seen.add(item.name);
      names.push(item.name);
    }
  }
  return names;
}

const isQuote = (c) => c === 39 || c === 34;

function splitPlain(text, start, end, unquote) {
  const items = [];
  let itemStart = start;
  for (;;) {
    const itemEnd = separatorAt(text, itemStart, end);
    const a = skipSpaces(text, itemStart, itemEnd);
    const b = trimEnd(text, a, itemEnd);
    if (unquote && b - a >= 2 && isQuote(text.charCodeAt(a)) && text.charCodeAt(b - 1) === text.charCodeAt(a)) {
      items.push({ name: text.slice(a + 1, b - 1), start: a, end: b });
    } else {
      items.push({ name: text.slice(a, b), start: a, end: b });
    }
    if (itemEnd === end) {
      return items;
    }
    itemStart = itemEnd + 2;
  }
}

function separatorAt(text, from, end) {
  for (let i = from; i + 1 < end; i++) {
    if (text.charCodeAt(i) === 44 && text.charCodeAt(i + 1) === 32) {
      return i;
    }
  }
  return end;
}

/** The inside of a Python list of string literals, or null if it is not one. */
function readPythonList(text, start, end) {
  const items = [];
  let i = skipSpaces(text, start, end);
  if (i === end) {
    return items;
  }
  for (;;) {
    if (i >= end || !isQuote(text.charCodeAt(i))) {
      return null;
    }
    const quote = text.charCodeAt(i);
    const literalStart = i;
    let name = '';
    i++;
    let closed = false;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 92 && i + 1 < end) {
        const next = text.charCodeAt(i + 1);
        name += next === 92 || next === 39 || next === 34 ? text[i + 1] : text.slice(i, i + 2);
        i += 2;
      } else if (c === quote) {
        closed = true;
        i++;
        break;
      } else {
        name += text[i];
        i++;
      }
    }
    if (!closed) {
      return null;
    }
    items.push({ name, start: literalStart, end: i });
    i = skipSpaces(text, i, end);
    if (i === end) {
      return items;
    }
    if (text.charCodeAt(i) !== 44) {
      return null;
    }
    i = skipSpaces(text, i + 1, end);
    if (i === end) {
      return items; // a trailing comma, as Python allows
    }
  }
}

// ---- SectionLabels ----------------------------------------------------------------------------

/** The label inside the '***Label***:' or '**Label**:' token at [from, to). */
export function labelOf(text, from, to) {
  const stars = text.startsWith('***', from) ? 3 : 2;
  return text.slice(from + stars, to - stars - 1);
}

const KINDS = [
  ["what's new", 'WHATS_NEW'],
  ['technical details', 'TECHNICAL_DETAILS'],
  ['performance highlights', 'PERFORMANCE_HIGHLIGHTS'],
];

/** A label's kind: the standard labels in any ASCII case, curly or straight apostrophe, trimmed. */
export function kindOf(label) {
  let from = 0;
  let to = label.length;
  while (from < to && isWhitespace(label.charCodeAt(from))) {
    from++;
  }
  while (to > from && isWhitespace(label.charCodeAt(to - 1))) {
    to--;
  }
  for (const [key, kind] of KINDS) {
    if (matches(label, from, to, key)) {
      return kind;
    }
  }
  return 'OTHER';
}

function matches(label, from, to, key) {
  if (to - from !== key.length) {
    return false;
  }
  for (let i = 0; i < key.length; i++) {
    let c = label.charCodeAt(from + i);
    if (c === 0x2019) {
      c = 39;
    } else if (c >= 0x80) {
      return false;
    } else if (c >= 65 && c <= 90) {
      c += 32;
    }
    if (c !== key.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}

/** Whether an unlabeled bullet's text at [from, to) looks like a label that went wrong. */
export function looksLikeBrokenLabel(text, from, to) {
  const window = Math.min(to, from + 120);
  if (window - from >= 3 && text.startsWith('***', from)) {
    return true;
  }
  if (window - from < 2 || !text.startsWith('**', from)) {
    return false;
  }
  for (let i = from; i + 1 < window; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if ((c === 42 && next === 58) || (c === 58 && next === 42)) {
      return true;
    }
  }
  return false;
}

// ---- ArxivIds ---------------------------------------------------------------------------------

/** The new-style arXiv id (YYMM.NNNNN, optional vN) of an abs/pdf/papers URL, or null. */
export function arxivIdFromUrl(url) {
  let pathEnd = url.length;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 || c === 35) {
      pathEnd = i;
      break;
    }
  }
  while (pathEnd > 0 && url.charCodeAt(pathEnd - 1) === 47) {
    pathEnd--;
  }
  const slash = pathEnd === 0 ? -1 : url.lastIndexOf('/', pathEnd - 1);
  if (slash < 0) {
    return null;
  }
  const lastStart = slash + 1;
  let lastEnd = pathEnd;
  if (lastEnd - lastStart >= 4 && url.startsWith('.pdf', lastEnd - 4)) {
    lastEnd -= 4;
  }
  // Java's lastIndexOf('/', -1) is -1: a URL starting with its slash has an empty parent.
  const parentStart = slash === 0 ? 0 : url.lastIndexOf('/', slash - 1) + 1;
  const parent = url.slice(parentStart, slash);
  if (parent !== 'abs' && parent !== 'pdf' && parent !== 'papers') {
    return null;
  }
  return isNewStyleId(url, lastStart, lastEnd) ? url.slice(lastStart, lastEnd) : null;
}

function isNewStyleId(s, from, n) {
  let i = from;
  for (; i < from + 4; i++) {
    if (i >= n || !isDigit(s.charCodeAt(i))) {
      return false;
    }
  }
  if (i >= n || s.charCodeAt(i++) !== 46) {
    return false;
  }
  let digits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (digits < 4 || digits > 5) {
    return false;
  }
  if (i === n) {
    return true;
  }
  if (s.charCodeAt(i++) !== 118 || i === n) {
    return false;
  }
  while (i < n) {
    if (!isDigit(s.charCodeAt(i++))) {
      return false;
    }
  }
  return true;
}
