package io.github.dailypapers.digest.glossary;

import io.github.dailypapers.digest.glossary.RejectedEntry.Reason;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.GlossKind;
import io.github.dailypapers.digest.model.TextRange;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a gloss can be a glossary row. Two principled checks, independent of how the gloss
 * finder got there:
 *
 * <ul>
 *   <li><b>Whole words</b>: the term and the gloss begin and end at word boundaries of the
 *       section text; a letter of the same script on both sides of an edge means a word was cut.
 *   <li><b>Initials</b>: where an acronym stands next to an English expansion (the gloss of an
 *       expansion or translation, or the English term of an abbreviation), the acronym's letters
 *       must be found in the expansion in order, the first one at the start of its first word
 *       (the test of Schwartz and Hearst, "A simple algorithm for identifying abbreviation
 *       definitions in biomedical text", 2003, with the first letter on the first word), and the
 *       expansion must not contain the acronym itself.
 * </ul>
 *
 * Korean expansions cannot be checked by initials and pass.
 */
final class SoundnessCheck {

    private SoundnessCheck() {}

    /** Words an expansion may start with before the word of the acronym's first letter. */
    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("a", "an", "the");

    /**
     * Why the gloss is not sound, or null if it is.
     *
     * @param gloss the gloss as found
     * @param text the section text the gloss's ranges point into
     * @param cleanGloss the gloss written once (see {@link Spellings#writtenOnce}), or null
     */
    static Reason check(Gloss gloss, String text, String cleanGloss) {
        if (cutsAWord(gloss, text)) {
            return Reason.CUT_WORD;
        }
        String acronym = gloss.acronym().orElse(null);
        String expansion = expansion(gloss, cleanGloss);
        if (acronym == null || expansion == null || !isLatin(expansion)) {
            return null;
        }
        String shortForm = Spellings.withoutPluralS(acronym);
        if (containsWord(expansion, shortForm) || containsWord(expansion, acronym)) {
            return Reason.CONTAINS_ACRONYM;
        }
        return spellsOut(shortForm, expansion) ? null : Reason.INITIALS_MISMATCH;
    }

    /** The text the acronym should abbreviate, or null when the gloss pairs none. */
    private static String expansion(Gloss gloss, String cleanGloss) {
        if (gloss.kind() == GlossKind.ABBREVIATION) {
            return gloss.term();
        }
        if (gloss.kind() == GlossKind.EXPANSION || gloss.kind() == GlossKind.TRANSLATION) {
            return cleanGloss;
        }
        return null;
    }

    private static boolean cutsAWord(Gloss gloss, String text) {
        TextRange term = gloss.termRange();
        TextRange group = gloss.groupRange();
        if (term.end() > text.length() || group.end() > text.length()) {
            return false; // built by hand, not found in this text: nothing to check against
        }
        if (glued(text, term.start()) || glued(text, term.end())) {
            return true;
        }
        String content = text.substring(group.start(), group.end());
        String meaning = gloss.gloss().orElse(null);
        int at = meaning == null || meaning.isEmpty() ? -1 : content.indexOf(meaning);
        return at >= 0 && (glued(content, at) || glued(content, at + meaning.length()));
    }

    /** Whether index {@code at} of {@code s} falls inside a word: same-script letters on both sides. */
    private static boolean glued(String s, int at) {
        if (at <= 0 || at >= s.length()) {
            return false;
        }
        int before = s.codePointBefore(at);
        int after = s.codePointAt(at);
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
                && isHangul(before) == isHangul(after);
    }

    private static boolean isHangul(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }

    /** Written in Latin letters: at least one, and no Hangul. */
    private static boolean isLatin(String s) {
        return s.codePoints().noneMatch(SoundnessCheck::isHangul)
                && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the acronym's letters (and digits, when the expansion has digits: {@code T2I} is
     * {@code Text-to-Image}) can be read in order from the expansion, the first at the start of
     * its first word (after {@code a}, {@code an} or {@code the}; an {@code X} may stand for
     * {@code ex}). Matching the rest at their
     * earliest place finds a reading whenever there is one.
     */
    static boolean spellsOut(String acronym, String expansion) {
        boolean digits = expansion.chars().anyMatch(Character::isDigit);
        String shortForm = acronym.codePoints()
                .filter(cp -> Character.isLetter(cp) || (digits && Character.isDigit(cp)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .toLowerCase(Locale.ROOT);
        if (shortForm.length() < 2) {
            return true; // nothing to check with one letter
        }
        String longForm = expansion.toLowerCase(Locale.ROOT);
        int at = firstWord(longForm);
        if (at < 0) {
            return false;
        }
        if (shortForm.charAt(0) == 'x' && longForm.startsWith("ex", at)) {
            at += 2; // X for "ex": XAI is Explainable AI, XR Extended Reality
        } else if (longForm.charAt(at) == shortForm.charAt(0)) {
            at++;
        } else {
            return false;
        }
        for (int s = 1; s < shortForm.length(); s++) {
            at = longForm.indexOf(shortForm.charAt(s), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Where the first word that is not a leading function word starts, or -1. */
    private static int firstWord(String s) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                end++;
            }
            if (end > i && !LEADING_FUNCTION_WORDS.contains(s.substring(i, end))) {
                return i;
            }
            i = end;
        }
        return -1;
    }
}
