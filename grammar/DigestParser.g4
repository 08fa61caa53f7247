/*
 * Daily Papers digest: parser grammar.
 *
 * The format: docs/format.md. How to reuse this grammar from other languages, and the
 * language-neutral conformance suite every reader passes: grammar/README.md.
 *
 * The parse tree is the document: a digest holds its stray lines, then editions and README
 * blocks in document order; an edition holds its heading, its stray lines and its papers; a
 * paper holds its heading, its header lines and its sections; a section holds its bullet and
 * its continuation lines. What a grammar cannot say (whether a date is a calendar date, a vote
 * a number, which of two vote lines counts, how an author list splits) is left to the reader
 * of the tree, which also reports every diagnostic.
 *
 * The grammar is total: no input is a syntax error, in any target. Every line rule starts with
 * a token of its own and everything after that token is optional; a line's end (EOL) is
 * optional because the last line of an input may have none. Every decision needs one token of
 * lookahead and none is ambiguous (checked on every example by GrammarExamplesTest).
 */
parser grammar DigestParser;

options { tokenVocab = DigestLexer; }

// ---- The document -----------------------------------------------------------------------

// Lines before the first heading fit nowhere; papers before any date heading form an edition
// without a date.
digest         : (strayLine | BLANK_LINE)* undatedEdition? (edition | readmeBlock)* EOF ;

undatedEdition : paper+ ;

// "## Daily Papers (2025-03-14)", then lines that fit nowhere, then papers.
edition        : editionHeading (strayLine | BLANK_LINE)* paper* ;

// Any other level-1 or level-2 heading, and every line up to the next one or the next date
// heading, raw: paper headings included.
readmeBlock    : (heading1 | heading2) (readmeLine | BLANK_LINE)* ;
readmeLine     : paperHeading | bulletLine | plainLine ;

// "### [title](url)", header lines in any order (a repeated one stays in the tree; the reader
// decides which counts), lines that are not header lines, then the summary.
paper          : paperHeading (paperHeader | textLine | BLANK_LINE)* section* ;
paperHeader    : media | voteLine | authorsLine ;
media          : imageLine | videoLinkLine | videoTagLine ;

// "- ***Label***: text", "- **Label**: text" or "- text"; every following line that starts no
// bullet, paper or heading continues it.
section        : bulletLine (continuationLine | BLANK_LINE)* ;
continuationLine : plainLine ;

// A line outside any paper or README block.
strayLine      : bulletLine | plainLine ;

// Every line that is neither a heading nor a bullet.
plainLine      : imageLine | videoLinkLine | videoTagLine | voteLine | authorsLine | textLine ;

// ---- Lines ------------------------------------------------------------------------------

editionHeading : EDITION_OPEN TEXT* EOL? ;                 // ## Daily Papers (2025-03-14)
heading2       : H2 TEXT* EOL? ;                           // ## License, ## Citation, ...
heading1       : H1 TEXT* EOL? ;                           // # Daily Papers
paperHeading   : PAPER_OPEN (TEXT | LINK_SEP)* EOL? ;      // ### [title](url): the last LINK_SEP ends the title
imageLine      : IMAGE_OPEN TEXT* EOL? ;                   // ![](url)
videoLinkLine  : WATCH_VIDEO TEXT* (EOL | playerLine)? ;   // [Watch Video](url) or [Watch Video]url
playerLine     : PLAYER TEXT* EOL? ;                       // its <div><video ...> line (PLAYER holds the line end and blank lines before it)
videoTagLine   : VIDEO_TAG TEXT* EOL? ;                    // <video src='url'></video>
voteLine       : VOTE TEXT* EOL? ;                         // Vote: 17, Vote: -
authorsLine    : AUTHORS TEXT* EOL? ;                      // Authors: A, B or Authors: ['A', "B'C"]
bulletLine     : BULLET LABEL? TEXT* EOL? ;                // - ***What's New***: ..., - a point
textLine       : (LINE_TEXT | MARKER_CHAR TEXT?) EOL? ;    // anything else
