package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word shapes of {@link NameShapes}, each at its edges. */
class NameShapesTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Unitree H1          | true
        NVIDIA A100         | true
        Tesla T4            | true
        Chip X12345         | false
        Chip H              | false
        H1 robot            | false
        robot h1            | false
        Llama 2             | false
        Robot H1x           | false
        Robot A0            | true
        Robot Z9            | true
        Robot @1            | false
        Robot [1            | false
        Robot A/            | false
        Robot A:            | false
        Chip H1234          | true
        """)
    void productCode(String phrase, boolean expected) {
        assertEquals(expected, NameShapes.hasProductCode(phrase), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Kestrel   | true
        Ab        | true
        A         | false
        ToMe      | false
        Llama2    | false
        kestrel   | false
        Kes-trel  | false
        Az        | true
        Za        | true
        @bc       | false
        [bc       | false
        A`        | false
        A{        | false
        """)
    void plainWord(String word, boolean expected) {
        assertEquals(expected, NameShapes.isPlainWord(word), word);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Video-LLMs     | true
        Visual-RFT     | true
        Vid-VQA        | true
        Vi-RFT         | false
        Video-L        | false
        Video-Ls       | false
        Video-LLaMA    | false
        video-LLMs     | false
        ViDeo-LLMs     | false
        Video-LLM-X    | false
        Video LLMs     | false
        Abcz-AZ        | true
        Abc`-LLM       | false
        Abc{-LLM       | false
        Abc-L@M        | false
        Abc-L[M        | false
        @bc-LLM        | false
        [bc-LLM        | false
        """)
    void wordAndAcronym(String phrase, boolean expected) {
        assertEquals(expected, NameShapes.isWordAndAcronym(phrase), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        DocQA                     | QA
        textQA                    | QA
        speechQA                  | QA
        RankDPO                   | DPO
        SimulST                   | ST
        CodeLLMs                  | LLMs
        DocQAs                    | QAs
        DazAZ                     | AZ
        IAScore                   | IA
        VLFeedback                | VL
        AZXscore                  | AZ
        IASaz                     | IA
        Abcdefghijklmnopqrstuvqa  | -
        AbcdefghijklmnopqrstuQA   | QA
        AbcdefghijklmnopqrstuvQA  | QA
        AbcdefghijklmnopqrstuvwQA | -
        DoccQ                     | -
        DocQ                      | -
        DocQa                     | -
        DoQA                      | -
        BatchEnsemble             | -
        ImageNet                  | -
        Transformer               | -
        IAS                       | -
        ABCDE                     | -
        IASa                      | -
        IAScorE                   | -
        IAs                       | -
        Doc-QA                    | -
        Doc2QA                    | -
        LLaMA                     | -
        RoBERTa                   | -
        """)
    void gluedAcronym(String phrase, String acronym) {
        assertEquals(acronym.equals("-") ? null : acronym, NameShapes.gluedAcronym(phrase), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0} for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        npm     | Node Package Manager | true
        az      | apple zebra          | true
        `b      | apple banana         | false
        a{      | apple banana         | false
        lr      | learning rate        | true
        lr      | Learning Rate        | true
        l       | learning             | false
        abcdef  | a b c d e f          | false
        abcde   | a b c d e            | true
        nPm     | Node Package Manager | false
        npm     | Node Manager         | false
        """)
    void lowercaseAcronym(String head, String phrase, boolean expected) {
        assertEquals(expected, NameShapes.isLowercaseAcronymOf(head, phrase), head);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Kendall τ   | true
        Cohen's κ   | true
        Spearman ρ  | true
        Spearmanρ   | false
        τ           | false
        Kendall T   | false
        Kendall α   | true
        Kendall ω   | true
        Kendall ΰ   | false
        Kendall ϊ   | false
        """)
    void greekSymbol(String phrase, boolean expected) {
        assertEquals(expected, NameShapes.endsWithGreekSymbol(phrase), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        켄달 타우     | true
        코헨의 카파   | true
        상관계수      | false
        로            | true
        방식으로      | false
        이 로         | true
        """)
    void greekLetterName(String text, boolean expected) {
        assertEquals(expected, NameShapes.endsWithGreekLetterName(text, text.length()), text);
    }

    @ParameterizedTest(name = "[{index}] {0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        실내     | ScanNet        | true
        실       | ScanNet        | true
        실내     | nuScenes       | true
        실내     | Scan3Net       | false
        실내     | ScanNetV2      | true
        실내     | ZzAz           | true
        실내     | AzZa           | true
        실내     | Scannet        | false
        실내     | SCANNET        | false
        실내     | Scan-Net       | false
        실내     | Scan Net       | false
        실내     | aB             | false
        실내     | aBc            | false
        실내     | aBcd           | true
        실내     | abcD           | true
        실내     | ScanNet0       | true
        실내     | ScanNet9       | true
        실내외   | ScanNet        | false
        코딩     | CodeGen        | false
        디노     | CodeGen        | false
        실X      | ScanNet        | false
        가힣     | ScanNet        | true
        실       | Sc@nNet        | false
        실       | Scan`Net       | false
        실       | Scan[Net       | false
        실       | Scan{Net       | false
        실       | Scan/Net       | false
        실       | Scan:Net       | false
        """)
    void compoundNameAfterShortWord(String korean, String phrase, boolean expected) {
        String text = "그 " + korean;
        assertEquals(expected, NameShapes.isCompoundNameAfterShortWord(text, 2, text.length(), phrase), korean + "(" + phrase + ")");
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        SemDeDup   | 3
        VideoQA    | 2
        Scan3Net   | 1
        ScanNet    | 2
        nuScenes   | 2
        LLM        | 1
        a          | 1
        ÉcoleNet   | 2
        """)
    void capitalisedParts(String name, int expected) {
        assertEquals(expected, NameShapes.capitalisedParts(name), name);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Stage 1             | true
        Stage 12            | true
        Stage 123           | true
        Stage 1234          | false
        Phase II            | true
        Type IV             | true
        Phase ii            | false
        Phase VL            | false
        stage 1             | false
        Two stage 1         | false
        Multi Stage 2       | true
        Stage               | false
        1 Stage             | false
        Stage 1a            | false
        Stage 1 training    | false
        Llama 3             | true
        system I            | true
        type II error       | false
        Game of 24          | false
        """)
    void numberedLabel(String phrase, boolean expected) {
        assertEquals(expected, NameShapes.isNumberedLabel(phrase), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        chosen/rejected             | true
        Classification/Regression   | true
        pre-train/fine-tune         | true
        a/b                         | true
        A/Z                         | true
        /b                          | false
        a/                          | false
        a/b/c                       | false
        a b/c                       | false
        a/1                         | false
        a/b.                        | false
        @/b                         | false
        [/b                         | false
        a/{                         | false
        a/`                         | false
        """)
    void slashPair(String phrase, boolean expected) {
        assertEquals(expected, NameShapes.isSlashPair(phrase), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        XSum            | true
        MemoTrap        | true
        ALFWorld        | true
        NQ-Open         | true
        LiveCodeBench   | true
        MIMIC-CXR       | true
        Vision-Language | false
        Accuracy        | false
        Success Rate    | false
        XSU             | false
        ViT             | false
        eSum            | true
        Chain-of-X      | false
        Mem_Trap        | false
        Ab@Cd           | false
        Ab[Cd           | false
        Ab`Cd           | false
        Ab{Cd           | false
        Ab/Cd           | false
        Ab:Cd           | false
        a0Zb            | false
        zAbc            | true
        aaZb            | true
        abAd            | true
        ZAbc            | true
        AZ-Word         | true
        Open-ABC        | true
        ABCD            | false
        Open-AB1        | false
        """)
    void oneWordName(String phrase, boolean expected) {
        assertEquals(expected, NameShapes.isOneWordName(phrase), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        웹비드-10M      | WebVid-10M     | 0
        오픈VLA         | OpenVLA        | 0
        하이브리드NeRF  | HybridNeRF     | 0
        링ID            | RingID         | 0
        라마2           | LLaMA2         | 0
        라마2           | LLaMA 2        | 0
        라마2           | LLaMA22        | -1
        라마-3          | Llama-3 8B     | -1
        비-AR           | counterpart    | -1
        모델-2          | v2             | -1
        VLA             | OpenVLA        | -1
        오픈VLA         | Open-VL        | -1
        디트-XL         | DiT-XL         | 0
        디-XL           | Di-XL          | -1
        비-RT           | counterpart    | -1
        포Ex            | Expert         | -1
        9라마           | LLaMA9         | -1
        """)
    void spelledNameStart(String head, String english, int expected) {
        String text = "그 " + head;
        int start = NameShapes.spelledNameStart(text, text.length(), english);
        assertEquals(expected, start < 0 ? -1 : start - 2, head + "(" + english + ")");
    }

    @org.junit.jupiter.api.Test
    void aSpelledNameKeepsEveryNumberOfItsEnglishBeforeTheGroup() {
        String text = "그 라마A(LLaMA2)는 크다";
        assertEquals(-1, NameShapes.spelledNameStart(text, text.indexOf('('), "LLaMA2"), "the 2 in the group is not the word's");
        String kept = "그 라마A2(LLaMA2)는 크다";
        assertEquals(2, NameShapes.spelledNameStart(kept, kept.indexOf('('), "LLaMA-A2"));
        String word = "가" + "a".repeat(29);
        String longer = "가" + "a".repeat(30);
        assertEquals(2, NameShapes.spelledNameStart("그 " + word, 2 + word.length(), "G-" + "a".repeat(29) + "-xyz"));
        assertEquals(-1, NameShapes.spelledNameStart("그 " + longer, 2 + longer.length(), "G-" + "a".repeat(30) + "-xyz"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        a1                  | true
        z1                  | true
        A1                  | true
        Z1                  | true
        a@1                 | false
        a[1                 | false
        a`1                 | false
        a{1                 | false
        a/1                 | false
        a:1                 | false
        WebVid-10M          | true
        Claude 3.5 Sonnet   | true
        2.5                 | false
        a b c d e           | false
        Llama_3             | false
        ''                  | false
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | true
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | false
        """)
    void plainName(String s, boolean expected) {
        assertEquals(expected, NameShapes.isPlainName(s), s);
    }
}
