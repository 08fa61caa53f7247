// Reads a digest into the object that the Java CLI writes as JSON (`digest parse --json`),
// without glosses. Structure comes from the grammar's tree: each edition, README block, paper
// and section is a node, visited in document order. What a grammar cannot say is ported from
// the Java library: values (./values.mjs), which repeated header line counts, and every
// diagnostic (./diagnostics.mjs).

import { Diagnostics, notText, UNRECOGNISED } from './diagnostics.mjs';
import { DigestParser as P, parseTree } from './parse-tree.mjs';
import { indexOfIn, skipSpaces, SourceText, trimEnd } from './text.mjs';
import { decodeUtf8 } from './utf8.mjs';
import * as values from './values.mjs';

/** The JSON contract's version (docs/cli.md). */
export const SCHEMA_VERSION = 1;

const LINE_KINDS = new Map([
  [P.RULE_editionHeading, 'EDITION_HEADING'],
  [P.RULE_heading2, 'HEADING_2'],
  [P.RULE_heading1, 'HEADING_1'],
  [P.RULE_paperHeading, 'PAPER_HEADING'],
  [P.RULE_imageLine, 'IMAGE'],
  [P.RULE_videoLinkLine, 'VIDEO_LINK'],
  [P.RULE_videoTagLine, 'VIDEO_TAG'],
  [P.RULE_voteLine, 'VOTE'],
  [P.RULE_authorsLine, 'AUTHORS'],
  [P.RULE_bulletLine, 'BULLET'],
  [P.RULE_textLine, 'TEXT'],
]);

const isToken = (node) => node.symbol !== undefined;

/**
 * One line of the tree, as String indexes: [start, end) without the line end; contentStart
 * after its marker token; lastLinkSep (paper headings) and labelEnd (labeled bullets), or -1.
 */
function lineOf(ctx, kind) {
  const children = ctx.children;
  const marker = children[0].symbol;
  let end;
  let lastLinkSep = -1;
  let labelEnd = -1;
  for (const child of children) {
    if (!isToken(child)) {
      break; // a video link's player line: the link line ends where the PLAYER token starts
    }
    const token = child.symbol;
    if (token.type === P.EOL) {
      break;
    }
    end = token.stop + 1;
    if (token.type === P.LINK_SEP) {
      lastLinkSep = token.start;
    } else if (token.type === P.LABEL) {
      labelEnd = token.stop + 1;
    }
  }
  return { kind, start: marker.start, end, contentStart: marker.stop + 1, lastLinkSep, labelEnd, player: false };
}

/**
 * The player line of a video link: its PLAYER token holds the link's line end, any blank lines
 * before the player, and then the player's marker.
 */
function playerLineOf(ctx) {
  const player = ctx.children[0].symbol;
  const text = player.getInputStream().strdata;
  let lineStart = player.start;
  for (let i = player.start; i <= player.stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = i + 1;
    }
  }
  let end = player.stop + 1;
  for (let i = 1; i < ctx.children.length; i++) {
    const token = ctx.children[i].symbol;
    if (token.type === P.EOL) {
      break;
    }
    end = token.stop + 1;
  }
  return {
    kind: 'VIDEO_TAG', start: lineStart, end, contentStart: player.stop + 1,
    lastLinkSep: -1, labelEnd: -1, player: true,
  };
}

/** The lines under a node (a wrapper rule such as strayLine, or a line rule), in order. */
function linesUnder(ctx, out = []) {
  const kind = LINE_KINDS.get(ctx.ruleIndex);
  if (kind === undefined) {
    for (const child of ctx.children) {
      if (!isToken(child)) {
        linesUnder(child, out);
      }
    }
    return out;
  }
  out.push(lineOf(ctx, kind));
  if (kind === 'VIDEO_LINK') {
    const last = ctx.children[ctx.children.length - 1];
    if (!isToken(last)) {
      out.push(playerLineOf(last));
    }
  }
  return out;
}

/** Builds the JSON object of one text from its tree. */
class ModelReader {
  constructor(text, diagnostics) {
    this.text = text;
    this.diagnostics = diagnostics;
    this.editions = [];
    this.blocks = [];
    this.unrecognised = [];
  }

