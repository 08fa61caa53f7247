// Diagnostic codes, their severities and messages, as in the Java library
// (model/DiagnosticCode.java; the messages are those of the internal readers). One function per
// diagnostic: adding a code is one entry in SEVERITIES and one small function here.

/** Every code with its severity (docs/diagnostics.md). */
export const SEVERITIES = Object.freeze({
  INVALID_DATE: 'ERROR',
  PAPER_OUTSIDE_EDITION: 'WARNING',
  MALFORMED_PAPER_HEADING: 'ERROR',
  VIDEO_LINK_WITHOUT_PARENS: 'WARNING',
  VOTE_PLACEHOLDER: 'WARNING',
  INVALID_VOTE: 'ERROR',
  AUTHOR_PLACEHOLDER: 'WARNING',
  DUPLICATE_AUTHOR: 'WARNING',
  EMPTY_AUTHOR: 'WARNING',
  MALFORMED_AUTHOR_LIST: 'WARNING',
  MALFORMED_LABEL: 'WARNING',
  UNRECOGNISED_LINE: 'ERROR',
  INVALID_UTF8: 'ERROR',
  INPUT_TOO_LARGE: 'ERROR',
  NOT_TEXT: 'ERROR',
  VIDEO_URL_MISMATCH: 'WARNING',
  VIDEO_TAG_EXTRA_TEXT: 'WARNING',
  IMAGE_ALT_TEXT: 'WARNING',
});

/** Collects the diagnostics of one parse, at String indexes; sorted by position at the end. */
export class Diagnostics {
  constructor() {
    this.found = [];
  }

  /** Reports code at the index start (the end is kept for callers that want the span). */
  report(code, message, start, end) {
    this.found.push({ code, message, start, end: Math.max(start, end) });
  }

  /** The diagnostics in document order (stable for those at the same position), as JSON objects. */
  toJson(source) {
    const sorted = this.found.slice().sort((a, b) => a.start - b.start);
    return sorted.map((d) => {
      const { line, column } = source.position(d.start);
      return { severity: SEVERITIES[d.code], code: d.code, line, column, message: d.message };
    });
  }

  invalidUtf8(start, end) {
    this.report('INVALID_UTF8', 'bytes that are not valid UTF-8 were replaced by U+FFFD', start, end);
  }

  notACalendarDate(date, start, end) {
    this.report('INVALID_DATE', `'${date}' is not a calendar date`, start, end);
  }

  malformedDateHeading(start, end) {
    this.report('INVALID_DATE', "date heading should be '## Daily Papers (YYYY-MM-DD)'", start, end);
  }

  paperOutsideEdition(start, end) {
    this.report('PAPER_OUTSIDE_EDITION',
      "paper before any '## Daily Papers (YYYY-MM-DD)' heading; it goes to an edition without a date", start, end);
  }

  paperHeadingWithoutLink(start, end) {
    this.report('MALFORMED_PAPER_HEADING', "paper heading has no '](url)' link; the URL is empty", start, end);
  }

  paperLinkNotClosed(start, end) {
    this.report('MALFORMED_PAPER_HEADING', "paper link is not closed with ')'; the URL runs to the end of the line",
      start, end);
  }

  videoLinkWithoutParens(start, end) {
    this.report('VIDEO_LINK_WITHOUT_PARENS', 'video link without parentheses around its URL', start, end);
  }

  votePlaceholder(start, end) {
    this.report('VOTE_PLACEHOLDER', "vote count is a placeholder '-': unknown", start, end);
  }

  invalidVote(value, start, end) {
    this.report('INVALID_VOTE', `vote count should be a number or '-', not '${value}'`, start, end);
  }

  malformedAuthorList(start, end) {
    this.report('MALFORMED_AUTHOR_LIST', 'authors look like a Python list but are not one; split on commas instead',
      start, end);
  }

  emptyAuthor(start, end) {
    this.report('EMPTY_AUTHOR', 'empty author dropped', start, end);
  }

  authorPlaceholder(start, end) {
    this.report('AUTHOR_PLACEHOLDER', "'+' placeholder for more authors dropped", start, end);
  }

  duplicateAuthor(name, start, end) {
    this.report('DUPLICATE_AUTHOR', `author '${name}' listed again; only the first is kept`, start, end);
  }

  malformedLabel(start, end) {
    this.report('MALFORMED_LABEL',
      "bullet starts like a section label but is not '***Label***:' or '**Label**:'; kept as text", start, end);
  }

  videoUrlMismatch(start, end) {
    this.report('VIDEO_URL_MISMATCH', "the player's URL differs from its video link's URL; the link's URL is kept",
      start, end);
  }

  videoTagExtraText(start, end) {
    this.report('VIDEO_TAG_EXTRA_TEXT', 'text in the video tag line is neither the tag nor its URL; it is ignored',
      start, end);
  }

  imageAltText(start, end) {
    this.report('IMAGE_ALT_TEXT', "the image's alt text is not part of the model; it is ignored", start, end);
  }

  /** suspect: the control and replacement chars among the first sample chars (see notText). */
  notText(suspect, sample, start, end) {
    this.report('NOT_TEXT', `input is not text: ${suspect} of its first ${sample} characters are control characters`
      + ' or invalid UTF-8; nothing of it was parsed', start, end);
  }

  unrecognisedLine(why, start, end) {
    this.report('UNRECOGNISED_LINE', why, start, end);
  }
}

/** How many chars at the start of the input the not-text check looks at (Java's NotText.SAMPLE). */
const NOT_TEXT_SAMPLE = 4096;
/** Fewer suspect chars than this never make an input binary (NotText.MIN_SUSPECT). */
const NOT_TEXT_MIN_SUSPECT = 8;

/**
 * Java's NotText rule (docs/diagnostics.md, "Not text"): among the first 4096 chars, count the
 * C0 controls other than tab, LF, VT, FF and CR, and DEL (controls) and the U+FFFD chars
 * (replacements). The input is not text when it has a control, and controls and replacements
 * number at least 8 and at least a quarter of the sample.
 *
 * @param {string} text the decoded input, as Java sees it (with a leading U+FEFF, if any)
 * @returns {{suspect: number, sample: number} | null} the counts for the message, or null if text
 */
export function notText(text) {
  const sample = Math.min(NOT_TEXT_SAMPLE, text.length);
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f) {
      controls++;
    } else if (c === 0xfffd) {
      replacements++;
    }
  }
  const suspect = controls + replacements;
  if (controls === 0 || suspect < NOT_TEXT_MIN_SUSPECT || 4 * suspect < sample) {
    return null;
  }
  return { suspect, sample };
}

/** Why a line is unrecognised (the message of UNRECOGNISED_LINE). */
export const UNRECOGNISED = Object.freeze({
  beforeAnyHeading: 'line before any heading fits nowhere',
  beforeFirstPaper: 'line between the date heading and the first paper fits nowhere',
  secondVote: 'a second vote line in this paper; the first one counts',
  secondAuthors: 'a second authors line in this paper; the first one counts',
  mediaWithoutUrl: 'media line without a readable URL',
  secondMedia: 'a second media line in this paper; the first one counts',
  notAHeader: "text before the paper's first bullet is neither media, vote nor authors",
});
