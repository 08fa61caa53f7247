package io.github.dailypapers.digest.model;

/** What a section of a paper's summary is. */
public enum SectionKind {
    /** The standard label <em>What's New</em>. */
    WHATS_NEW,
    /** The standard label <em>Technical Details</em>. */
    TECHNICAL_DETAILS,
    /** The standard label <em>Performance Highlights</em>. */
    PERFORMANCE_HIGHLIGHTS,
    /** Any other label, kept verbatim in {@link Section#label()}. */
    OTHER,
    /** An unlabeled bullet (the oldest dialect). */
    POINT
}