  /** One child rule of the digest node (its BLANK_LINE and EOF tokens say nothing). */
  topLevel(child) {
    switch (child.ruleIndex) {
      case P.RULE_strayLine:
        this.unrecognisedLines(child, UNRECOGNISED.beforeAnyHeading);
        break;
      case P.RULE_undatedEdition:
        this.undatedEdition(child);
        break;
      case P.RULE_edition:
        this.edition(child);
        break;
      case P.RULE_readmeBlock:
        this.readmeBlock(child);
        break;
      default:
        throw new Error(`grammar and reader disagree: rule ${child.ruleIndex} under digest`);
    }
  }

  unrecognisedLines(ctx, why) {
    for (const line of linesUnder(ctx)) {
      this.diagnostics.unrecognisedLine(why, line.start, line.end);
      this.unrecognised.push(line);
    }
  }

  undatedEdition(ctx) {
    const edition = { date: null, heading: '', line: ctx.children[0].start.start, papers: [] };
    ctx.children.forEach((paper, i) => {
      if (i === 0) {
        const heading = linesUnder(paper.children[0])[0];
        this.diagnostics.paperOutsideEdition(heading.start, heading.end);
      }
      edition.papers.push(this.paper(paper));
    });
    this.editions.push(edition);
  }

  edition(ctx) {
    const headingLine = linesUnder(ctx.children[0])[0];
    const heading = this.headingText(headingLine, 3);
    const date = values.editionDate(this.text, headingLine, this.diagnostics);
    const edition = { date, heading, line: headingLine.start, papers: [] };
    for (let i = 1; i < ctx.children.length; i++) {
      const child = ctx.children[i];
      if (isToken(child)) {
        continue;
      }
      if (child.ruleIndex === P.RULE_paper) {
        edition.papers.push(this.paper(child));
      } else {
        this.unrecognisedLines(child, UNRECOGNISED.beforeFirstPaper);
      }
    }
    this.editions.push(edition);
  }

  readmeBlock(ctx) {
    const headingLine = linesUnder(ctx.children[0])[0];
    const level = headingLine.kind === 'HEADING_1' ? 1 : 2;
    let contentStart = -1;
    let end = -1;
    for (let i = 1; i < ctx.children.length; i++) {
      const child = ctx.children[i];
      if (isToken(child)) {
        continue; // blank lines count only between other lines
      }
      for (const line of linesUnder(child)) {
        if (contentStart < 0) {
          contentStart = line.start;
        }
        end = line.end;
      }
    }
    const markdown = contentStart < 0 ? '' : normaliseLineEnds(this.text.slice(contentStart, end));
    this.blocks.push({ heading: this.headingText(headingLine, level + 1), level, line: headingLine.start, markdown });
  }

  /** A heading after its '#' marks and one space, without trailing whitespace. */
  headingText(line, markerLength) {
    const from = line.start + markerLength;
    return this.text.slice(from, trimEnd(this.text, from, line.end));
  }

  paper(ctx) {
    const header = new PaperHeaders(this.text, this.diagnostics, this.unrecognised);
    const headingLine = linesUnder(ctx.children[0])[0];
    const { title, url } = values.paperHeading(this.text, headingLine, this.diagnostics);
    const sections = [];
    for (let i = 1; i < ctx.children.length; i++) {
      const child = ctx.children[i];
      if (isToken(child)) {
        continue; // a blank line (those between a video link and its player are in its PLAYER token)
      }
      if (child.ruleIndex === P.RULE_section) {
        sections.push(this.section(child));
      } else {
        for (const line of linesUnder(child)) {
          header.accept(line);
        }
      }
    }
    return {
      title,
      url,
      arxivId: values.arxivIdFromUrl(url),
      media: header.media === null ? null : { type: header.media.type, url: header.media.url },
      votes: header.votes,
      authors: header.authors,
      sections,
      line: headingLine.start,
    };
  }

  section(ctx) {
    const text = this.text;
    const bullet = linesUnder(ctx.children[0])[0];
    let label = null;
    let kind = 'POINT';
    let textStart;
    if (bullet.labelEnd >= 0) {
      label = values.labelOf(text, bullet.contentStart, bullet.labelEnd);
      kind = values.kindOf(label);
      textStart = bullet.labelEnd;
      if (textStart < bullet.end && text.charCodeAt(textStart) === 32) {
        textStart++;
      }
    } else {
      textStart = bullet.contentStart;
      if (values.looksLikeBrokenLabel(text, textStart, bullet.end)) {
        this.diagnostics.malformedLabel(textStart, bullet.end);
      }
    }
    let sectionText = text.slice(textStart, bullet.end);
    for (let i = 1; i < ctx.children.length; i++) {
      const child = ctx.children[i];
      if (!isToken(child)) {
        for (const line of linesUnder(child)) {
          sectionText += '\n' + text.slice(line.start, line.end);
        }
      }
    }
    return { kind, label, text: sectionText, line: bullet.start };
  }
}

