// Type declarations of daily-papers-digest (hand-written; see README.md). The shapes are the
// JSON contract of the Java CLI's `digest parse --json` (docs/cli.md,
// docs/schema/digest-v1.schema.json), schema 1, without the sections' glosses.

/** How serious a diagnostic is. */
export type Severity = 'ERROR' | 'WARNING';

/** Every diagnostic code (docs/diagnostics.md). Codes may be added within schema 1. */
export type DiagnosticCode =
  | 'INVALID_DATE'
  | 'PAPER_OUTSIDE_EDITION'
  | 'MALFORMED_PAPER_HEADING'
  | 'VIDEO_LINK_WITHOUT_PARENS'
  | 'VOTE_PLACEHOLDER'
  | 'INVALID_VOTE'
  | 'AUTHOR_PLACEHOLDER'
  | 'DUPLICATE_AUTHOR'
  | 'EMPTY_AUTHOR'
  | 'MALFORMED_AUTHOR_LIST'
  | 'MALFORMED_LABEL'
  | 'UNRECOGNISED_LINE'
  | 'INVALID_UTF8'
  | 'INPUT_TOO_LARGE'
  | 'NOT_TEXT'
  | 'VIDEO_URL_MISMATCH'
  | 'VIDEO_TAG_EXTRA_TEXT'
  | 'IMAGE_ALT_TEXT';

/** A section's kind, from its label: the three standard labels, any other label, or none. */
export type SectionKind = 'WHATS_NEW' | 'TECHNICAL_DETAILS' | 'PERFORMANCE_HIGHLIGHTS' | 'OTHER' | 'POINT';

/** A problem in the input. Lines and columns are 1-based; columns count Unicode code points. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  line: number;
  column: number;
  message: string;
}

/** A paper's image or video. */
export interface Media {
  type: 'image' | 'video';
  url: string;
}

/** One bullet of a paper's summary with its continuation lines (joined with "\n"). */
export interface Section {
  kind: SectionKind;
  /** The label as written ("What's New"); null for an unlabeled point (kind POINT). */
  label: string | null;
  /** The text after the label, exactly as written: no Markdown interpretation, no trimming. */
  text: string;
  /** The line of the bullet. */
  line: number;
}

/** A paper: "### [title](url)", its header lines and its sections. */
export interface Paper {
  title: string;
  /** The link; "" when the heading has none (with a MALFORMED_PAPER_HEADING diagnostic). */
  url: string;
  /** The new-style arXiv id (2503.01234, 2503.01234v2) of an abs/pdf/papers URL, else null. */
  arxivId: string | null;
  media: Media | null;
  /** The vote count; null when unknown ("Vote: -", invalid or absent), never 0 for unknown. */
  votes: number | null;
  /** The authors in order, without "+" placeholders, empty items and repeated names. */
  authors: string[];
  sections: Section[];
  /** The line of the paper heading. */
  line: number;
}

/** A "## Daily Papers (YYYY-MM-DD)" heading and its papers, or the papers before any such heading. */
export interface Edition {
  /** "YYYY-MM-DD"; null for an invalid date, or for papers before any date heading. */
  date: string | null;
  /** The heading without "## " ("Daily Papers (2025-03-14)"); "" for papers before any date heading. */
  heading: string;
  /** The line of the heading (of the first paper, for papers before any date heading). */
  line: number;
  papers: Paper[];
}

/** Any other level-1 or level-2 heading and the raw Markdown up to the next heading. */
export interface ReadmeBlock {
  heading: string;
  level: 1 | 2;
  line: number;
  /** The block's lines from its first to its last non-blank line, with "\n" line ends. */
  markdown: string;
}

/** A line that fits nowhere (each also has an UNRECOGNISED_LINE diagnostic). */
export interface UnrecognisedLine {
  line: number;
  column: number;
  text: string;
}

/** One digest: the `digest parse --json` object without glosses. Key order is the contract's. */
export interface Digest {
  schema: 1;
  /** The name given as options.source (the file as given, for bin/digest.mjs), else null. */
  source: string | null;
  editions: Edition[];
  blocks: ReadmeBlock[];
  unrecognisedLines: UnrecognisedLine[];
  /** In document order. */
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Written into the result's `source`. */
  source?: string | null;
  /**
   * Whether an input that is clearly not text (docs/diagnostics.md, "Not text": a binary or
   * UTF-16 file) is read as nothing but one NOT_TEXT error spanning all of it, as the Java
   * library's `parse` does; default true. false reads it as text, as Java's `stream` does (the
   * Java CLI streams standard input, so `bin/digest.mjs` passes false for `-`).
   */
  checkText?: boolean;
}

/** The JSON contract's version. */
export const SCHEMA_VERSION: 1;

/** The severity of every code. */
export const SEVERITIES: Readonly<Record<DiagnosticCode, Severity>>;

/**
 * Reads a digest. Never throws on any text: bad input gets diagnostics and nothing is dropped.
 * A leading U+FEFF is skipped.
 */
export function parseDigest(text: string, options?: ParseOptions): Digest;

/**
 * Reads a digest from UTF-8 bytes as the Java CLI does: each malformed sequence becomes one
 * U+FFFD (as the JDK decides), each run of them gets an INVALID_UTF8 diagnostic.
 */
export function parseDigestBytes(bytes: Uint8Array, options?: ParseOptions): Digest;

/** UTF-8 decoding as the JDK does it; replacements are the UTF-16 indexes of the U+FFFD it wrote. */
export function decodeUtf8(bytes: Uint8Array): { text: string; replacements: number[] };

/** One compact JSON line (without "\n") exactly as the Java CLI writes it. */
export function toJsonLine(digest: Digest): string;

export interface ParseTreeOptions {
  /** Use the lexer generated from the grammar instead of the hand-written one (same tokens, slower). */
  generatedLexer?: boolean;
}

/**
 * The grammar's parse tree of a text (without its byte order mark): the `digest` context of
 * the parser generated from grammar/DigestParser.g4 by the antlr4 4.13.2 tool, and the parser.
 */
export function parseTree(text: string, options?: ParseTreeOptions): { tree: import('antlr4').ParserRuleContext; parser: import('antlr4').Parser };

/** The parse tree as the conformance suite writes it: toStringTree and one "\n". */
export function treeString(text: string, options?: ParseTreeOptions): string;
