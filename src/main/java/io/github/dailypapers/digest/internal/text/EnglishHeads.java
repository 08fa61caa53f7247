package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.GlossKind;
import java.util.List;
import java.util.Locale;

/**
 * The glosses of a group after a Latin head, for {@link GlossFinder}: an acronym expanded
 * ({@code CRUD(Create, Read, Update, Delete)}, {@code JMMLU(일본어판 MMLU)}), English words abbreviated
 * ({@code Token Merging (ToMe)}), an English name translated into Korean
 * ({@code LLM-as-a-Judge(LLM을 평가자로 활용하는 방식)}), a Korean term that ends in the Latin head
 * ({@code 코퍼스 구축 WG(Corpus Building WG)}) — or none: a category, a maker, another name, a remark on a
 * numbered name.
 */
final class EnglishHeads {

    private EnglishHeads() {}

    /** A Latin head: an acronym expanded, English words abbreviated, or translated into Korean. */
    static GlossMatch match(String text, ParenGroups.Group group, int headEnd, GroupContent content) {
        TermSpan.Range headWord = TermSpan.english(text, headEnd, 1);
        if (headWord == null) {
            return null;
        }
        String head = text.substring(headWord.start(), headWord.end());
        if (!hasLetter(head) && content.type == GroupContent.Type.ACRONYM && content.acronym.endsWith(" " + head)
                && headWord.start() > 1 && text.charAt(headWord.start() - 1) == ' ') {
            // Segment Anything Model 2 (SAM 2): the name and the acronym end in the same version number
            TermSpan.Range name = EnglishTerms.ofAcronym(text, headWord.start() - 1, content.acronym);
            return name == null || name.start() >= headWord.start() - 1
                    || !GroupContent.fits(content.acronym, text.substring(name.start(), name.end())) ? null
                    : GlossMatch.of(text, new TermSpan.Range(name.start(), headWord.end()), group, null, content.acronym,
                            GlossKind.ABBREVIATION);
        }
        if (!hasLetter(head) || head.indexOf('_') >= 0) {
            return null; // 0.72(상당한 일치): a number; search_web(query): code
        }
        GroupContent.Type type = content.type;
        if (head.length() == 1 && type != GroupContent.Type.ACRONYM && type != GroupContent.Type.ENGLISH_PHRASE
                && type != GroupContent.Type.EXPANSION_AND_ACRONYM) {
            return null; // v(모멘텀): a symbol and what it stands for, not a term and its translation
        }
        int at = head.indexOf('@');
        if (at > 0 && Acronyms.isAcronym(head, 0, at)) {
            head = head.substring(0, at); // NDCG@10(Normalized …): the metric at a cut-off; the term keeps the token
        }
        boolean headIsAcronym = Acronyms.isAcronym(head);
        if (content.phrase != null && GroupContent.isCategory(content.phrase, headIsAcronym ? Acronyms.letters(head) : 0)
                && !(isLowercaseWord(head) && content.phrase.indexOf(' ') < 0
                        && Lexicon.rendersAny(content.phrase, 0, content.phrase.length(), head))) {
            // LLaMA(모델), JSON(스키마 형식): what kind of thing the name is; dataset(데이터셋), a common word
            // the one Korean word renders, is translated by it
            return null;
        }
        switch (content.type) {
            case ACRONYM: {
                if (headIsAcronym && !Acronyms.capitals(content.acronym).endsWith(Acronyms.capitals(head))) {
                    return null; // one acronym after another: LLM (GPT)
                }
                TermSpan.Range term = EnglishTerms.ofAcronym(text, headEnd, content.acronym);
                if (headIsAcronym && (term == null || term.start() == headWord.start())) {
                    TermSpan.Range prefixed = withPrefixWord(text, headWord, head, content.acronym);
                    if (prefixed != null) {
                        // Conditional GAN (cGAN), 역 STFT(iSTFT): a lowercase letter for the word before the acronym
                        return GlossMatch.of(text, prefixed, group, null, content.acronym, GlossKind.ABBREVIATION);
                    }
                    return null; // Corrective RAG (CRAG) needs the word before the acronym
                }
                if (term != null && term.start() == headWord.start() && NameShapes.isPlainWord(head)
                        && Acronyms.capitals(content.acronym).length() >= 2 && !lettersInOrder(head, content.acronym)) {
                    // Kestrel (KVG-2): one plain word is not abbreviated to several letters, a name follows a name;
                    // Perplexity (PPL) is: its letters are the word's, in order
                    return null;
                }
                // Eagle (RWKV-5): one name after another, not an abbreviation of it.
                return term == null || !GroupContent.fits(content.acronym, text.substring(term.start(), term.end())) ? null
                        : GlossMatch.of(text, term, group, null, content.acronym, GlossKind.ABBREVIATION);
            }
            case NAME_LIST:
            case ENGLISH_LIST:
                // CRUD(Create, Read, Update, Delete): the items' initials spell the acronym.
                return (headIsAcronym || acronymPart(head) != null) && initialsSpell(content.items, head)
                        ? GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
            case ENGLISH_PHRASE:
                if (!headIsAcronym) {
                    if (NameShapes.isLowercaseAcronymOf(head, content.phrase)) {
                        return GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
                    }
                    if (Character.isLowerCase(head.charAt(0)) && headWord.start() > 1
                            && text.charAt(headWord.start() - 1) == ' ' && Scripts.isHangul(text.charAt(headWord.start() - 2))) {
                        // 무한 n-gram(infty-gram): a Korean term that ends in a lowercase Latin word.
                        TermSpan.Range term = TermSpan.korean(text, headEnd, TermHint.ofEnglish(content.phrase));
                        if (term != null && term.start() == headWord.start()) {
                            int wordStart = TermSpan.termWordBefore(text, headWord.start(), headEnd);
                            if (wordStart < 0) {
                                return null; // (…)이 o1-mini(OpenAI): no Korean word of the term, a name after a name
                            }
                            term = new TermSpan.Range(wordStart, term.end());
                        }
                        return GlossMatch.of(text, term, group, content.phrase, null, GlossKind.TRANSLATION);
                    }
                    String part = acronymPart(head);
                    if (part != null && GroupContent.fits(part, content.phrase)
                            || GroupContent.isName(head) && (initialsFollow(head, content.phrase)
                                    || Acronyms.lettersFollow(head, content.phrase))) {
                        // Drama-MOE(Mixture of Experts), StarPO(State-… Policy Optimization),
                        // Molmo (Multimodal Open Language Model)
                        return GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
                    }
                    return GroupContent.isName(content.phrase)
                            ? GlossMatch.of(text, EnglishTerms.ofName(text, headEnd, content.phrase), group, null, content.phrase,
                                    GlossKind.ABBREVIATION)
                            : null;
                }
                if (endsWithWord(content.phrase, head)) {
                    // 코퍼스 구축 WG(Corpus Building WG): a Korean term that ends in the acronym.
                    TermSpan.Range term = TermSpan.korean(text, headEnd, TermHint.ofEnglish(content.phrase));
                    return term == null || term.start() == headWord.start() ? null
                            : GlossMatch.of(text, term, group, content.phrase, null, GlossKind.TRANSLATION);
                }
                if (!GroupContent.fits(head, content.phrase) || containsWord(content.phrase, head)
                        || isOneWordThatCannotExpand(content.phrase, head)) {
                    return null;
                }
                TermSpan.Range wider = withTranslatedLead(text, headWord, headEnd, content.phrase, head);
                return wider != null ? GlossMatch.of(text, wider, group, content.phrase, null, GlossKind.TRANSLATION)
                        : GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
            case EXPANSION_AND_ACRONYM:
                if (headIsAcronym && head.equals(content.acronym)) {
                    // SLO(SLO; Service Level Objective): the group repeats the acronym, then expands it
                    return GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
                }
                if (headIsAcronym && endsWithWord(content.phrase, head)) {
                    // 시각 RAG(Visual RAG, VisRAG): a Korean term that ends in the acronym, with a name of its own
                    TermSpan.Range term = TermSpan.korean(text, headEnd, TermHint.ofEnglish(content.phrase));
                    return term == null || term.start() == headWord.start() ? null
                            : GlossMatch.of(text, term, group, content.phrase, content.acronym, GlossKind.TRANSLATION);
                }
                return null;
            case MIXED_PHRASE:
            case NAMED_KOREAN_PHRASE:
                if (headIsAcronym) {
                    // JMMLU(일본어판 MMLU): the names are the head's; (GPT-4 기반) after GPT-4V is a remark.
                    return (content.type == GroupContent.Type.MIXED_PHRASE ? GroupContent.fits(head, content.phrase)
                                    : namesOnlyTheHead(content.phrase, head))
                            ? GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
                }
                // LLM-as-a-Judge(LLM을 평가자로 활용하는 방식): Korean that keeps the head's own names.
                return namesOnlyTheHead(content.phrase, head)
                        ? GlossMatch.of(text, TermSpan.english(text, headEnd, GroupContent.words(content.phrase)), group,
                                content.phrase, null, GlossKind.REVERSE_TRANSLATION)
                        : null;
            case KOREAN_EXPLANATION:
                // KD(교사 모델의 출력을 학생 모델이 모방하도록 학습하는 기법): an acronym of letters explained
                return headIsAcronym && !GroupContent.hasDigit(head) && !hasNumberNotInHead(content.phrase, head)

                        ? GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
            case KOREAN_LIST:
                // ADMET(흡수, 분포, 대사, 배설, 독성): one item per letter
                return headIsAcronym && content.items.size() == Acronyms.capitals(head).length()
                        ? GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION) : null;
            case KOREAN_AND_ACRONYM: {
                // Agent-Computer Interface(에이전트-컴퓨터 인터페이스, ACI): a translation with the acronym
                if (headIsAcronym) {
                    return null;
                }
                // The acronym must spell the name: Agent Tools(…, ACI) is something else.
                return GlossMatch.of(text, EnglishTerms.spelling(text, headEnd, content.acronym), group, content.phrase,
                        content.acronym, GlossKind.REVERSE_TRANSLATION);
            }
            case KOREAN_PHRASE: {
                if (hasNumberNotInHead(content.phrase, head)) {
                    return null; // Transformer(2017년 제안), PyTorch(버전 2.0): a remark; 3D(3차원) is a gloss
                }
                if (hasDigitNotIn(head, content.phrase)) {
                    // FineWeb2(오픈소스), ESM-2(단백질 언어 모델): a remark on a numbered name, which a translation would keep
                    return null;
                }
                if (headIsAcronym) {
                    return Transliteration.describesInsteadOfExpanding(content.phrase, head) ? null
                            : GlossMatch.of(text, headWord, group, content.phrase, head, GlossKind.EXPANSION);
                }
                int koreanWords = GroupContent.words(content.phrase);
                TermSpan.Range term = TermSpan.english(text, headEnd, koreanWords);
                if (term != null && Categories.namesTheKindOf(text.substring(term.start(), term.end()), content.phrase)) {
                    return null; // Mamba(상태 공간 모델): what kind of thing the name is, not a translation
                }
                if (term != null && Lexicon.rendersNone(content.phrase, 0, content.phrase.length(),
                        text.substring(term.start(), term.end()))) {
                    return null; // forward pass(에이전트 실행): no Korean word of the group renders the name's words
                }
                return GlossMatch.of(text, term, group, content.phrase, null, GlossKind.REVERSE_TRANSLATION);
            }
            default:
                return null;
        }
    }

    /**
     * {@code Conditional GAN (cGAN)}, {@code 역 STFT(iSTFT)}: an acronym that is the head acronym with one
     * lowercase letter before it abbreviates the head and the word before it: an English word (not an
     * acronym) that starts with the letter, or a Korean word (which cannot be checked against it).
     */
    private static TermSpan.Range withPrefixWord(String text, TermSpan.Range headWord, String head, String acronym) {
        char letter = acronym.charAt(0);
        if (acronym.length() != head.length() + 1 || letter < 'a' || letter > 'z' || !acronym.endsWith(head)
                || headWord.start() < 2 || text.charAt(headWord.start() - 1) != ' ') {
            return null;
        }
        if (Scripts.isHangul(text.charAt(headWord.start() - 2))) {
            int start = TermSpan.termWordBefore(text, headWord.start(), headWord.end());
            return start < 0 ? null : new TermSpan.Range(start, headWord.end());
        }
        TermSpan.Range two = TermSpan.english(text, headWord.end(), 2);
        // a word, not another acronym: 기계 번역된 MS MARCO (mMARCO) is a name of its own
        return two != null && two.start() < headWord.start() && Character.toLowerCase(text.charAt(two.start())) == letter
                && Character.isLowerCase(text.charAt(two.start() + 1)) ? two : null;
    }

    /** A word of lowercase letters only ({@code dataset}, {@code agent}): a common word, not a name. */
    private static boolean isLowercaseWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * Whether every letter of the acronym is a letter of the word, in order, the first its first:
     * {@code PPL} in {@code Perplexity}, not {@code KVG} in {@code Kestrel}.
     */
    private static boolean lettersInOrder(String word, String acronym) {
        if (acronym.isEmpty() || Character.toLowerCase(acronym.charAt(0)) != Character.toLowerCase(word.charAt(0))) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < acronym.length(); i++) {
            char c = Character.toLowerCase(acronym.charAt(i));
            if (!Character.isLetter(c)) {
                return false;
            }
            while (at < word.length() && Character.toLowerCase(word.charAt(at)) != c) {
                at++;
            }
            if (at == word.length()) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * {@code 멀티모달 LLM(Multimodal Large Language Model)}: the expansion's initials spell the
     * acronym after leading words of its own, and Korean words before the acronym translate
     * those. The term is those words and the acronym, a translation; null when there are none.
     */
    private static TermSpan.Range withTranslatedLead(String text, TermSpan.Range headWord, int headEnd, String phrase,
            String acronym) {
        int before = headWord.start();
        if (before < 2 || text.charAt(before - 1) != ' ' || !Scripts.isHangul(text.charAt(before - 2))) {
            return null;
        }
        if (Acronyms.initialCount(phrase) <= Acronyms.spelledLetters(acronym)) {
            return null; // no word left for a lead: the usual expansion, decided without building strings
        }
        if (TermSpan.termWordBefore(text, before, headEnd) < 0) {
            return null; // 신뢰도는 pLDDT(…): a particle ends the clause before the acronym
        }
        String capitals = Acronyms.leadingLowercase(acronym) + Acronyms.capitals(acronym);
        String initials = Acronyms.initials(phrase);
        int lead = initials.length() - capitals.length();
        if (capitals.isEmpty() || lead < 1 || !initials.endsWith(capitals)) {
            return null;
        }
        // The lead is the phrase up to the start of its word or hyphen part number `lead`.
        int parts = 0;
        int cut = -1;
        boolean partStart = true;
        for (int i = 0; i < phrase.length() && cut < 0; i++) {
            char c = phrase.charAt(i);
            if (partStart && Character.isLetter(c) && parts++ == lead) {
                cut = i;
            }
            partStart = c == ' ' || c == '-';
        }
        if (cut <= 0) {
            return null;
        }
        String leading = phrase.substring(0, cut).strip();
        if (leading.endsWith("-") || TermHint.functionWord(leading, 0, GroupContent.firstWordLength(leading)) != 0) {
            return null; // (Pre-trained LM), (the Large Language Model): no lead of its own
        }
        TermSpan.Range korean = TermSpan.korean(text, before - 1, TermHint.ofEnglish(leading));
        return korean == null ? null : new TermSpan.Range(korean.start(), headEnd);
    }

    /**
     * Whether every Latin word of a mixed phrase is part of a head without digits
     * ({@code LLM} in {@code LLM-as-a-Judge}): the Korean translates the head and keeps its names.
     */
    private static boolean namesOnlyTheHead(String phrase, String head) {
        if (GroupContent.hasDigit(head)) {
            return false; // Qwen2.5-VL(Qwen2.5 기반): a remark on what the model is built from
        }
        for (int i = 0; i < phrase.length(); ) {
            if (!Scripts.isAsciiLetter(phrase.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < phrase.length() && Scripts.isAsciiLetter(phrase.charAt(i))) {
                i++;
            }
            if (!head.contains(phrase.substring(start, i))) {
                return false;
            }
        }
        return true;
    }


    /**
     * Whether a head has a number that a phrase does not ({@code FineWeb2(오픈소스)}, {@code ESM-2(…)};
     * not {@code 3D(3차원)}); a digit alone between letters reads as a word ({@code T2V}: "to").
     */
    private static boolean hasDigitNotIn(String head, String phrase) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            boolean between = i > 0 && i + 1 < head.length() && Character.isLetter(head.charAt(i - 1))
                    && Character.isLetter(head.charAt(i + 1));
            if (c >= '0' && c <= '9' && !between && phrase.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code GPT-4o(OpenAI)}: one word, without hyphen parts, cannot expand an acronym of two
     * letters or more, unless its capitals are the acronym's ({@code OAI(OpenAI)}); the group
     * names something else, here who made it.
     */
    private static boolean isOneWordThatCannotExpand(String phrase, String acronym) {
        if (phrase.indexOf(' ') >= 0 || phrase.indexOf('-') >= 0 || Acronyms.letters(acronym) < 2) {
            return false;
        }
        return !Acronyms.capitals(phrase).equals(Acronyms.capitals(acronym));
    }

    private static boolean hasLetter(String head) {
        for (int i = 0; i < head.length(); i++) {
            if (Character.isLetter(head.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Korean phrase holds a digit that the English head before it does not. */
    private static boolean hasNumberNotInHead(String phrase, String head) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c >= '0' && c <= '9' && head.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The acronym a name ends in as its last hyphen part ({@code Drama-MOE}); null if none. */
    private static String acronymPart(String head) {
        int hyphen = head.lastIndexOf('-');
        return hyphen > 0 && Acronyms.isAcronym(head, hyphen + 1, head.length()) ? head.substring(hyphen + 1) : null;
    }

    /** Whether the capitals of a name start words of a phrase, in order, all but one at most, two at least. */
    private static boolean initialsFollow(String name, String phrase) {
        String initials = Acronyms.initials(phrase);
        int capitals = Acronyms.capitals(name).length();
        int matched = Acronyms.capitalsSpelled(name, initials);
        return matched >= 2 && matched >= capitals - 1 && initials.length() > 0 && initials.charAt(0) == name.charAt(0);
    }

    /** Whether the first letters of a list's items appear, in order, among an acronym's capitals. */
    private static boolean initialsSpell(List<String> items, String acronym) {
        String capitals = acronym.toUpperCase(Locale.ROOT);
        int at = 0;
        for (String item : items) {
            if (item.startsWith("and ") || item.startsWith("or ")) {
                item = item.substring(item.indexOf(' ') + 1); // DSP(Draft, Sketch, and Prove)
            }
            int found = capitals.indexOf(Character.toUpperCase(item.charAt(0)), at);
            if (found < 0) {
                return false;
            }
            at = found + 1;
        }
        return Character.toUpperCase(items.get(0).charAt(0)) == capitals.charAt(0);
    }

    private static boolean endsWithWord(String phrase, String word) {
        return phrase.length() > word.length() + 1 && phrase.endsWith(word) && phrase.charAt(phrase.length() - word.length() - 1) == ' ';
    }

    /** Whether a word is one of the phrase's words or hyphen parts. */
    private static boolean containsWord(String phrase, String word) {
        for (int at = phrase.indexOf(word); at >= 0; at = phrase.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || phrase.charAt(at - 1) == ' ' || phrase.charAt(at - 1) == '-')
                    && (end == phrase.length() || phrase.charAt(end) == ' ' || phrase.charAt(end) == '-')) {
                return true;
            }
        }
        return false;
    }
}
