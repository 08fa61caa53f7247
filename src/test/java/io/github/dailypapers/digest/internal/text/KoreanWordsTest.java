package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.internal.text.KoreanWords.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a Korean word is to a term span (docs/bilingual.md, "The term span"): its role, whether it
 * ends a clause, how many units it counts. Each word is read as a range at the end of a longer
 * text ("앞 " + word), as the term scan reads it.
 */
class KoreanWordsTest {

    private static final String BEFORE = "앞 ";

    private static int flags(String text, int start, int end) {
        return KoreanWords.flags(text, start, end);
    }

    private static Role role(String word) {
        String text = BEFORE + word;
        return KoreanWords.role(text, BEFORE.length(), text.length(), flags(text, BEFORE.length(), text.length()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        모델       | PLAIN
        결과       | PLAIN
        경로       | PLAIN
        물과       | AND_PARTICLE
        깊이와     | AND_PARTICLE
        사고의     | POSSESSIVE
        주의       | PLAIN
        학습된     | MODIFIER
        강력한     | MODIFIER
        제한       | PLAIN
        권한       | PLAIN
        무한       | PLAIN
        자유로운   | MODIFIER
        번거러운   | MODIFIER
        적인       | MODIFIER
        효율적인   | MODIFIER
        깊은       | MODIFIER
        가능한     | MODIFIER
        불가능한   | MODIFIER
        방법인     | STOP
        도메인     | PLAIN
        파이프라인 | PLAIN
        체인       | PLAIN
        람다       | PLAIN
        판다       | PLAIN
        했다       | STOP
        한다       | STOP
        향상시켰다 | STOP
        환경에서   | STOP
        에서       | PLAIN
        으로       | STOP
        방식으로   | STOP
        사람에게   | STOP
        처리하여   | STOP
        물을       | STOP
        모델을     | STOP
        모델은     | STOP
        보는       | STOP
        정확도     | PLAIN
        문서       | PLAIN
        장면       | PLAIN
        A를        | STOP
        Z를        | STOP
        a를        | STOP
        z를        | STOP
        0를        | STOP
        9를        | STOP
        -를        | PLAIN
        @를        | PLAIN
        [를        | PLAIN
        `를        | PLAIN
        {를        | PLAIN
        /를        | PLAIN
        :를        | PLAIN
        를         | PLAIN
        3개        | STOP
        187개의    | POSSESSIVE
        2번째      | STOP
        3          | PLAIN
        개3        | PLAIN
        -          | STOP
        —          | STOP
        및         | STOP
        이러한     | STOP
        using      | STOP
        ！         | STOP
        """)
    void roleOfAWordBeforeTheTerm(String word, Role expected) {
        assertEquals(expected, role(word));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        했습니다 | true
        했다     | true
        짧다     | true
        람다     | false
        판다     | false
        모델을   | true
        학습은   | true
        환경에서 | true
        없는     | false
        모델과   | false
        깊이와   | false
        작은     | false
        깊은     | false
        경로     | false
        모델     | false
        0를      | true
        9를      | true
        """)
    void clauseEnd(String word, boolean expected) {
        String text = BEFORE + word;
        int start = BEFORE.length();
        assertEquals(expected, KoreanWords.isClauseEnd(text, start, text.length(), flags(text, start, text.length())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        데이터를 | true
        물을     | true
        모델을   | true
        공간에   | true
        방식으로 | true
        환경에서 | true
        사람에게 | true
        를       | false
        경로     | false
        모델     | false
        모델은   | false
        """)
    void argumentParticle(String word, boolean expected) {
        String text = BEFORE + word;
        int start = BEFORE.length();
        assertEquals(expected, KoreanWords.endsInArgumentParticle(text, start, text.length(), flags(text, start, text.length())));
    }

    @ParameterizedTest(name = "{0} (group {1}, head {2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
        모델     | model            | false | 1
        인공지능 | AI               | true  | 2
        인공지능 | AI               | false | 1
        인공지능 | intelligence     | true  | 1
        AI모델   | AI               | true  | 1
        인공지능학 | AI             | true  | 1
        기반     | AI               | false | 0
        기반의   | AI               | false | 0
        기반     | rule-based model | false | 1
        기반     | rule base model  | false | 1
        기반     | point prompting  | false | 0
        기반의   | point prompting  | false | 0
        기반     | knowledge        | true  | 1
        가능한   | scalable         | false | 0
        불가능한 | impossible       | false | 0
        키-값    | key value        | false | 2
        키-값-쌍 | key value pair   | false | 3
        키-      | key              | false | 1
        -키      | key              | false | 1
        """)
    void units(String word, String group, boolean head, int expected) {
        String text = BEFORE + word;
        int start = BEFORE.length();
        TermHint hint = Acronyms.isAcronym(group) ? TermHint.ofAcronym(group) : TermHint.ofEnglish(group);
        assertEquals(expected, KoreanWords.units(text, start, text.length(), flags(text, start, text.length()), hint, head));
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        물과           | Water and Salt                        | true
        깊이와         | Depth and Normal Information          | true
        깊이와         | Depth Normal Information              | false
        피드백으로부터 | Learning from Human Feedback          | true
        환경에서       | Learning from Environments            | true
        집에서         | Learning from Home                    | false
        환경에서       | Learning in Environments              | false
        과             | Water and Salt                        | false
        """)
    void particleMatches(String word, String english, boolean expected) {
        String text = BEFORE + word;
        assertEquals(expected, KoreanWords.particleMatches(text, BEFORE.length(), text.length(), TermHint.ofEnglish(english)));
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        및     | Vision and Language       | true
        그리고 | Vision and Language       | true
        그리고 | Vision of Language        | false
        및     | Vision of Language        | false
        및     | Vision Language           | false
        대     | Loss-to-Loss Prediction   | true
        오브   | chain-of-thought          | true
        모델   | chain-of-thought          | false
        앤드앤드 | Vision and Language     | false
        """)
    void bridge(String word, String english, boolean expected) {
        String text = BEFORE + word;
        assertEquals(expected, KoreanWords.isBridge(text, BEFORE.length(), text.length(), TermHint.ofEnglish(english)));
    }
}