/**
 * A paper's header lines (Java's PaperAssembler before the first bullet): media, vote and
 * authors are each accepted once, in any order; a video link's player line joins its media;
 * every other line is reported and kept as unrecognised.
 */
class PaperHeaders {
  constructor(text, diagnostics, unrecognised) {
    this.text = text;
    this.diagnostics = diagnostics;
    this.unrecognised = unrecognised;
    this.media = null;
    this.expectingPlayer = false;
    this.voteSeen = false;
    this.votes = null;
    this.authorsSeen = false;
    this.authors = [];
  }

  accept(line) {
    const wasExpectingPlayer = this.expectingPlayer;
    this.expectingPlayer = false;
    const text = this.text;
    switch (line.kind) {
      case 'IMAGE':
        if (this.media === null && this.setMedia(values.image(text, line, this.diagnostics), false)) {
          return;
        }
        break;
      case 'VIDEO_LINK':
        if (this.media === null && this.setMedia(values.videoLink(text, line, this.diagnostics), true)) {
          return;
        }
        break;
      case 'VIDEO_TAG':
        if (wasExpectingPlayer) {
          this.playerJoined(line);
          return;
        }
        if (this.media === null) {
          const tag = values.videoTag(text, line);
          if (this.setMedia(tag, false)) {
            this.checkVideoTagText(line, tag);
            return;
          }
        }
        break;
      case 'VOTE':
        if (!this.voteSeen) {
          this.voteSeen = true;
          this.votes = values.votes(text, line, this.diagnostics);
          return;
        }
        break;
      case 'AUTHORS':
        if (!this.authorsSeen) {
          this.authorsSeen = true;
          this.authors = values.authors(text, line.contentStart, line.end, this.diagnostics);
          return;
        }
        break;
      default:
        break;
    }
    this.diagnostics.unrecognisedLine(this.whyUnrecognised(line.kind), line.start, line.end);
    this.unrecognised.push(line);
  }

  /**
   * The player line of the video link that is the media: it repeats the link's URL, which stays
   * the media's URL; a different URL is reported.
   */
  playerJoined(line) {
    const tag = values.videoTag(this.text, line);
    if (tag !== null) {
      if (tag.url !== this.media.url) {
        this.diagnostics.videoUrlMismatch(tag.urlStart, tag.urlEnd);
      }
      this.checkVideoTagText(line, tag);
    } else {
      // No URL in the player line: all of it is neither the tag nor its URL.
      this.diagnostics.videoTagExtraText(line.start, trimEnd(this.text, line.start, line.end));
    }
  }

  /**
   * Reports text in a video tag (or player) line that is the media which is neither the tag
   * nor its URL (Java's HeaderLineReader.checkVideoTagText): the tag is its marker, attributes
   * without '<' or '>' around the src, then '>', '</video>' and '</div>', each optional from
   * the '>' on.
   */
  checkVideoTagText(line, tag) {
    const text = this.text;
    const isAngle = (i) => {
      const c = text.charCodeAt(i);
      return c === 60 /* < */ || c === 62 /* > */;
    };
    const src = indexOfIn(text, 'src=', line.contentStart, line.end);
    let before = line.contentStart;
    while (before < src && !isAngle(before)) {
      before++;
    }
    if (before < src) {
      this.diagnostics.videoTagExtraText(before, trimEnd(text, before, src));
    }
    const end = trimEnd(text, tag.urlEnd, line.end);
    let at = tag.urlEnd;
    if (at < end && (text[at] === '"' || text[at] === "'") && text[tag.urlStart - 1] === text[at]) {
      at++; // the closing quote
    }
    while (at < end && !isAngle(at)) {
      at++;
    }
    if (at < end && text.charCodeAt(at) === 62) {
      at++;
      if (text.startsWith('</video>', at) && at + 8 <= end) {
        at += 8;
      }
      if (text.startsWith('</div>', at) && at + 6 <= end) {
        at += 6;
      }
      at = skipSpaces(text, at, end);
    }
    if (at < end) {
      this.diagnostics.videoTagExtraText(at, end);
    }
  }

