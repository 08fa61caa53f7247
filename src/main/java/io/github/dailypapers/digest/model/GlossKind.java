package io.github.dailypapers.digest.model;

/**
 * What a parenthesised gloss group says about the term before it.
 *
 * <p>The rules that decide the kind are documented in {@code docs/bilingual.md}.
 */
public enum GlossKind {
    /** A Korean term followed by its English translation, possibly with an acronym. */
    TRANSLATION,
    /** A term (Korean or English) followed only by its acronym. */
    ABBREVIATION,
    /** An acronym followed by its expansion. */
    EXPANSION,
    /** An English term followed by its Korean translation. */
    REVERSE_TRANSLATION
}
