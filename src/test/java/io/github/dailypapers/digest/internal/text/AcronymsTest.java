package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An acronym is one token with two capitals or more and no two lowercase letters in a row (docs/bilingual.md, "Kinds"). */
class AcronymsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        LLMs             | true
        LoRA             | true
        MoE              | true
        SAM-2            | true
        GPT-4o           | true
        AZ               | true
        AzB              | true
        AaB              | true
        A0B              | true
        A9B              | true
        A-B              | true
        A.B              | true
        A+B              | true
        A&B              | true
        A/B              | true
        ABCDEFGHIJKLMNO  | true
        ABCDEFGHIJKLMNOP | false
        A                | false
        As               | false
        Abs              | false
        ABas             | false
        AB!              | false
        A B              | false
        A@B              | false
        A[B              | false
        A`B              | false
        A{B              | false
        A:B              | false
        A,B              | false
        Local-SGD        | false
        FasterCache      | false
        Mamba            | false
        ''               | false
        """)
    void isAcronym(String s, boolean expected) {
        assertEquals(expected, Acronyms.isAcronym(s));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        LLMs   | 3
        AZ09   | 4
        GPT-4o | 4
        sVLM   | 4
        scRNA  | 5
        kNN    | 3
        A@[`{  | 1
        a/:b   | 1
        ''     | 1
        """)
    void lettersAreCapitalsDigitsAndALowercaseLead(String acronym, int expected) {
        assertEquals(expected, Acronyms.letters(acronym));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Peak Signal-to-Noise Ratio  | PSTNR
        '  reinforcement  learning' | RL
        3D Gaussian splatting       | GS
        ''                          | ''
        """)
    void initialsOfWordsAndHyphenParts(String phrase, String expected) {
        assertEquals(expected, Acronyms.initials(phrase));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        PSNR    | PSTNR | 4
        RL      | RL    | 2
        RQ1     | IRRH  | 1
        ConvAEs | CAE   | 3
        AZ      | ZA    | 1
        LL      | L     | 1
        abc     | ABC   | 0
        """)
    void capitalsSpelledInOrder(String name, String initials, int expected) {
        assertEquals(expected, Acronyms.capitalsSpelled(name, initials));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ConvAEs   | CAE
        GPT-4o    | GPT
        AZ@[az    | AZ
        ''        | ''
        """)
    void capitalsAreTheAsciiCapitalsInOrder(String name, String expected) {
        assertEquals(expected, Acronyms.capitals(name));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        pLDDT   | 5
        LLMs    | 3
        GPT-4   | 3
        scRNA   | 5
        aBc     | 2
        A@Z[a`z | 2
        ''      | 0
        """)
    void spelledLettersAreCapitalsAndALowercaseLead(String acronym, int expected) {
        assertEquals(expected, Acronyms.spelledLetters(acronym));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Peak Signal-to-Noise Ratio
        3D model
        'a  b'
        -x
        x--y z
        ''
        """)
    void initialCountIsTheNumberOfInitials(String phrase) {
        assertEquals(Acronyms.initials(phrase).length(), Acronyms.initialCount(phrase));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        pLDDT | P
        scRNA | SC
        LLM   | ''
        abc   | ABC
        a`z   | A
        ''    | ''
        """)
    void leadingLowercaseIsUpperCased(String acronym, String expected) {
        assertEquals(expected, Acronyms.leadingLowercase(acronym));
    }

    @ParameterizedTest(name = "[{index}] {0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Molmo    | Multimodal Open Language Model                      | true
        Paloma   | Perplexity Analysis for Language Model Assessment   | true
        Coconut  | Chain of Continuous Thought                         | true
        Molmo    | Open Multimodal Language Model                      | false
        Molmo    | Multimodal Language Model                           | true
        Molmo    | Multimodal Model                                    | false
        Mamba    | Multi-head attention state space model              | false
        Koala    | knowledge of a language                             | true
        Zeta     | Multimodal Open Language Model                      | false
        """)
    void lettersFollow(String name, String phrase, boolean expected) {
        assertEquals(expected, Acronyms.lettersFollow(name, phrase), name + "(" + phrase + ")");
    }
}
