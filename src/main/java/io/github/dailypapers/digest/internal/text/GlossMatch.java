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
        String acronym, GlossKind kind) {

    /**
     * The gloss of a term and a group, or null when there is no term: a term that starts with the
     * hyphen joining it to a name before ({@code SE(3)-등변(equivariant)}) starts after it.
     */
    static GlossMatch of(String text, TermSpan.Range term, ParenGroups.Group group, String gloss,
            String acronym, GlossKind kind) {
        if (term != null && term.start() < term.end() && text.charAt(term.start()) == '-') {
            term = new TermSpan.Range(term.start() + 1, term.end()); // SE(3)-등변(equivariant): the hyphen joins the name before
        }
        if (term == null || term.end() <= term.start()) {
            return null;
        }
        return new GlossMatch(term.start(), term.end(), group.start(), group.end(),
                text.substring(term.start(), term.end()), gloss, acronym, kind);
    }
}
