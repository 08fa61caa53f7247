package io.github.dailypapers.digest.internal.text;

/**
 * How English words and phrases are written, where the shape alone tells a name, a product or a
 * coefficient from a translation, for {@link GlossFinder} and {@link EnglishHeads}: {@code Unitree H1},
 * {@code Kestrel}, {@code Video-LLMs}, {@code npm}, {@code Kendall τ}.
 */
final class NameShapes {

    private NameShapes() {}

    /** A word of one capital and one to four digits after another word: {@code Unitree H1}, {@code NVIDIA A100}. */
    static boolean hasProductCode(String phrase) {
        for (int space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) {
            int start = space + 1;
            int end = phrase.indexOf(' ', start);
            if (end < 0) {
                end = phrase.length();
            }
            if (end - start < 2 || end - start > 5 || phrase.charAt(start) < 'A' || phrase.charAt(start) > 'Z') {
                continue;
            }
            boolean digits = true;
            for (int i = start + 1; i < end && digits; i++) {
                digits = phrase.charAt(i) >= '0' && phrase.charAt(i) <= '9';
            }
            if (digits) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Stage 1}, {@code Phase II}, {@code Llama 3}, {@code system I}: a capitalised word, then a number
     * of up to three digits, or any word and a Roman numeral in capitals, as the phrase's last word. It numbers an item; a Korean term without
     * the number ({@code 프로포절(Stage 1)}) is not what it translates.
     */
    static boolean isNumberedLabel(String phrase) {
        int space = phrase.lastIndexOf(' ');
        if (space < 1) {
            return false;
        }
        String last = phrase.substring(space + 1);
        if (last.isEmpty() || last.length() > 3) {
            return false;
        }
        if (last.charAt(0) <= 'Z' && GroupShapes.isRomanNumeral(last)) {
            return true; // Phase II, system I: a capital numeral numbers whatever word is before it
        }
        int wordStart = phrase.lastIndexOf(' ', space - 1) + 1;
        if (phrase.charAt(0) < 'A' || phrase.charAt(0) > 'Z' || phrase.charAt(wordStart) < 'A' || phrase.charAt(wordStart) > 'Z') {
            return false; // Game of 24: a number after a lowercase word is part of a name's words
        }
        for (int i = 0; i < last.length(); i++) {
            if (last.charAt(i) < '0' || last.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code chosen/rejected}, {@code Classification/Regression}: two words of letters joined by one
     * slash. After a Korean term without a slash they list kinds of the thing, not its translation
     * ({@code 입력/출력(input/output)} translates).
     */
    static boolean isSlashPair(String phrase) {
        int slash = phrase.indexOf('/');
        if (slash < 1 || slash == phrase.length() - 1 || phrase.indexOf('/', slash + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (i != slash && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word of lowercase letters only: {@code Kestrel}, not {@code ToMe} or {@code Llama2}. */
    static boolean isPlainWord(String word) {
        if (word.length() < 2 || word.charAt(0) < 'A' || word.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Video-LLMs}, {@code Visual-RFT}: one capitalised word of lowercase letters, a hyphen and
     * an acronym of capitals (perhaps with a plural {@code s}).
     */
    static boolean isWordAndAcronym(String phrase) {
        int hyphen = phrase.indexOf('-');
        if (hyphen < 3 || hyphen != phrase.lastIndexOf('-') || phrase.indexOf(' ') >= 0
                || phrase.charAt(0) < 'A' || phrase.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < hyphen; i++) {
            if (phrase.charAt(i) < 'a' || phrase.charAt(i) > 'z') {
                return false;
            }
        }
        int end = phrase.endsWith("s") ? phrase.length() - 1 : phrase.length();
        if (end - hyphen - 1 < 2) {
            return false;
        }
        for (int i = hyphen + 1; i < end; i++) {
            if (phrase.charAt(i) < 'A' || phrase.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The acronym inside a one-word name of 5 to 24 letters glued from a word and an acronym, or null: a
     * word of three or more letters, then two or more capitals and perhaps a plural {@code s} ({@code DocQA},
     * {@code textQA}, {@code RankDPO}, {@code SimulST}), or two or more capitals followed by a capitalised
     * word ({@code IAScore}: IA, {@code VLFeedback}: VL). Such a name abbreviates a Korean term the way an
     * acronym does ({@code 문서 질문 응답(DocQA)}), where {@code 배치 앙상블(BatchEnsemble)} translates one word
     * by word.
     */
    static String gluedAcronym(String phrase) {
        int n = phrase.length();
        if (n < 5 || n > 24) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!Scripts.isAsciiLetter(phrase.charAt(i))) {
                return null; // a hyphen, digit or space: the other rules read it
            }
        }
        int lower = 1;
        while (lower < n && phrase.charAt(lower) >= 'a' && phrase.charAt(lower) <= 'z') {
            lower++;
        }
        if (lower >= 3) {
            // DocQA, CodeLLMs: the word, then capitals to the end
            int end = phrase.charAt(n - 1) == 's' ? n - 1 : n;
            for (int k = lower; k < end; k++) {
                if (phrase.charAt(k) < 'A' || phrase.charAt(k) > 'Z') {
                    return null;
                }
            }
            return end - lower >= 2 ? phrase.substring(lower) : null;
        }
        if (lower > 1) {
            return null;
        }
        int capitals = 0;
        while (capitals < n && phrase.charAt(capitals) >= 'A' && phrase.charAt(capitals) <= 'Z') {
            capitals++;
        }
        // IAScore: the last capital starts the word, which is lowercase to the end
        if (capitals < 3 || n - capitals < 2) {
            return null;
        }
        for (int k = capitals; k < n; k++) {
            if (phrase.charAt(k) < 'a' || phrase.charAt(k) > 'z') {
                return null;
            }
        }
        return phrase.substring(0, capitals - 1);
    }

    /** The Korean names of the Greek letters, as a coefficient's name ends in Korean ({@code 켄달 타우}). */
    private static final String[] GREEK_LETTER_NAMES = {"알파", "베타", "감마", "델타", "엡실론", "제타", "에타", "세타",
        "카파", "람다", "뮤", "시그마", "타우", "파이", "카이", "프사이", "오메가", "로"};

    /** A phrase whose last word is one Greek letter after a space: {@code Spearman ρ}. */
    static boolean endsWithGreekSymbol(String phrase) {
        int n = phrase.length();
        char last = phrase.charAt(n - 1);
        return n >= 3 && last >= 'α' && last <= 'ω' && phrase.charAt(n - 2) == ' ';
    }

    /** Whether the text before {@code headEnd} ends in a Greek letter's Korean name. */
    static boolean endsWithGreekLetterName(String text, int headEnd) {
        for (String name : GREEK_LETTER_NAMES) {
            int start = headEnd - name.length();
            // a whole word: 로 (rho) is also the end of many words (방식으로)
            if (text.startsWith(name, start) && (start == 0 || text.charAt(start - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code npm(Node Package Manager)}, {@code lr(learning rate)}: a lowercase word of two to five
     * letters that is exactly the initials of the phrase's words.
     */
    static boolean isLowercaseAcronymOf(String head, String phrase) {
        if (head.length() < 2 || head.length() > 5) {
            return false;
        }
        for (int i = 0; i < head.length(); i++) {
            if (head.charAt(i) < 'a' || head.charAt(i) > 'z') {
                return false;
            }
        }
        return Acronyms.initials(phrase).equalsIgnoreCase(head);
    }

    /**
     * {@code 실내(ScanNet)}, {@code 관리(PagedAttention)}: a name of two or more capitalised parts written
     * as one word, after a Korean word of one or two syllables that is not spelled from English: one
     * short Korean word does not translate a name of several parts; it says what the name is about.
     * ({@code 배치 앙상블(BatchEnsemble)} has a word per part, {@code 플래시어텐션(FlashAttention)} spells it.)
     */
    static boolean isCompoundNameAfterShortWord(String text, int termStart, int termEnd, String phrase) {
        if (termEnd - termStart > 2 || phrase.length() < 4) {
            return false;
        }
        for (int i = termStart; i < termEnd; i++) {
            if (!Scripts.isHangulSyllable(text.charAt(i))) {
                return false;
            }
        }
        for (int i = 0; i < phrase.length(); i++) {
            if (!Scripts.isAsciiLetterOrDigit(phrase.charAt(i))) {
                return false; // one word of letters and digits only
            }
        }
        return capitalisedParts(phrase) >= 2 && !Transliteration.isSpelledFromEnglish(text, termStart, termEnd);
    }

    /**
     * {@code XSum}, {@code MemoTrap}, {@code ALFWorld}, {@code NQ-Open}: one word of letters, digits and
     * hyphens with a capital inside a part after a lowercase letter, or before a lowercase letter after
     * another capital, or with a part of capitals only: a name, not an English phrase
     * ({@code Vision-Language} is two words).
     */
    static boolean isOneWordName(String phrase) {
        if (phrase.length() < 4) {
            return false;
        }
        boolean name = false;
        int capitalsInPart = 0;
        int partLength = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '-' && i > 0) {
                name |= capitalsInPart >= 2 && capitalsInPart == partLength;
                capitalsInPart = 0;
                partLength = 0;
                continue;
            }
            if (!Scripts.isAsciiLetterOrDigit(c)) {
                return false;
            }
            if (partLength > 0 && c >= 'A' && c <= 'Z') {
                char before = phrase.charAt(i - 1);
                name |= before >= 'a' && before <= 'z'
                        || before >= 'A' && before <= 'Z' && i + 1 < phrase.length() && Character.isLowerCase(phrase.charAt(i + 1));
            }
            capitalsInPart += c >= 'A' && c <= 'Z' ? 1 : 0;
            partLength++;
        }
        return name || capitalsInPart >= 2 && capitalsInPart == partLength && phrase.indexOf('-') > 0;
    }

    /**
     * How many parts a name written as one word has: one, and one more for each capital after a
     * lowercase letter ({@code SemDeDup}: 3, {@code VideoQA}: 2, {@code Scan3Net}: 1).
     */
    static int capitalisedParts(String name) {
        int parts = 1;
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                parts++;
            }
        }
        return parts;
    }

    /**
     * Where a name spelled in Hangul that keeps the Latin letters or digits of its English name
     * starts: {@code 웹비드-10M(WebVid-10M)}, {@code 오픈VLA(OpenVLA)}, {@code 라마2(LLaMA2)},
     * {@code 텍스트-투-SQL(Text-to-SQL)}. The word before {@code headEnd} must start with a Hangul
     * syllable and end in a Latin letter or digit, and each of its runs of Latin letters and digits
     * must be a part of the English: at a word, hyphen, capital or digit boundary there, ignoring case
     * ({@code 비-AR(counterpart)} has no part "AR"); the English has every number of the word and at
     * least three letters more. -1 for any other word.
     */
    static int spelledNameStart(String text, int headEnd, String english) {
        int start = headEnd;
        while (start > 0 && headEnd - start < MAX_SPELLED_NAME && !TermSpan.endsWord(text.charAt(start - 1))) {
            start--;
        }
        if (start == headEnd || !Scripts.isHangulSyllable(text.charAt(start)) || start > 0 && !TermSpan.endsWord(text.charAt(start - 1))) {
            return -1;
        }
        int runs = 0;
        for (int i = start; i < headEnd; ) {
            if (!Scripts.isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < headEnd && Scripts.isAsciiLetterOrDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            if (!hasPart(english, text, i, runEnd)) {
                return -1;
            }
            runs++;
            i = runEnd;
        }
        // the Hangul spells a word of three letters or more, and the English has no number the word lacks
        // (라마-3(Llama-3 8B) names a size too; 모델-2(v2) spells nothing)
        return runs > 0 && letters(english) >= letters(text, start, headEnd) + 3 && keepsDigits(english, text, start, headEnd)
                ? start : -1;
    }

    /** Whether every run of digits of the English is in {@code text[start, end)}. */
    private static boolean keepsDigits(String english, String text, int start, int end) {
        for (int i = 0; i < english.length(); ) {
            if (!Character.isDigit(english.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < english.length() && Character.isDigit(english.charAt(runEnd))) {
                runEnd++;
            }
            String digits = english.substring(i, runEnd);
            int at = text.indexOf(digits, start);
            if (at < 0 || at + digits.length() > end) {
                return false;
            }
            i = runEnd;
        }
        return true;
    }

    /** How many Latin letters the text has: a spelled name's English has more than the Latin letters it keeps. */
    private static int letters(String s) {
        return letters(s, 0, s.length());
    }

    private static int letters(String s, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            count += c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
        }
        return count;
    }

    /**
     * {@code WebVid-10M}, {@code Florence2}, {@code Claude 3.5}: up to four words of Latin letters,
     * digits, hyphens and dots, with a letter; what a name with a version looks like.
     */
    static boolean isPlainName(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        int spaces = 0;
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (c != '-' && c != '.' && !Scripts.isAsciiLetterOrDigit(c)) {
                return false;
            }
            letter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return letter && spaces <= 3;
    }

    /** A spelled name longer than this is not looked for: the test stays bounded. */
    private static final int MAX_SPELLED_NAME = 30;


    /** Whether {@code text[from, to)} is a part of the English, in any case, starting and ending at a boundary there. */
    private static boolean hasPart(String english, String text, int from, int to) {
        int length = to - from;
        for (int at = 0; at + length <= english.length(); at++) {
            if (english.regionMatches(true, at, text, from, length)
                    && (at == 0 || boundary(english.charAt(at - 1), english.charAt(at)))
                    && (at + length == english.length() || boundary(english.charAt(at + length - 1), english.charAt(at + length)))) {
                return true;
            }
        }
        return false;
    }

    /** A part ends between two chars: after a char that is not a letter or digit, between a letter and a digit, before a capital. */
    private static boolean boundary(char before, char after) {
        return !Scripts.isAsciiLetterOrDigit(before) || !Scripts.isAsciiLetterOrDigit(after)
                || Character.isDigit(before) != Character.isDigit(after) || after >= 'A' && after <= 'Z';
    }
}
