package io.github.dailypapers.digest.model;

/** The writing system of a {@link ScriptSegment}. */
public enum Script {
    /** Hangul syllables and jamo. */
    KOREAN,
    /** Latin letters, including accented ones. */
    LATIN,
    /** Everything else: digits, spaces, punctuation, symbols and other scripts. */
    OTHER
}
