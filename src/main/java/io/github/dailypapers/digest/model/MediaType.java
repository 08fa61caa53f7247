package io.github.dailypapers.digest.model;

/** The kind of a paper's media, decided by the Markdown form of its line, not by the URL. */
public enum MediaType {
    /** A thumbnail image line, {@code ![](url)}. */
    IMAGE,
    /** A {@code [Watch Video](url)} link (with its player line) or a bare {@code <video>} tag. */
    VIDEO
}
