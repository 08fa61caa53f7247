package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a group says about the length of its term (docs/bilingual.md, "The count"): words, parts
 * (hyphen parts counted), modifiers (words plus adjective-like hyphen parts), function words.
 */
class TermHintTest {

    private static String counts(TermHint hint) {
        return hint.words() + " " + hint.parts() + " " + hint.modifiers();
    }

    @ParameterizedTest(name = "{0}: words parts modifiers = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        knowledge distillation              | 2 2 2
        'deep learning '                    | 2 2 2
        '  deep   learning'                 | 2 2 2
        pre-trained language model          | 3 4 4
        pre-                                | 1 1 1
        pre- training                       | 2 2 2
        trained pre-norm model              | 3 4 4
        Supervised Fine-tuning              | 2 3 3
        supervised learning                 | 2 2 2
        Supervised Fine-tuning Model        | 3 4 4
        Grouped-Query Attention             | 2 3 3
        Reusable-Query Attention            | 2 3 3
        Useful-Query Attention              | 2 3 3
        Famous-Query Attention              | 2 3 3
        Stateless-Query Attention           | 2 3 3
        Dynamic-Query Attention             | 2 3 3
        Normal-Query Attention              | 2 3 3
        Single-Query Attention              | 2 3 2
        Red-Query Attention                 | 2 3 2
        Query-Grouped Attention             | 2 3 3
        Query-Key Attention                 | 2 3 2
        chain-of-thought                    | 1 2 1
        Mixture of Experts                  | 2 2 2
        of the                              | 0 0 0
        """)
    void ofEnglish(String phrase, String expected) {
        assertEquals(expected, counts(TermHint.ofEnglish(phrase)));
    }

    @ParameterizedTest(name = "{0}: and={1} of={2} to={3} from={4}")
    @CsvSource(delimiter = '|', textBlock = """
        Depth and Normal Information                  | true  | false | false | false
        Depth & Normal                                | true  | false | false | false
        chain-of-thought                              | false | true  | false | false
        Loss-to-Loss Prediction                       | false | false | true  | false
        Reinforcement Learning from Human Feedback    | false | false | false | true
        deep learning                                 | false | false | false | false
        """)
    void functionWordsOfTheEnglish(String phrase, boolean and, boolean of, boolean to, boolean from) {
        TermHint hint = TermHint.ofEnglish(phrase);
        assertEquals(and, hint.has(TermHint.AND));
        assertEquals(of, hint.has(TermHint.OF));
        assertEquals(to, hint.has(TermHint.TO));
        assertEquals(from, hint.has(TermHint.FROM));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        &     | 1
        a     | 128
        A     | 128
        x     | 0
        of    | 2
        OF    | 2
        to    | 4
        in    | 8
        or    | 256
        an    | 128
        on    | 512
        by    | 512
        at    | 512
        as    | 512
        ox    | 0
        and   | 1
        the   | 128
        for   | 64
        via   | 512
        fox   | 0
        from  | 32
        then  | 16
        with  | 512
        into  | 512
        over  | 512
        word  | 0
        after | 0
        """)
    void functionWord(String word, int bit) {
        assertEquals(bit, TermHint.functionWord(word, 0, word.length()));
        String embedded = "xx " + word + " yy";
        assertEquals(bit, TermHint.functionWord(embedded, 3, 3 + word.length()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"LLMs, 3", "AI, 2", "GPT-4o, 4"})
    void ofAcronymCountsItsLetters(String acronym, int letters) {
        TermHint hint = TermHint.ofAcronym(acronym);
        assertEquals(letters + " " + letters + " " + letters, counts(hint));
        assertEquals(true, hint.acronym());
        assertEquals(0, hint.flags());
    }

    @ParameterizedTest(name = "{0}: has a number = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        two-stage training  | true
        Three stages        | true
        one                 | true
        six                 | true
        ten                 | true
        four                | true
        five                | true
        nine                | true
        seven               | true
        eight               | true
        3D reconstruction   | true
        9-layer network     | true
        twelve stages       | false
        tent                | false
        sixth stage         | false
        on                  | false
        stage               | false
        tw                  | false
        zero-shot           | false
        zeroth-order        | true
        first-order         | true
        second stage        | true
        fifth               | true
        firsts              | false
        """)
    void aNumberInTheEnglish(String phrase, boolean number) {
        assertEquals(number, TermHint.ofEnglish(phrase).has(TermHint.NUMBER));
    }

    /** The flags of {@link TermHint} that are not function words, by name. */
    private static int flag(String name) {
        switch (name) {
            case "NAME_IN_MAN": return TermHint.NAME_IN_MAN;
            case "RATE": return TermHint.RATE;
            case "NAME_IN_LO": return TermHint.NAME_IN_LO;
            case "NOVEL": return TermHint.NOVEL;
            default: throw new IllegalArgumentException(name);
        }
    }

    /**
     * What the English says about Korean words that only look like particles or stop words: a name in
     * "-man(n)" ({@code 볼츠만}) or "-lo" ({@code 카를로}), a last word "rate" ({@code 오류율}), a first word
     * "novel" ({@code 새로운}).
     */
    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Boltzmann exploration     | NAME_IN_MAN | true
        Riemannian Flow Matching  | NAME_IN_MAN | true
        Spearman correlation      | NAME_IN_MAN | true
        Spearman's rho            | NAME_IN_MAN | true
        Kalman filter             | NAME_IN_MAN | true
        Bellmans equation         | NAME_IN_MAN | true
        Hofmannian view           | NAME_IN_MAN | true
        Human Feedback            | NAME_IN_MAN | false
        Superhuman AI             | NAME_IN_MAN | false
        human evaluation          | NAME_IN_MAN | false
        boltzmann exploration     | NAME_IN_MAN | false
        Manifold learning         | NAME_IN_MAN | false
        Aman                      | NAME_IN_MAN | false
        Bman                      | NAME_IN_MAN | false
        Mann test                 | NAME_IN_MAN | false
        Spearmanly ranked         | NAME_IN_MAN | false
        cache hit rate            | RATE        | true
        Word Error Rates          | RATE        | true
        'pass rate  '             | RATE        | true
        compression ratio         | RATE        | true
        hit-rate                  | RATE        | true
        RATE                      | RATE        | true
        rate                      | RATE        | true
        Rate Distortion           | RATE        | false
        accurate                  | RATE        | false
        hit rates of models       | RATE        | false
        karate                    | RATE        | false
        ratios                    | RATE        | true
        aspiration                | RATE        | false
        Monte Carlo Tree Search   | NAME_IN_LO  | true
        Elo rating                | NAME_IN_LO  | true
        APOLLO model              | NAME_IN_LO  | true
        lo                        | NAME_IN_LO  | false
        a lo                      | NAME_IN_LO  | false
        zero-shot                 | NAME_IN_LO  | false
        Micro model               | NAME_IN_LO  | false
        slow                      | NAME_IN_LO  | false
        novel view synthesis      | NOVEL       | true
        New Class Discovery       | NOVEL       | true
        novel                     | NOVEL       | false
        novelty detection         | NOVEL       | false
        renewal                   | NOVEL       | false
        news summarization        | NOVEL       | false
        """)
    void flagsOfTheEnglish(String phrase, String flag, boolean expected) {
        assertEquals(expected, TermHint.ofEnglish(phrase).has(flag(flag)), phrase);
    }

    /** The same from a bare acronym: a last R may be "rate" ({@code EER}), a first N "novel" ({@code NVS}). */
    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
        EER   | RATE        | true
        WERs  | RATE        | true
        ASR   | RATE        | true
        R     | RATE        | true
        RL    | RATE        | false
        LLMs  | RATE        | false
        s     | RATE        | false
        Rs    | RATE        | true
        NVS   | NOVEL       | true
        VNS   | NOVEL       | false
        """)
    void flagsOfTheAcronym(String acronym, String flag, boolean expected) {
        assertEquals(expected, TermHint.ofAcronym(acronym).has(flag(flag)), acronym);
    }

    @ParameterizedTest(name = "endsInRate({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                        | false
        '   '                     | false
        s                         | false
        rates                     | true
        """)
    void endsInRateReadsAnyText(String phrase, boolean expected) {
        assertEquals(expected, TermHint.endsInRate(phrase), phrase);
    }
}
