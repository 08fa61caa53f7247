package io.github.dailypapers.digest.internal.text;

/**
 * The English words before a group that an acronym or a short name abbreviates, read back from
 * the group: {@code Additive Quantization with Learned Multi-Codebooks (AQLM)},
 * {@code Token Merging (ToMe)}, {@code Vision Mamba (Vim)}. For {@link EnglishHeads}.
 */
final class EnglishTerms {

    private EnglishTerms() {}

    /**
     * {@code Token Merging (ToMe)}, {@code Diffusion Vision Transformers (DiffiT)}: a name that
     * abbreviates the English words before it. At least two of its capitals must start those
     * words, in order; the term has as many words as the name has capitals, or reaches back to
     * the word its first capital starts.
     */
    static TermSpan.Range ofName(String text, int headEnd, String name) {
        String capitals = Acronyms.capitals(name);
        int[] starts = TermSpan.latinWordStarts(text, headEnd, 8);
        if (capitals.length() < 2) {
            return ofShortName(text, headEnd, name, starts);
        }
        int next = capitals.length() - 1;
        int matched = 0;
        int reach = -1;
        for (int j = 0; j < starts.length && next >= 0; j++) {
            // A capital may be skipped (ConvAEs: Conv, AE): the word takes the nearest one left of the last taken.
            int found = capitals.lastIndexOf(String.valueOf(Character.toUpperCase(text.charAt(starts[j]))), next);
            if (found >= 0) {
                next = found - 1;
                matched++;
                reach = j;
            }
        }
        if (matched < 2) {
            return null;
        }
        int words = Math.max(reach + 1, Math.min(capitals.length(), starts.length));
        return new TermSpan.Range(starts[words - 1], headEnd);
    }

    /**
     * {@code Vision Mamba (Vim)}: a short name with one capital that abbreviates two or three
     * words before it: its first letter starts the first of them, and the initials of the others
     * follow, in order and in any case, among its letters.
     */
    private static TermSpan.Range ofShortName(String text, int headEnd, String name, int[] starts) {
        if (name.length() > 5 || starts.length < 2) {
            return null;
        }
        for (int words = Math.min(3, starts.length); words >= 2; words--) {
            int first = starts[words - 1];
            if (Character.toLowerCase(text.charAt(first)) != Character.toLowerCase(name.charAt(0))) {
                continue;
            }
            int at = 1;
            boolean spelled = true;
            for (int j = words - 2; j >= 0 && spelled; j--) {
                int found = name.toLowerCase(java.util.Locale.ROOT)
                        .indexOf(Character.toLowerCase(text.charAt(starts[j])), at);
                spelled = found >= 0;
                at = found + 1;
            }
            if (spelled) {
                return new TermSpan.Range(first, headEnd);
            }
        }
        return null;
    }

    /**
     * The English words an acronym abbreviates: back from the group while the words' initials (and
     * their hyphen parts') spell the acronym's capitals from its end
     * ({@code Additive Quantization with Learned Multi-Codebooks (AQLM)}), perhaps after one last
     * word the acronym leaves out ({@code Expert Choice Routing (EC)}); when they do not, as many
     * words as the acronym has letters.
     */
    static TermSpan.Range ofAcronym(String text, int headEnd, String acronym) {
        String capitals = Acronyms.capitals(acronym);
        int[] starts = TermSpan.latinWordStarts(text, headEnd, 12);
        int spelled = spelledFrom(text, headEnd, starts, capitals, 0);
        if (spelled < 0 && starts.length > 2) {
            spelled = spelledFrom(text, headEnd, starts, capitals, 1);
        }
        return spelled >= 0 ? new TermSpan.Range(starts[spelled], headEnd)
                : toFirstLetter(text, TermSpan.english(text, headEnd, Acronyms.letters(acronym)), starts, acronym);
    }

    /**
     * A term counted by the acronym's letters, reaching back one or two more words when it does not
     * start with the acronym's first letter and one of them does: {@code Large Multi-View Gaussian
     * Model (LGM)}, {@code Scalable Interpolant Transformers (SiT)}; an acronym starts where its
     * expansion starts.
     */
    private static TermSpan.Range toFirstLetter(String text, TermSpan.Range term, int[] starts, String acronym) {
        if (term == null || acronym.isEmpty() || !Scripts.isAsciiLetter(acronym.charAt(0))
                || sameLetter(text.charAt(term.start()), acronym.charAt(0))) {
            return term;
        }
        int at = 0;
        while (at < starts.length && starts[at] > term.start()) {
            at++;
        }
        if (at == starts.length || starts[at] != term.start()) {
            return term; // the term starts inside a hyphenated word
        }
        for (int k = at + 1; k < starts.length && k <= at + 2; k++) {
            int wordEnd = starts[k - 1]; // the word runs to the next one's start, less the spaces
            while (wordEnd > starts[k] && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            if (TermHint.functionWord(text, starts[k], wordEnd) == 0 && sameLetter(text.charAt(starts[k]), acronym.charAt(0))) {
                return new TermSpan.Range(starts[k], term.end());
            }
        }
        return term;
    }

    private static boolean sameLetter(char a, char b) {
        return Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    /**
     * The English words before {@code headEnd} whose initials spell the acronym, all of them up to
     * the group; null if they do not ({@code Agent Tools (…, ACI)}).
     */
    static TermSpan.Range spelling(String text, int headEnd, String acronym) {
        int[] starts = TermSpan.latinWordStarts(text, headEnd, 12);
        int spelled = spelledFrom(text, headEnd, starts, Acronyms.capitals(acronym), 0);
        return spelled < 0 ? null : new TermSpan.Range(starts[spelled], headEnd);
    }

    /**
     * Which of the words before the group (nearest first, the first {@code skip} left out) starts
     * the run of words whose initials spell {@code capitals}; -1 if they do not.
     */
    private static int spelledFrom(String text, int headEnd, int[] starts, String capitals, int skip) {
        int next = capitals.length() - 1;
        int end = skip == 0 ? headEnd : starts[skip - 1];
        for (int j = skip; j < starts.length && next >= 0; j++) {
            // The word without the spaces around it, read in place: this runs for every acronym.
            int from = starts[j];
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            end = starts[j];
            if (TermHint.functionWord(text, from, to) != 0) {
                continue;
            }
            String wordCapitals = Acronyms.isAcronym(text, from, to) ? Acronyms.capitals(text.substring(from, to)) : "";
            if (wordCapitals.length() >= 2 && capitals.startsWith(wordCapitals, next - wordCapitals.length() + 1)) {
                // Corrective RAG (CRAG): an acronym among the words spells its own letters.
                next -= wordCapitals.length();
                if (next < 0) {
                    return j;
                }
                continue;
            }
            boolean matched = false;
            // Its hyphen parts, the last first; empty parts spell nothing.
            int partEnd = to;
            for (int k = to - 1; k >= from - 1 && next >= 0; k--) {
                if (k < from || text.charAt(k) == '-') {
                    if (k + 1 < partEnd && Character.toUpperCase(text.charAt(k + 1)) == capitals.charAt(next)) {
                        next--;
                        matched = true;
                    }
                    partEnd = k;
                }
            }
            if (!matched) {
                return -1;
            }
            if (next < 0) {
                return j;
            }
        }
        return -1;
    }
}
