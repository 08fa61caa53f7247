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
        A@[`{  | 1
        a/:b   | 1
        ''     | 1
        """)
    void lettersAreCapitalsAndDigits(String acronym, int expected) {
        assertEquals(expected, Acronyms.letters(acronym));
    }
}
