/*
 * Lexer for the Daily Papers digest format (see docs/format.md and grammar/README.md).
 *
 * The default mode means "at the start of a line": every rule that ends a line returns to it,
 * and each line marker switches into a mode for the rest of that line. This gives the lexer
 * line context without target-specific predicates, so the grammar stays reusable from every
 * ANTLR target. Every mode ends in a catch-all, so no input can make the lexer fail.
 */
lexer grammar DigestLexer;

tokens { TEXT }

// ---- DEFAULT_MODE: the start of a line --------------------------------------------------

// An empty line (or the line end of a line that produced no other token).
NL : ('\r\n' | '\r' | '\n') ;

// "## Daily Papers (" is longer than "## ", so longest match prefers it.
EDITION_OPEN : '## Daily Papers (' -> mode(REST) ;
H2           : '## ' -> mode(REST) ;
H1           : '# ' -> mode(REST) ;
PAPER_OPEN   : '### [' -> mode(TITLE) ;
IMAGE_OPEN   : '![' -> mode(REST) ;
WATCH_VIDEO  : '[Watch Video]' -> mode(REST) ;
VIDEO_TAG    : ('<div>')? '<video' -> mode(REST) ;
VOTE         : 'Vote:' -> mode(REST) ;
AUTHORS      : 'Authors:' -> mode(REST) ;
BULLET       : '- ' -> mode(BULLET_START) ;

// Fast path: a line whose first character cannot begin a marker is one LINE_TEXT token.
LINE_TEXT : ~[#![<VA\-\r\n] ~[\r\n]* ;

// A marker's first character that did not become a marker: one character, then the rest of
// the line as TEXT. (Using `more` here would glue a one-character line into its NL token.)
// LINE_TEXT and MARKER_CHAR have their own types because only line-start tokens may begin a
// line: that keeps every TEXT* loop in the parser unambiguous with one token of lookahead.
MARKER_CHAR : [#![<VA\-] -> mode(REST) ;

// ---- REST: the remainder of a line ------------------------------------------------------
mode REST;

REST_NL   : ('\r\n' | '\r' | '\n') -> type(NL), mode(DEFAULT_MODE) ;
REST_TEXT : ~[\r\n]+ -> type(TEXT) ;

// ---- TITLE: after "### [" ---------------------------------------------------------------
// The title ends at the LAST "](" of the line, which a lexer cannot see; so every "](" is a
// LINK_SEP token and the model builder picks the last one.
mode TITLE;

TITLE_NL   : ('\r\n' | '\r' | '\n') -> type(NL), mode(DEFAULT_MODE) ;
LINK_SEP   : '](' ;
TITLE_TEXT : ~[\]\r\n]+ -> type(TEXT) ;
TITLE_BRACKET : ']' -> type(TEXT) ;

// ---- BULLET_START: after "- " -----------------------------------------------------------
mode BULLET_START;

BULLET_NL : ('\r\n' | '\r' | '\n') -> type(NL), mode(DEFAULT_MODE) ;

// A section label, "***What's New***:" or "**What's New**:". A label cannot contain '*',
// so a malformed one ("***Technical Details*: ...**:") falls through to text.
LABEL : ( '***' ~[*\r\n]+ '***' | '**' ~[*\r\n]+ '**' ) ':' -> mode(REST) ;

// Unlabeled bullet text. It must not start with '*', or longest match would beat LABEL.
BULLET_TEXT : ~[*\r\n] ~[\r\n]* -> type(TEXT), mode(REST) ;
BULLET_STAR : '*' -> type(TEXT), mode(REST) ;
