package io.github.dailypapers.digest.internal;

/** What a line is by its first token, before any context is considered. */
enum LineKind {
    EDITION_HEADING,
    HEADING_2,
    HEADING_1,
    PAPER_HEADING,
    IMAGE,
    VIDEO_LINK,
    VIDEO_TAG,
    VOTE,
    AUTHORS,
    BULLET,
    TEXT
}
