package io.github.dailypapers.digest.model;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Something could not be read as the format intends; strict parsing fails on it. */
    ERROR,
    /** A known generator quirk that the parser repaired or skipped. */
    WARNING
}
