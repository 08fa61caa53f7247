/*
 * Daily Papers digest: lexer grammar.
 *
 * The format: docs/format.md. How to reuse this grammar from other languages, and the
 * language-neutral conformance suite every reader passes: grammar/README.md.
 *
 * Target-agnostic: no actions, no predicates, no @header or @members, no target options.
 * Generates and runs with the ANTLR 4.13.2 tool (Java, JavaScript, TypeScript) and the 4.9.1
 * and 4.11.1 tools (Debian's Python and Go runtimes).
 *
 * The default mode means "at the start of a line": every rule that ends a line returns to it,
 * and each line marker switches into a mode for the rest of that line. This gives the lexer
 * line context without predicates. Every mode ends in catch-alls that together match any
 * character, so no input can make the lexer fail.
 *
 * A line that holds nothing but spaces and tabs is blank (BLANK_LINE, line end included);
 * every other character, however invisible (a form feed, U+3000, a no-break space), makes the
 * line text. That is the one blank-line rule of the format.
 */
lexer grammar DigestLexer;

tokens { TEXT }

// The line end: the only place it is written.
fragment NEWLINE : '\r\n' | '\r' | '\n' ;
fragment BLANK   : [ \t] ;

// ---- DEFAULT_MODE: the start of a line --------------------------------------------------

// An empty or blank line with its line end; or blanks at the very end of the input (a line
// with more than blanks is longer as LINE_TEXT, so longest match never picks these then).
BLANK_LINE : BLANK* NEWLINE ;
BLANK_END  : BLANK+ -> type(BLANK_LINE) ;

// "## Daily Papers (" is longer than "## ", so longest match prefers it.
EDITION_OPEN : '## Daily Papers (' -> mode(REST) ;
H2           : '## ' -> mode(REST) ;
H1           : '# ' -> mode(REST) ;
PAPER_OPEN   : '### [' -> mode(TITLE) ;
IMAGE_OPEN   : '![' -> mode(REST) ;
WATCH_VIDEO  : '[Watch Video]' -> mode(VIDEO_LINK) ;
VIDEO_TAG    : '<div>'? '<video' -> mode(REST) ;
VOTE         : 'Vote:' -> mode(REST) ;
AUTHORS      : 'Authors:' -> mode(REST) ;
BULLET       : '- ' -> mode(BULLET_START) ;

// Fast path: a whole line whose first character cannot begin a marker, or that starts with
// blanks followed by anything else (an indented line is never a marker).
LINE_TEXT : ( ~[#![<VA\-\r\n \t] | BLANK+ ~[ \t\r\n] ) ~[\r\n]* -> mode(REST) ;

// A marker's first character that did not become a marker: one character, then the rest of
// the line as TEXT. (Using `more` here would glue a one-character line into its line end.)
// LINE_TEXT and MARKER_CHAR have their own types because only line-start tokens may begin a
// line: that keeps every loop in the parser decidable with one token of lookahead.
MARKER_CHAR : [#![<VA\-] -> mode(REST) ;

// ---- REST: the remainder of a line ------------------------------------------------------
mode REST;

// The end of a line that has content (a blank line's end is part of its BLANK_LINE).
EOL       : NEWLINE -> mode(DEFAULT_MODE) ;
REST_TEXT : ~[\r\n]+ -> type(TEXT) ;

// ---- TITLE: after "### [" ---------------------------------------------------------------
// The title ends at the LAST "](" of the line, which a lexer cannot see; so every "](" is a
// LINK_SEP token and the reader picks the last one.
mode TITLE;

TITLE_EOL     : NEWLINE -> type(EOL), mode(DEFAULT_MODE) ;
LINK_SEP      : '](' ;
TITLE_TEXT    : ~[\]\r\n]+ -> type(TEXT) ;
TITLE_BRACKET : ']' -> type(TEXT) ;

// ---- VIDEO_LINK: after "[Watch Video]" --------------------------------------------------
// A video link's player is the next line that is not blank when that line starts with "<video"
// or "<div><video". PLAYER takes the link's line end, any blank lines, and the player's marker
// (longest match over the plain line end), so the pair is one media header in the tree.
mode VIDEO_LINK;

PLAYER          : NEWLINE (BLANK* NEWLINE)* '<div>'? '<video' -> mode(REST) ;
VIDEO_LINK_EOL  : NEWLINE -> type(EOL), mode(DEFAULT_MODE) ;
VIDEO_LINK_TEXT : ~[\r\n]+ -> type(TEXT) ;

// ---- BULLET_START: after "- " -----------------------------------------------------------
mode BULLET_START;

BULLET_EOL : NEWLINE -> type(EOL), mode(DEFAULT_MODE) ;

// A section label, "***What's New***:" or "**What's New**:". A label cannot contain '*',
// so a malformed one ("***Technical Details*: ...**:") falls through to text.
LABEL : ( '***' ~[*\r\n]+ '***' | '**' ~[*\r\n]+ '**' ) ':' -> mode(REST) ;

// Unlabeled bullet text. It must not start with '*', or longest match would beat LABEL.
BULLET_TEXT : ~[*\r\n] ~[\r\n]* -> type(TEXT), mode(REST) ;
BULLET_STAR : '*' -> type(TEXT), mode(REST) ;
