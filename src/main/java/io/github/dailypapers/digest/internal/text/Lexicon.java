package io.github.dailypapers.digest.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The English words that the Korean words of machine-learning summaries are written for
 * ({@code 트리}: tree, trees; {@code 최적화}: optimization, optimize, …), from the resource
 * {@code lexicon.tsv} next to this class: one Korean word, a tab, and its English renderings
 * separated by {@code ; } ({@code -} for a word English never renders). It lets the finder see
 * that {@code 텍스트-이미지(diffusion)} or {@code 주의(decoding)} is not a translation: every word
 * of the term is listed, and the English has none of their renderings.
 *
 * <p>It answers only where it can tell: a term with a word the lexicon does not list, or an English
 * word that shares its first letters with a rendering of any word of the term, is left to the other
 * rules. Besides telling a remark from a translation, it moves a translated term's start by a word
 * when every word of the term is listed ({@link #withRenderedLead}, {@link #withoutUnrenderedLead}).
 * The lexicon was written for this project (see the resource's header).
 */
final class Lexicon {

    private Lexicon() {}

    /**
     * The listed words, loaded on first use (a parse that never asks for glosses never reads them),
     * looked up by a range of the text: the finder asks for every word of every translated term, and
     * a substring and a HashMap probe for each were most of what the lexicon first cost the finder
     * (docs/performance.md).
     */
    private static final class Entries {
        static final Entries LISTED = load();

        private final WordSlots words;
        /** The renderings of each word, by its slot. */
        private final String[][] renderings;

        private Entries(Map<String, String[]> byWord) {
            words = new WordSlots(byWord.size());
            renderings = new String[words.slots()][];
            for (Map.Entry<String, String[]> entry : byWord.entrySet()) {
                renderings[words.add(entry.getKey(), entry.getKey().hashCode())] = entry.getValue();
            }
        }

        /** The renderings of the word {@code text[start, end)}, or null if it is not listed. */
        String[] get(String text, int start, int end) {
            if (end - start > words.longest()) {
                return null;
            }
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text.charAt(i); // String.hashCode of the range
            }
            int slot = words.find(text, start, end, hash);
            return slot < 0 ? null : renderings[slot];
        }

        private static Entries load() {
            Map<String, String[]> words = new HashMap<>();
            try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("lexicon.tsv is missing from the library");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (line.startsWith("#") || tab < 1) {
                        continue;
                    }
                    String renderings = line.substring(tab + 1).strip();
                    words.merge(line.substring(0, tab), renderings.equals("-") ? new String[0] : stems(renderings),
                            Entries::union);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Entries(words);
        }

        /** A word listed twice has the renderings of both lines. */
        private static String[] union(String[] a, String[] b) {
            return java.util.stream.Stream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray(String[]::new);
        }

        /** Every word of every rendering, as a stem ({@link #stem}). */
        private static String[] stems(String renderings) {
            return Arrays.stream(renderings.toLowerCase(Locale.ROOT).split("[;\\s/-]+"))
                    .filter(word -> !word.isEmpty() && TermHint.functionWord(word, 0, word.length()) == 0)
                    .map(Lexicon::stem).distinct().toArray(String[]::new);
        }
    }

    /** Words compared by their first five letters at most: optimization, optimizer, optimize. */
    private static final int STEM = 5;

    private static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }

    /**
     * Whether every word of the Korean term {@code text[start, end)} is listed and the English
     * phrase has no word that renders any of them or a listed Hangul word just before the term (a
     * term cut short is not a remark: {@code 공격 실행(Attacker)} gives {@code 실행}). False whenever
     * the lexicon cannot tell: an unlisted word in the term, English with an acronym, a single
     * letter or more than four words.
     */
    static boolean rendersNone(String text, int start, int end, String phrase) {
        // The term's words first: most terms have a word the lexicon does not list, and then the
        // English need not be read at all.
        return rendersNone(text, start, listedWords(text, start, end), phrase);
    }

    /**
     * The renderings of each word of the term {@code text[start, end)} (split at spaces and hyphens), or null
     * when a word is not listed or the term is long: read once for the term's three tests below.
     */
    static String[][] listedWords(String text, int start, int end) {
        return termWords(text, start, end, true);
    }

    /** {@link #rendersNone(String, int, int, String)} of a term that starts at {@code start}, its words read. */
    static boolean rendersNone(String text, int start, String[][] term, String phrase) {
        if (term == null) {
            return false; // a word the lexicon does not know (or not Hangul), or a long term
        }
        int words = term.length;
        boolean content = false;
        for (String[] renderings : term) {
            content |= renderings.length > 0;
        }
        if (!content) {
            return false;
        }
        int englishWords = unrenderedWords(phrase, term, words);
        if (englishWords < 1 || englishWords > 4 || rendersMisspelt(term, phrase)) {
            return false;
        }
        int before = start - 1;
        while (before > 0 && text.charAt(before - 1) != ' ' && Scripts.isHangul(text.charAt(before - 1))) {
            before--;
        }
        if (before >= 0 && before < start - 1 && text.charAt(start - 1) == ' ') {
            String[] renderings = renderings(text, before, start - 1);
            return renderings == null || unrenderedWords(phrase, new String[][] {renderings}, 1) >= 0;
        }
        return true;
    }

    /**
     * Whether a word of the phrase, of five letters or more, is a rendering's stem misspelt by one letter
     * added, left out, changed or swapped with the next ({@code chuncking}, {@code thoroughput},
     * {@code Splcing}, {@code tacking}): real summaries have typos, and a typo is not a remark.
     */
    private static boolean rendersMisspelt(String[][] lists, String phrase) {
        int n = phrase.length();
        for (int i = 0; i < n;) {
            while (i < n && !Scripts.isAsciiLetter(phrase.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < n && Scripts.isAsciiLetter(phrase.charAt(i))) {
                i++;
            }
            if (i - wordStart < STEM) {
                continue;
            }
            for (String[] renderings : lists) {
                for (String rendering : renderings) {
                    if (rendering.length() == STEM && startsWithinOneEdit(phrase, wordStart, i, rendering)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the word {@code phrase[start, end)} (ASCII letters, any case) starts with {@code stem} (lower
     * case) after at most one edit: a letter changed, added, left out, or swapped with the next.
     */
    static boolean startsWithinOneEdit(String phrase, int start, int end, String stem) {
        int n = stem.length();
        int i = 0;
        while (i < n && start + i < end && lower(phrase.charAt(start + i)) == stem.charAt(i)) {
            i++;
        }
        if (i == n) {
            return true;
        }
        int at = start + i;
        return matchesFrom(phrase, at + 1, end, stem, i + 1) // changed
                || matchesFrom(phrase, at + 1, end, stem, i) // added
                || matchesFrom(phrase, at, end, stem, i + 1) // left out
                || i + 1 < n && at + 1 < end && lower(phrase.charAt(at)) == stem.charAt(i + 1)
                        && lower(phrase.charAt(at + 1)) == stem.charAt(i) && matchesFrom(phrase, at + 2, end, stem, i + 2);
    }

    /** Whether {@code phrase} from {@code at} (before {@code end}) has the rest of {@code stem} from {@code from}. */
    private static boolean matchesFrom(String phrase, int at, int end, String stem, int from) {
        if (at + stem.length() - from > end) {
            return false;
        }
        for (int k = from; k < stem.length(); k++) {
            if (lower(phrase.charAt(at + k - from)) != stem.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Whether a listed word of the term {@code text[start, end)} renders a part of the one-word name
     * {@code name}: a word between hyphens, or a capitalised part ({@code MoCap}: mo, cap).
     */
    static boolean rendersAny(String text, int start, int end, String name) {
        String[][] term = termWords(text, start, end, false);
        if (term == null) {
            return false;
        }
        for (String[] renderings : term) {
            if (renderings.length == 0) {
                continue; // not listed, or never rendered
            }
            String[][] lists = {renderings};
            int partStart = 0;
            for (int k = 1; k <= name.length(); k++) {
                if (k == name.length() || name.charAt(k) == '-'
                        || Character.isUpperCase(name.charAt(k)) && Character.isLowerCase(name.charAt(k - 1))) {
                    if (k > partStart && renders(lists, 1, name, partStart, k)) {
                        return true;
                    }
                    partStart = k < name.length() && name.charAt(k) == '-' ? k + 1 : k;
                }
            }
        }
        return false;
    }

    /**
     * Whether every word of the term {@code text[start, end)} is listed and a letter of {@code capitals}
     * starts none of their renderings: {@code 단계(S-phase)} (the S is a name's), not {@code 기대 단계(E-step)}
     * ({@code 기대}: expectation).
     */
    static boolean lacksInitial(String text, int start, int end, String capitals) {
        String[][] term = termWords(text, start, end, true);
        if (term == null || term.length == 0) {
            return false; // the lexicon cannot tell
        }
        int words = term.length;
        for (int k = 0; k < capitals.length(); k++) {
            char initial = Character.toLowerCase(capitals.charAt(k));
            boolean found = false;
            for (int w = 0; w < words && !found; w++) {
                for (String rendering : term[w]) {
                    if (rendering.charAt(0) == initial) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return true;
            }
        }
        return false;
    }

    /** How many leading English words {@link #withRenderedLead} takes Korean words for. */
    private static final int MAX_LEADS = 2;

    /**
     * Where the Korean term that starts at {@code start} (its words' renderings in {@code term}, as
     * {@link #listedWords} gives them) starts once the listed Hangul words right before it that render the English phrase's leading words, which no word of the term renders, are taken
     * in: {@code 시퀀스 병렬 처리(sequence parallelism)} (two Korean words for one English word left
     * the count one word short), {@code 잡음 예측 네트워크(noise predictor)}. Every word of the term must be
     * listed (else a leading English word may be its rendering: {@code 전자 심전도 이미지(Electrocardiographic
     * Images)}), a word of the term must render a later English word, and at most two words are added;
     * {@code start} when the lexicon cannot tell or nothing is added.
     */
    static int withRenderedLead(String text, int start, String[][] term, String phrase) {
        if (term == null || term.length == 0) {
            return start; // a word the lexicon does not list: a leading English word may be its rendering
        }
        int before = hangulWordBefore(text, start);
        if (before < 0) {
            return start; // most terms: no Hangul word right before them
        }
        String[] beforeRenderings = renderings(text, before, start - 1);
        if (beforeRenderings == null) {
            return start;
        }
        // The phrase's first content words, up to one more than can be leads.
        int[] wordStarts = new int[MAX_LEADS + 1];
        int[] wordEnds = new int[MAX_LEADS + 1];
        int words = plainWords(phrase, wordStarts, wordEnds, false);
        if (words < 0) {
            return start; // a symbol, a digit, a name: left to the other rules
        }
        String[][] nearest = {beforeRenderings};
        boolean mayRender = false;
        for (int w = 0; w < Math.min(words, MAX_LEADS) && !mayRender; w++) {
            mayRender = renders(nearest, 1, phrase, wordStarts[w], wordEnds[w], false);
        }
        if (!mayRender) {
            return start; // the word before renders none of the leading words
        }
        // The leading words the term does not render, up to the first it does.
        int leads = 0;
        while (leads < words && !renders(term, term.length, phrase, wordStarts[leads], wordEnds[leads], false)) {
            leads++;
        }
        if (leads == 0 || leads == words || leads > MAX_LEADS) {
            return start; // the term renders the first word, none of these, or the lead is too long
        }
        int at = start;
        for (int lead = leads - 1; lead >= 0; lead--) {
            int wordStart = hangulWordBefore(text, at);
            String[] renderings = wordStart < 0 ? null : renderings(text, wordStart, at - 1);
            if (renderings == null || !renders(new String[][] {renderings}, 1, phrase, wordStarts[lead], wordEnds[lead], false)) {
                break;
            }
            at = wordStart;
        }
        return at;
    }

    /**
     * Where the Korean term {@code text[start, end)} starts without its first word when that word renders
     * no word of the English phrase and the term's other words render every one: {@code 단일 학습률(learning
     * rate)}, {@code 전통적인 비생성적(non-generative)}, a modifier the count took because Korean wrote one
     * English word as two. Every word of the term must be listed and every English word be a word (not a
     * letter: {@code 기대 단계(E-step)}); {@code start} when the lexicon cannot tell or the first word stays.
     */
    static int withoutUnrenderedLead(String text, int start, int end, String[][] term, String phrase) {
        if (term == null || term.length < 2) {
            return start; // a word the lexicon does not list, or one word
        }
        int space = start;
        while (space < end && text.charAt(space) != ' ') {
            space++;
        }
        if (space >= end - 1) {
            return start; // one word (read within the term only: this is asked for every translation)
        }
        for (int i = start; i < space; i++) {
            if (text.charAt(i) == '-') {
                return start; // 에지-투-에지 자율주행: the first word has parts of its own
            }
        }
        int[] wordStarts = new int[MAX_PHRASE_WORDS + 1];
        int[] wordEnds = new int[MAX_PHRASE_WORDS + 1];
        int words = plainWords(phrase, wordStarts, wordEnds, true);
        if (words <= 0 || words > MAX_PHRASE_WORDS) {
            return start; // not plain words (Q-function, PhysTwin), none, or a long phrase
        }
        String[][] first = {term[0]};
        for (int w = 0; w < words; w++) {
            if (renders(first, 1, phrase, wordStarts[w], wordEnds[w], false)) {
                return start;
            }
        }
        String[][] rest = Arrays.copyOfRange(term, 1, term.length);
        for (int w = 0; w < words; w++) {
            if (!renders(rest, rest.length, phrase, wordStarts[w], wordEnds[w], false)) {
                return start;
            }
        }
        return space + 1;
    }

    /**
     * The English phrase's first content words (function words left out), their starts and ends stored until
     * the arrays are full, when reading stops; their count, or -1 when the phrase is not plain words: a
     * symbol other than a space or hyphen, a digit or apostrophe in a word, a capital inside a word (a name:
     * {@code VideoGPT}, {@code PhysTwin}), or, with {@code letterRefuses}, a one-letter word
     * ({@code Q-function}: a letter the Korean may stand for); otherwise one-letter words are skipped.
     */
    private static int plainWords(String phrase, int[] starts, int[] ends, boolean letterRefuses) {
        int words = 0;
        int n = phrase.length();
        for (int i = 0; i < n && words < starts.length;) {
            while (i < n && !Scripts.isAsciiLetterOrDigit(phrase.charAt(i))) {
                if (phrase.charAt(i) != ' ' && phrase.charAt(i) != '-') {
                    return -1;
                }
                i++;
            }
            int wordStart = i;
            while (i < n && Scripts.isAsciiLetter(phrase.charAt(i))) {
                i++;
            }
            if (i == wordStart || i < n && phrase.charAt(i) != ' ' && phrase.charAt(i) != '-') {
                return -1;
            }
            for (int k = wordStart + 1; k < i; k++) {
                if (Character.isUpperCase(phrase.charAt(k))) {
                    return -1;
                }
            }
            if (i - wordStart < 2) {
                if (letterRefuses) {
                    return -1;
                }
                continue;
            }
            if (TermHint.functionWord(phrase, wordStart, i) == 0) {
                starts[words] = wordStart;
                ends[words] = i;
                words++;
            }
        }
        return words;
    }

    /** {@link #withoutUnrenderedLead} reads phrases of at most this many content words. */
    private static final int MAX_PHRASE_WORDS = 8;

    /** The start of the word of Hangul alone that ends one space before {@code at}; -1 if there is none. */
    private static int hangulWordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ' || !Scripts.isHangul(text.charAt(at - 2))) {
            return -1;
        }
        int wordStart = at - 2;
        while (wordStart > 0 && Scripts.isHangul(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart == 0 || text.charAt(wordStart - 1) == ' ' ? wordStart : -1;
    }

    /** Longer terms are left to the other rules. */
    private static final int MAX_TERM_WORDS = 6;

    /** {@link #termWords}' mark for a word the lexicon does not list. */
    private static final String[] UNLISTED = new String[0];

    /**
     * The renderings of each word of the term {@code text[start, end)}, its words split at spaces and
     * hyphens; null for a term of more than {@link #MAX_TERM_WORDS} words, or, with {@code allListed},
     * as soon as a word is not listed (else that word's entry is {@link #UNLISTED}).
     */
    private static String[][] termWords(String text, int start, int end, boolean allListed) {
        int count = 0;
        for (int i = start; i < end; i++) {
            boolean separator = text.charAt(i) == ' ' || text.charAt(i) == '-';
            count += !separator && (i == start || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-') ? 1 : 0;
        }
        if (count > MAX_TERM_WORDS) {
            return null;
        }
        String[][] words = new String[count][];
        int word = 0;
        for (int i = start; i < end;) {
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
                i++;
            }
            int wordStart = i;
            while (i < end && text.charAt(i) != ' ' && text.charAt(i) != '-') {
                i++;
            }
            if (i == wordStart) {
                break;
            }
            String[] renderings = renderings(text, wordStart, i);
            if (renderings == null && allListed) {
                return null;
            }
            words[word++] = renderings == null ? UNLISTED : renderings;
        }
        return words;
    }

    /**
     * Whether the word {@code phrase[start, end)} has the stem of a rendering in one of the first
     * {@code count} lists, or holds it inside a longer word ({@code overthinking} holds "think",
     * {@code Syscalls} "call"). Read in place, ignoring case: no word is copied.
     */
    private static boolean renders(String[][] lists, int count, String phrase, int start, int end) {
        return renders(lists, count, phrase, start, end, true);
    }

    /**
     * {@link #renders(String[][], int, String, int, int)}, looking inside longer words only if {@code inside}:
     * the term rules below take a word as evidence only by its own stem ({@code 언어}, "lingual", does not
     * render "bilingual", so {@code 이중 언어 모델(bilingual models)} takes {@code 이중}), which also spares them
     * the slow inner search.
     */
    private static boolean renders(String[][] lists, int count, String phrase, int start, int end, boolean inside) {
        int length = end - start;
        int stemLength = Math.min(length, STEM);
        for (int list = 0; list < count; list++) {
            for (String rendering : lists[list]) {
                int shared = Math.min(rendering.length(), stemLength);
                // the same stem, or one a prefix of the other when the shorter has three letters or more
                if ((rendering.length() == stemLength || shared >= 3) && matchesAt(phrase, start, rendering, shared)) {
                    return true;
                }
                if (inside && rendering.length() >= 4 && length >= rendering.length() + 3) {
                    for (int at = start + 1; at + rendering.length() <= end; at++) {
                        if (matchesAt(phrase, at, rendering, rendering.length())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the phrase at {@code at} has the first {@code length} letters of the rendering (which is in
     * lower case), in any case. Asked hundreds of times for one group, so ASCII is compared directly.
     */
    private static boolean matchesAt(String phrase, int at, String rendering, int length) {
        for (int k = 0; k < length; k++) {
            char c = phrase.charAt(at + k);
            char r = rendering.charAt(k);
            if (c != r && (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : Character.toLowerCase(c)) != r) {
                return false;
            }
        }
        return true;
    }

    /** The renderings of the word {@code text[start, end)}, of its stem without a possessive or adnominal ending, or null. */
    private static String[] renderings(String text, int start, int end) {
        String[] found = Entries.LISTED.get(text, start, end);
        if (found != null || end - start < 2) {
            return found;
        }
        char last = text.charAt(end - 1);
        boolean ending = last == '의' || last == '들' // 모델의, 모델들
                || (last == '한' || last == '된') && end - start >= 3 // 정규화된
                || last == '인' && text.charAt(end - 2) == '적'; // 효율적인; not 색인, 도메인
        return ending ? Entries.LISTED.get(text, start, end - 1) : null;
    }

    /**
     * How many content words the English phrase has, the capitalised parts of a word counted apart
     * ({@code VisionFeedback}: vision, feedback; {@code arXiv} is also read whole), or -1 when one of
     * them renders a word of the first {@code count} lists, or when the lexicon cannot read the
     * phrase: a single letter, a symbol, an acronym ({@code T cycle}, {@code mAρ}, {@code RL},
     * {@code IAScore}).
     */
    private static int unrenderedWords(String phrase, String[][] lists, int count) {
        int words = 0;
        int n = phrase.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(phrase.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < n && Character.isLetterOrDigit(phrase.charAt(i))) {
                i++;
            }
            if (i == wordStart) {
                break;
            }
            int capitals = 0;
            for (int k = wordStart; k < i; k++) {
                char c = phrase.charAt(k);
                if (Character.isLetter(c) && !Scripts.isLatin(c)) {
                    return -1; // mAρ, 𝜽sft: a symbol, not words
                }
                capitals += Character.isUpperCase(c) ? 1 : 0;
                if (k > wordStart && Character.isUpperCase(c) && Character.isUpperCase(phrase.charAt(k - 1))) {
                    return -1; // IAScore, VLFeedback: an acronym inside the word
                }
            }
            if (i - wordStart == 1 || capitals >= 2 && capitals * 2 >= i - wordStart) {
                return -1; // T cycle, RL, SDE
            }
            if (capitals > (Character.isUpperCase(phrase.charAt(wordStart)) ? 1 : 0)
                    && renders(lists, count, phrase, wordStart, i)) {
                return -1;
            }
            int partStart = wordStart;
            for (int k = wordStart + 1; k <= i; k++) {
                if (k == i || Character.isUpperCase(phrase.charAt(k)) && Character.isLowerCase(phrase.charAt(k - 1))) {
                    if (TermHint.functionWord(phrase, partStart, k) == 0) {
                        if (renders(lists, count, phrase, partStart, k)) {
                            return -1;
                        }
                        words++;
                    }
                    partStart = k;
                }
            }
        }
        return words;
    }
}