  setMedia(link, player) {
    if (link === null) {
      return false;
    }
    this.media = link;
    this.expectingPlayer = player && link.type === 'video';
    return true;
  }

  whyUnrecognised(kind) {
    switch (kind) {
      case 'VOTE':
        return UNRECOGNISED.secondVote;
      case 'AUTHORS':
        return UNRECOGNISED.secondAuthors;
      case 'IMAGE':
      case 'VIDEO_LINK':
      case 'VIDEO_TAG':
        return this.media === null ? UNRECOGNISED.mediaWithoutUrl : UNRECOGNISED.secondMedia;
      default:
        return UNRECOGNISED.notAHeader;
    }
  }
}

function normaliseLineEnds(s) {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
}

/** Replaces String indexes by lines and columns in the finished object. */
function withPositions(reader, source, sourceText, diagnostics) {
  const at = (offset) => sourceText.lineOf(offset);
  for (const edition of reader.editions) {
    edition.line = at(edition.line);
    for (const paper of edition.papers) {
      paper.line = at(paper.line);
      for (const section of paper.sections) {
        section.line = at(section.line);
      }
    }
  }
  for (const block of reader.blocks) {
    block.line = at(block.line);
  }
  return {
    schema: SCHEMA_VERSION,
    source,
    editions: reader.editions,
    blocks: reader.blocks,
    unrecognisedLines: reader.unrecognised.map((line) => {
      const { line: number, column } = sourceText.position(line.start);
      return { line: number, column, text: reader.text.slice(line.start, line.end) };
    }),
    diagnostics: diagnostics.toJson(sourceText),
  };
}

function read(text, replacements, source, checkText = true) {
  const diagnostics = new Diagnostics();
  // Clearly not text (binary, UTF-16): one NOT_TEXT error spanning the whole input, and nothing
  // else (Java's NotText, which looks at the input with its byte order mark, if any).
  const binary = checkText ? notText(text) : null;
  if (binary !== null) {
    diagnostics.notText(binary.suspect, binary.sample, 0, text.length);
    return {
      schema: SCHEMA_VERSION, source, editions: [], blocks: [], unrecognisedLines: [],
      diagnostics: diagnostics.toJson(new SourceText(text)),
    };
  }
  // A leading byte order mark is not part of the text (nor of the first line's columns).
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (bom) {
    text = text.slice(1);
  }
  reportReplacements(replacements, bom, diagnostics);
  const reader = new ModelReader(text, diagnostics);
  parseTree(text, { onTopLevel: (ctx) => reader.topLevel(ctx) });
  return withPositions(reader, source, new SourceText(text), diagnostics);
}

/** One diagnostic per run of adjacent replacements: random bytes must not flood the list. */
function reportReplacements(replacements, shift, diagnostics) {
  let i = 0;
  while (i < replacements.length) {
    const first = replacements[i];
    let last = first;
    while (i + 1 < replacements.length && replacements[i + 1] === last + 1) {
      last = replacements[++i];
    }
    i++;
    diagnostics.invalidUtf8(first - shift, last + 1 - shift);
  }
}

/**
 * Reads a digest.
 *
 * @param {string} text the digest (a leading U+FEFF is skipped)
 * @param {{source?: string|null, checkText?: boolean}} [options] source: the name written in the
 *     result's `source`; checkText: false reads an input that is clearly not text as text (see
 *     index.d.ts, ParseOptions)
 * @returns {object} the `digest parse --json` object without glosses (index.d.ts: Digest)
 */
export function parseDigest(text, options = {}) {
  if (typeof text !== 'string') {
    throw new TypeError('parseDigest: text must be a string (use parseDigestBytes for bytes)');
  }
  return read(text, [], options.source ?? null, options.checkText ?? true);
}

/**
 * Reads a digest from UTF-8 bytes as the Java CLI does: invalid bytes become U+FFFD, each run
 * of them with an INVALID_UTF8 diagnostic; an input that is clearly not text gets one NOT_TEXT
 * error instead.
 *
 * @param {Uint8Array} bytes the file's bytes
 * @param {{source?: string|null, checkText?: boolean}} [options]
 */
export function parseDigestBytes(bytes, options = {}) {
  const { text, replacements } = decodeUtf8(bytes);
  return read(text, replacements, options.source ?? null, options.checkText ?? true);
}
