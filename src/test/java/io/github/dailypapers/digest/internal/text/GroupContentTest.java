package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dailypapers.digest.internal.text.GroupContent.Type;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link GroupContent#classify} says a group holds, asserted exactly: the type, the phrase,
 * the acronym and the items. Each row pins one rule of docs/bilingual.md ("What is not a gloss")
 * at its boundary: the longest phrase still taken, the first char still read as a letter, …
 */
class GroupContentTest {

    /** "TYPE phrase=… acronym=… items=…", empty parts left out. */
    private static String classified(String content) {
        GroupContent c = GroupContent.classify(content);
        StringBuilder s = new StringBuilder(c.type.name());
        if (c.phrase != null) {
            s.append(" phrase=").append(c.phrase);
        }
        if (c.acronym != null) {
            s.append(" acronym=").append(c.acronym);
        }
        if (!c.items.isEmpty()) {
            s.append(" items=").append(String.join("/", c.items));
        }
        return s.toString();
    }

    @ParameterizedTest(name = "({0}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ok                                                        | ENGLISH_PHRASE phrase=ok
        az                                                        | ENGLISH_PHRASE phrase=az
        za                                                        | ENGLISH_PHRASE phrase=za
        Az                                                        | ENGLISH_PHRASE phrase=Az
        zA                                                        | ENGLISH_PHRASE phrase=zA
        naïve bayes                                               | ENGLISH_PHRASE phrase=naïve bayes
        éé                                                        | ENGLISH_PHRASE phrase=éé
        deep learning！                                            | ENGLISH_PHRASE phrase=deep learning！
        one two three four five six seven eight nine ten          | ENGLISH_PHRASE phrase=one two three four five six seven eight nine ten
        one two three four five six seven eight nine ten eleven   | NOT_GLOSS
        deep → learning                                           | NOT_GLOSS
        1D                                                        | ACRONYM acronym=1D
        9D                                                        | ACRONYM acronym=9D
        0D                                                        | NOT_GLOSS
        SAM 2                                                     | ACRONYM acronym=SAM 2
        SAM .5                                                    | ENGLISH_PHRASE phrase=SAM .5
        0 GPUs                                                    | NOT_GLOSS
        9 GPUs                                                    | NOT_GLOSS
        xxviii                                                    | NOT_GLOSS
        Kim et al., 2024                                          | NOT_GLOSS
        NeurIPS 2023                                              | NOT_GLOSS
        NeurIPS 1900                                              | NOT_GLOSS
        NeurIPS 2099                                              | NOT_GLOSS
        NeurIPS 1899                                              | ENGLISH_PHRASE phrase=NeurIPS 1899
        NeurIPS 2100                                              | ENGLISH_PHRASE phrase=NeurIPS 2100
        NeurIPS 3023                                              | ENGLISH_PHRASE phrase=NeurIPS 3023
        NeurIPS 202a                                              | ENGLISH_PHRASE phrase=NeurIPS 202a
        NeurIPS 20234                                             | ENGLISH_PHRASE phrase=NeurIPS 20234
        Main NeurIPS 2023                                         | ENGLISH_PHRASE phrase=Main NeurIPS 2023
        ICLR 2024                                                 | NOT_GLOSS
        WMT 14                                                    | ACRONYM acronym=WMT 14
        Figure 3                                                  | NOT_GLOSS
        figure 3                                                  | NOT_GLOSS
        FIG. 3a                                                   | NOT_GLOSS
        Appendix B                                                | NOT_GLOSS
        Appendix b                                                | ENGLISH_PHRASE phrase=Appendix b
        Appendix BC                                               | ENGLISH_PHRASE phrase=Appendix BC
        § 3                                                       | NOT_GLOSS
        proposition 4                                             | NOT_GLOSS
        Sections 4.1 and 4.2                                      | NOT_GLOSS
        Tables 1 & 2                                              | NOT_GLOSS
        Tables 1 or 2                                             | ENGLISH_PHRASE phrase=Tables 1 or 2
        Figure three                                              | ENGLISH_PHRASE phrase=Figure three
        Figure 3 results                                          | ENGLISH_PHRASE phrase=Figure 3 results
        Figure captioning 3                                       | ENGLISH_PHRASE phrase=Figure captioning 3
        Ours                                                      | NOT_GLOSS
        ours                                                      | NOT_GLOSS
        Ours vs. Baseline                                         | NOT_GLOSS
        Ours vs Baseline                                          | NOT_GLOSS
        Ours vs                                                   | ENGLISH_PHRASE phrase=Ours vs
        Ours vsBaseline                                           | ENGLISH_PHRASE phrase=Ours vsBaseline
        Ours vs.                                                  | NOT_GLOSS
        git `clone`                                               | NOT_GLOSS
        RL: reinforcement learning                                | EXPANSION_AND_ACRONYM phrase=reinforcement learning acronym=RL
        RL:  reinforcement learning                               | EXPANSION_AND_ACRONYM phrase=reinforcement learning acronym=RL
        RL:reinforcement learning                                 | NOT_GLOSS
        Rl: reinforcement learning                                | NOT_GLOSS
        RL: learning reinforcement                                | NOT_GLOSS
        RL: reinforcement words                                   | NOT_GLOSS
        RL: reinforcement learning: more                          | NOT_GLOSS
        RL: reinforcement, learning                               | NOT_GLOSS
        RL: reinforcement learning; RL                            | NOT_GLOSS
        RL: 강화 학습                                             | NOT_GLOSS
        PSNR: Peak Signal-to-Noise Ratio                          | EXPANSION_AND_ACRONYM phrase=Peak Signal-to-Noise Ratio acronym=PSNR
        ABCDEFGHIJKLMNOP: alpha beta                              | NOT_GLOSS
        AB: alpha beta                                            | EXPANSION_AND_ACRONYM phrase=alpha beta acronym=AB
        AB: alpha xyz                                             | NOT_GLOSS
        줄여서 RAG                                                | ACRONYM acronym=RAG
        약칭: RAG                                                 | ACRONYM acronym=RAG
        영어: reinforcement learning                              | ENGLISH_PHRASE phrase=reinforcement learning
        또는 더 큰 모델                                           | KOREAN_PHRASE phrase=또는 더 큰 모델
        줄여서                                                    | KOREAN_PHRASE phrase=줄여서
        요약 RAG                                                  | NAMED_KOREAN_PHRASE phrase=요약 RAG
        '''LLM'''                                                 | ACRONYM acronym=LLM
        “LLM”                                                     | ACRONYM acronym=LLM
        '''LLM"'                                                  | ENGLISH_PHRASE phrase='LLM"
        "LLM'                                                     | ENGLISH_PHRASE phrase="LLM'
        ''                                                        | NOT_GLOSS
        AZ: alpha zeta                                            | EXPANSION_AND_ACRONYM phrase=alpha zeta acronym=AZ
        per token                                                 | NOT_GLOSS
        On average                                                | NOT_GLOSS
        w/o RL                                                    | NOT_GLOSS
        without RL                                                | NOT_GLOSS
        in-context learning                                       | ENGLISH_PHRASE phrase=in-context learning
        in                                                        | ENGLISH_PHRASE phrase=in
        higher is better                                          | NOT_GLOSS
        Attention Is All You Need                                 | NOT_GLOSS
        island model                                              | ENGLISH_PHRASE phrase=island model
        this model                                                | ENGLISH_PHRASE phrase=this model
        ABCDEFGHIJKLMNO: alpha beta                               | EXPANSION_AND_ACRONYM phrase=alpha beta acronym=ABCDEFGHIJKLMNO
        Appendix A                                                | NOT_GLOSS
        Appendix Z                                                | NOT_GLOSS
        Figure 0                                                  | NOT_GLOSS
        Figure 9                                                  | NOT_GLOSS
        Ours vs B                                                 | NOT_GLOSS
        propositions 4                                            | ENGLISH_PHRASE phrase=propositions 4
        Net0                                                      | NOT_GLOSS
        Net9                                                      | NOT_GLOSS
        model suite v2                                            | NOT_GLOSS
        model suite V2                                            | NOT_GLOSS
        model suite 1.0                                           | NOT_GLOSS
        vitamin type v                                            | ENGLISH_PHRASE phrase=vitamin type v
        model v1x                                                 | ENGLISH_PHRASE phrase=model v1x
        release 2024 edition                                      | ENGLISH_PHRASE phrase=release 2024 edition
        ; large models                                            | NOT_GLOSS
        ', large models'                                          | NOT_GLOSS
        Large Language Models; LLMs                               | EXPANSION_AND_ACRONYM phrase=Large Language Models acronym=LLMs
        LLMs; Large Language Models                               | EXPANSION_AND_ACRONYM phrase=Large Language Models acronym=LLMs
        Matmul; Matrix Multiplication                             | EXPANSION_AND_ACRONYM phrase=Matrix Multiplication acronym=Matmul
        alpha beta gamma delta epsilon zeta eta theta iota kappa; ABGDE | EXPANSION_AND_ACRONYM phrase=alpha beta gamma delta epsilon zeta eta theta iota kappa acronym=ABGDE
        """)
    void englishContent(String content, String expected) {
        assertEquals(expected, classified(content));
    }

    @ParameterizedTest(name = "({0}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        'dense retrieval, reranking,'                     | NOT_GLOSS
        'planning, code generation tool, searching'       | ENGLISH_LIST phrase=planning, code generation tool, searching items=planning/code generation tool/searching
        'planning, code generation tool pipeline, search' | NOT_GLOSS
        'planning, CLIP, searching'                       | NAME_LIST phrase=planning, CLIP, searching items=planning/CLIP/searching
        'planning, acting, searching, reviewing'          | ENGLISH_LIST phrase=planning, acting, searching, reviewing items=planning/acting/searching/reviewing
        'planning, acting, searching, reviewing, writing' | NAME_LIST phrase=planning, acting, searching, reviewing, writing items=planning/acting/searching/reviewing/writing
        'ab1, bc1, cd1, de1, ef1, fg1'                    | NAME_LIST phrase=ab1, bc1, cd1, de1, ef1, fg1 items=ab1/bc1/cd1/de1/ef1/fg1
        'ab1, bc1, cd1, de1, ef1, fg1, gh1'               | NOT_GLOSS
        'alpha zoom, Alpha Zulu'                          | ENGLISH_LIST phrase=alpha zoom, Alpha Zulu items=alpha zoom/Alpha Zulu
        'code-generation, Code Generation'                | ENGLISH_LIST phrase=code-generation, Code Generation items=code-generation/Code Generation
        'planning, codeGen'                               | NAME_LIST phrase=planning, codeGen items=planning/codeGen
        'planning, code2'                                 | NAME_LIST phrase=planning, code2 items=planning/code2
        'planning, CodeGen'                               | NAME_LIST phrase=planning, CodeGen items=planning/CodeGen
        'CLIP, SigLIP'                                    | NAME_LIST phrase=CLIP, SigLIP items=CLIP/SigLIP
        'Create, Read, Update, Delete'                    | ENGLISH_LIST phrase=Create, Read, Update, Delete items=Create/Read/Update/Delete
        """)
    void lists(String content, String expected) {
        assertEquals(expected, classified(content));
    }

    @ParameterizedTest(name = "({0}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        지역 확률적 경사 하강법 기반 방법                 | KOREAN_PHRASE phrase=지역 확률적 경사 하강법 기반 방법
        지역 확률적 경사 하강법 기반 방법 모음            | KOREAN_EXPLANATION phrase=지역 확률적 경사 하강법 기반 방법 모음
        교사 모델의 출력 분포를 학생 모델이 모방하도록 학습하는 여러 기법 가운데 하나 | KOREAN_EXPLANATION phrase=교사 모델의 출력 분포를 학생 모델이 모방하도록 학습하는 여러 기법 가운데 하나
        교사 모델의 출력 분포를 학생 모델이 모방하도록 학습하는 여러 기법 가운데 한 가지 | NOT_GLOSS
        교사 모델의 출력 분포를 학생 모델이 모방하도록 학습한다 | NOT_GLOSS
        관성 측정 장치, inertial measurement unit        | MIXED_PHRASE phrase=inertial measurement unit
        inertial measurement unit, 관성 측정 장치        | MIXED_PHRASE phrase=inertial measurement unit
        관성 측정 장치; inertial measurement unit        | MIXED_PHRASE phrase=inertial measurement unit
        inertial 장치; measurement unit                 | NOT_GLOSS
        관성 장치; inertial 장치                         | NOT_GLOSS
        관성 장치;; inertial unit                        | NOT_GLOSS
        '관성 장치, , inertial unit'                     | NOT_GLOSS
        '관성 장치, a b c d e f g h i j k'               | NOT_GLOSS
        '관성 장치, 1234'                                | NOT_GLOSS
        1234; GPT1                                      | NOT_GLOSS
        inertial measurement 장치 기반 센서 모듈          | MIXED_PHRASE phrase=inertial measurement 장치 기반 센서 모듈
        inertial measurement 장치 기반 센서 모듈 묶음     | NOT_GLOSS
        """)
    void koreanAndMixedContent(String content, String expected) {
        assertEquals(expected, classified(content));
    }

    /** Every example marker and formula word, whatever char the lookup table starts with. */
    @ParameterizedTest(name = "({0}) is not a gloss")
    @ValueSource(strings = {"e.g. speech recognition", "E.g. speech recognition", "eg. speech", "i.e. the encoder",
        "cf. prior work", "ex. speech", "see appendix", "vs baseline", "vs. baseline", "예를 들어 음성 인식", "즉 음성 인식",
        "leq two", "geq two", "neq two", "approx two", "le two", "ge two", "lt two", "gt two", "times two", "e.g.GPT"})
    void examplesAndFormulas(String content) {
        assertEquals("NOT_GLOSS", classified(content));
    }

    /** The markers whose table entry is not ASCII, and the punctuated ones that touch the next word. */
    @ParameterizedTest(name = "({0}) is not a gloss")
    @ValueSource(strings = {"예: 음성 인식", "예) 음성 인식", "예시: 음성 인식", "참고: 부록", "출처: 부록", "단, 음성 인식",
        "즉, 음성 인식", "예 : 음성 인식", "EX) speech", "ex: speech", "CF. prior work", "I.E.,the encoder",
        "\\leq two", "\\sim two", "VS. baseline"})
    void otherMarkers(String content) {
        assertEquals("NOT_GLOSS", classified(content));
    }

    /** A group that starts like a marker (same first, or first two, chars) is read as usual. */
    @ParameterizedTest(name = "({0}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        exploration           | ENGLISH_PHRASE phrase=exploration
        ex-post analysis      | ENGLISH_PHRASE phrase=ex-post analysis
        level set             | ENGLISH_PHRASE phrase=level set
        legacy                | ENGLISH_PHRASE phrase=legacy
        segment               | ENGLISH_PHRASE phrase=segment
        seeded search         | ENGLISH_PHRASE phrase=seeded search
        visual speech         | ENGLISH_PHRASE phrase=visual speech
        ice                   | ENGLISH_PHRASE phrase=ice
        eager execution       | ENGLISH_PHRASE phrase=eager execution
        예측 모델             | KOREAN_PHRASE phrase=예측 모델
        참조 모델             | KOREAN_PHRASE phrase=참조 모델
        즉시 응답             | KOREAN_PHRASE phrase=즉시 응답
        """)
    void wordsThatStartLikeAMarker(String content, String expected) {
        assertEquals(expected, classified(content));
    }

    /** The one scan of a group counts its words (tabs separate them too) and notes its digits, of any script. */
    @ParameterizedTest(name = "({0}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ab cd ef gh ij kl mn op qr st           | ENGLISH_PHRASE phrase=ab cd ef gh ij kl mn op qr st
        ab cd ef gh ij kl mn op qr st uv        | NOT_GLOSS
        ab cd ef gh ij kl mn op qr st{TAB}uv    | NOT_GLOSS
        model v{FULLWIDTH 2}                    | NOT_GLOSS
        model v2                                | NOT_GLOSS
        ResNet{FULLWIDTH 5}{FULLWIDTH 0}        | ENGLISH_PHRASE phrase=ResNet{FULLWIDTH 5}{FULLWIDTH 0}
        ResNet50                                | NOT_GLOSS
        """)
    void wordsAndDigits(String content, String expected) {
        assertEquals(withChars(expected), classified(withChars(content)));
    }

    /** The rows above name the chars a CSV row cannot hold plainly. */
    private static String withChars(String s) {
        return s.replace("{TAB}", "\t").replace("{FULLWIDTH 2}", "\uFF12").replace("{FULLWIDTH 5}", "\uFF15")
                .replace("{FULLWIDTH 0}", "\uFF10");
    }

    /** Chars of every kind the scan tells apart, whitespace of several kinds among them. */
    private static final String[] PIECES = {"a", "Zz", " ", "\t", "\u00A0", "\u3000", "\u2003", "한", "글", "7",
        "\uFF17", "\u0663", ";", ",", ", ", "-", "/", "\u2010", "\uFF0F", "é", "\u1100", "\uD83D\uDE00", "\n"};

    /**
     * The one scan stands in for {@link GroupContent#words}, a digit test, and searches for
     * {@code ;}, {@code ,}, {@code -} and {@code /}: it must agree with them on any content it does
     * not call a remark.
     */
    @Test
    void theScanCountsWordsAndFindsDigitsSeparatorsHyphensAndSlashesAsTheSearchesItSpares() {
        qt().withFixedSeed(29L).withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String content = b.toString();
            int facts = GroupContent.scan(content);
            if (facts == GroupContent.REMARK) {
                return;
            }
            assertEquals(GroupContent.words(content), GroupContent.wordsOf(facts), content);
            assertEquals(content.chars().anyMatch(Character::isDigit), (facts & GroupContent.DIGIT) != 0, content);
            assertEquals(content.indexOf(';') >= 0, (facts & GroupContent.SEMICOLON) != 0, content);
            assertEquals(content.indexOf(',') >= 0, (facts & GroupContent.COMMA) != 0, content);
            assertEquals(content.indexOf('-') >= 0, (facts & GroupContent.HYPHEN) != 0, content);
            assertEquals(content.indexOf('/') >= 0, (facts & GroupContent.SLASH) != 0, content);
        });
    }

    @Test
    void spacesAroundTheContentAreNotPartOfThePhrase() {
        assertEquals("ENGLISH_PHRASE phrase=deep learning", classified(" deep learning "));
        assertEquals("ENGLISH_PHRASE phrase=deep learning", classified("deep learning "));
        assertEquals("NOT_GLOSS", classified(""));
        assertEquals("NOT_GLOSS", classified("   "));
    }

    @Test
    void contentUpTo300CharsIsRead() {
        assertEquals("ENGLISH_PHRASE phrase=" + "a".repeat(300), classified("a".repeat(300)));
        assertEquals("NOT_GLOSS", classified("a".repeat(301)));
    }

    @Test
    void aControlCharFromLatin1IsNeitherALetterNorARemark() {
        assertEquals("ENGLISH_PHRASE phrase=deep\u0080learning", classified("deep\u0080learning"));
    }

    @Test
    void whitespaceIsJavaWhitespace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c), Scripts.isWhitespace(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void wordsAreRunsOfNonWhitespace() {
        assertEquals(0, GroupContent.words(""));
        assertEquals(3, GroupContent.words(" a  b\tc "));
    }

    @Test
    void anAcronymFitsAnExpansionByItsOwnOrTheExpansionsInitial() {
        assertTrue(GroupContent.fits("LLMs", "Large Language Models"));
        assertTrue(GroupContent.fits("ViT", "transformer of images")); // T is one of its letters
        assertTrue(GroupContent.fits("ViT", "a vision transformer")); // V starts a word
        assertTrue(GroupContent.fits("VM", "a-vision model")); // … or a hyphen part
        assertFalse(GroupContent.fits("VM", "a novel model")); // v inside a word does not count
        assertFalse(GroupContent.fits("CLIP", "SigLIP"));
        assertFalse(GroupContent.fits("AB", "---"));
        assertFalse(GroupContent.fits("--", "alpha beta"));
    }

    @Test
    void aNameIsOneCapitalisedTokenOfAtMost20Chars() {
        assertTrue(GroupContent.isName("Matmul"));
        assertTrue(GroupContent.isName("Zeta"));
        assertTrue(GroupContent.isName("Mat-mul2"));
        assertTrue(GroupContent.isName("A" + "b".repeat(19)));
        assertFalse(GroupContent.isName("A" + "b".repeat(20)));
        assertFalse(GroupContent.isName("matmul"));
        assertFalse(GroupContent.isName("Mat mul"));
        assertFalse(GroupContent.isName("Mat.mul"));
        assertFalse(GroupContent.isName(""));
    }

    @Test
    void aCategoryIsOneCategoryWordPerhapsAfterOneWord() {
        assertTrue(GroupContent.isCategory("architecture", 0));
        assertTrue(GroupContent.isCategory("new architecture", 5));
        assertFalse(GroupContent.isCategory("new architecture", 3));
        assertTrue(GroupContent.isCategory("model", 0));
        assertFalse(GroupContent.isCategory("architectures", 0));
        assertFalse(GroupContent.isCategory("light model", 0));
    }

    @ParameterizedTest(name = "[{index}] ({0}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        --enable-prefix-caching            | NOT_GLOSS
        --bf16                             | NOT_GLOSS
        --                                 | NOT_GLOSS
        -x                                 | NOT_GLOSS
        W4A8                               | NOT_GLOSS
        W4A16KV8                           | NOT_GLOSS
        ABC4D8                             | ACRONYM acronym=ABC4D8
        W4                                 | NOT_GLOSS
        W4A1000                            | ACRONYM acronym=W4A1000
        RM-7B                              | NOT_GLOSS
        LV-2.5B                            | NOT_GLOSS
        XL-70M                             | NOT_GLOSS
        RM-B                               | ACRONYM acronym=RM-B
        RM-7X                              | ACRONYM acronym=RM-7X
        small/base/large                   | NOT_GLOSS
        small/large                        | ENGLISH_PHRASE phrase=small/large
        small//large/xl                    | ENGLISH_PHRASE phrase=small//large/xl
        calibration data; 예: C4 문장       | ENGLISH_PHRASE phrase=calibration data
        capacity factor, 보통 1.25          | ENGLISH_PHRASE phrase=capacity factor
        capacity factor, 약 1.25            | ENGLISH_PHRASE phrase=capacity factor
        progressive training; 32K→1M       | ENGLISH_PHRASE phrase=progressive training
        Gaussian Splatting; 3DGS           | EXPANSION_AND_ACRONYM phrase=Gaussian Splatting acronym=3DGS
        self-consistency; Wang et al., 2023 | ENGLISH_PHRASE phrase=self-consistency
        Dhariwal and Nichol 2021; Ramesh et al. 2022 | NOT_GLOSS
        Kim & Lee, 2024                    | NOT_GLOSS
        self-consistency; Kim and Lee 2024 | ENGLISH_PHRASE phrase=self-consistency
        +4.5 AP                            | NOT_GLOSS
        ±0.3%                              | NOT_GLOSS
        +Plus Model                        | ENGLISH_PHRASE phrase=+Plus Model
        ViT-H, 632M                        | NAME_LIST phrase=ViT-H, 632M items=ViT-H/632M
        보정 데이터; 예: C4                  | NOT_GLOSS
        LIBERO-Long 포함                    | NOT_GLOSS
        코드 공개 예정                       | NOT_GLOSS
        문제 기반                            | NOT_GLOSS
        기반                                 | KOREAN_PHRASE phrase=기반
        모두 실제 데이터                     | NOT_GLOSS
        검증 세트                            | NOT_GLOSS
        테스트셋                             | NOT_GLOSS
        합성 세트                            | KOREAN_PHRASE phrase=합성 세트
        """)
    void rulesOfTheLaterBlindRounds(String content, String expected) {
        assertEquals(expected.strip(), classified(content.strip()), content);
    }

    @ParameterizedTest(name = "({0}) is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ii      | NOT_GLOSS
        iv      | NOT_GLOSS
        XL      | NOT_GLOSS
        XC      | NOT_GLOSS
        LXXXIX  | NOT_GLOSS
        IX      | NOT_GLOSS
        VL      | ACRONYM acronym=VL
        LL      | ACRONYM acronym=LL
        IL      | ACRONYM acronym=IL
        VX      | ACRONYM acronym=VX
        """)
    void onlyAWellFormedRomanNumeralIsANumber(String content, String expected) {
        assertEquals(expected, classified(content), content);
    }

    @ParameterizedTest(name = "isFunctionOfOneLetter({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Acc(t)   | true
        x(t)     | true
        f(a)     | true
        f(z)     | true
        f(0)     | true
        f(9)     | true
        Z(t)     | true
        (t)      | false
        f(A)     | false
        f(`)     | false
        f({)     | false
        f(/)     | false
        f(:)     | false
        Ac1(t)   | false
        @(t)     | false
        [(t)     | false
        `(t)     | false
        {(t)     | false
        f[t]     | false
        f(tt)    | false
        """)
    void aFunctionOfOneLetter(String content, boolean expected) {
        assertEquals(expected, GroupShapes.isFunctionOfOneLetter(content), content);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        10-1000   | true
        4K-32K    | true
        1.5~2x    | true
        7B–70B    | true
        3-stage   | false
        -10       | false
        10-       | false
        10        | false
        T5-3B     | false
        """)
    void numberRange(String word, boolean expected) {
        assertEquals(expected, GroupShapes.isNumberRange(word), word);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Dhariwal and Nichol 2021    | true
        Kim & Lee, 2024             | true
        Kim, Park and Lee 2023a     | false
        Kim Park and Lee 2023a      | true
        Ho and Salimans 1999        | true
        Ho and Salimans 2100        | false
        Ho and Salimans 21          | false
        Ho and Salimans2021         | false
        NeurIPS 2023                | false
        Vision and Language 2023    | true
        vision and language 2023    | false
        Ho and 2021                 | false
        and Ho Salimans 2021        | false
        A and B 2021                | false
        Ho and Salimans LLM 2021    | false
        Alpha Beta Gamma and Delta Eps 2021 | false
        2021                        | false
        """)
    void citation(String content, boolean expected) {
        assertEquals(expected, GroupShapes.isCitation(content), content);
    }
}
