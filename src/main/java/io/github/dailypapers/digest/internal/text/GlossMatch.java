package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.GlossKind;

/**
 * A gloss found in a text, with UTF-16 offsets into that text.
 *
 * @param termStart index of the term's first char
 * @param termEnd index just past the term's last char
 * @param groupStart index of the group's {@code (}
 * @param groupEnd index just past the group's {@code )}
 * @param term the term, {@code text.substring(termStart, termEnd)}
 * @param gloss the translation or expansion, or null
 * @param acronym the abbreviation, or null
 * @param kind the kind of gloss
 */
public record GlossMatch(int termStart, int termEnd, int groupStart, int groupEnd, String term, String gloss,
        String acronym, GlossKind kind) {}
