/*
 * Parser for the Daily Papers digest format (see docs/format.md and grammar/README.md).
 *
 * The grammar is total: a document is any sequence of lines and line ends, and every line
 * alternative starts with its own token, with everything after it optional. The tokens that
 * start a line never occur inside one (TEXT, LINK_SEP and LABEL only follow a line-start
 * token), so lines cannot run into each other. So no input is a
 * syntax error, prediction never needs more than one token of lookahead, and what a line
 * means in context (a paper's header line, a continuation, a README block) is decided by the
 * model builder, not by the grammar.
 */
parser grammar DigestParser;

options { tokenVocab = DigestLexer; }

digest : (line | NL)* EOF ;

line
    : editionHeading
    | heading2
    | heading1
    | paperHeading
    | imageLine
    | videoLinkLine
    | videoTagLine
    | voteLine
    | authorsLine
    | bulletLine
    | textLine
    ;

// "## Daily Papers (2025-03-14)": the date and ")" are in the TEXT.
editionHeading : EDITION_OPEN TEXT* ;
heading2       : H2 TEXT* ;
heading1       : H1 TEXT* ;

// "### [title](url)": title and url are separated by the last LINK_SEP.
paperHeading   : PAPER_OPEN (TEXT | LINK_SEP)* ;

imageLine      : IMAGE_OPEN TEXT* ;
videoLinkLine  : WATCH_VIDEO TEXT* ;
videoTagLine   : VIDEO_TAG TEXT* ;
voteLine       : VOTE TEXT* ;
authorsLine    : AUTHORS TEXT* ;
bulletLine     : BULLET LABEL? TEXT* ;
textLine       : LINE_TEXT | MARKER_CHAR TEXT? ;
