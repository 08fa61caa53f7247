package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Lexicon}: it answers only where every word of the term is listed and the English renders none. */
class LexiconTest {

    /** The text, the term in it (its last occurrence), the English. */
    private static boolean rendersNone(String text, String term, String english) {
        int start = text.lastIndexOf(term);
        return Lexicon.rendersNone(text, start, start + term.length(), english);
    }

    @ParameterizedTest(name = "[{index}] {1}({2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
        최적화(feedback)                   | 최적화         | feedback               | true
        최적화(optimization)               | 최적화         | optimization           | false
        최적화(Optimizer)                  | 최적화         | Optimizer              | false
        최적화(optimal)                    | 최적화         | optimal                | false
        최적화(the feedback)               | 최적화         | the feedback           | true
        최적화(RL)                         | 최적화         | RL                     | false
        최적화(T step)                     | 최적화         | T step                 | false
        최적화(a b c d e)                  | 최적화         | one two three four five | false
        최적화(one two three four)         | 최적화         | one two three four     | true
        모델의 최적화(feedback)            | 최적화         | feedback               | true
        모델의 최적화(model)               | 최적화         | model                  | false
        모델 최적화(model)                 | 최적화         | model                  | false
        꽃게 최적화(branch)                | 최적화         | branch                 | true
        최적화 꽃게(feedback)              | 최적화 꽃게    | feedback               | false
        모델의(feedback)                   | 모델의         | feedback               | true
        모델들(feedback)                   | 모델들         | feedback               | true
        모델인(feedback)                   | 모델인         | feedback               | false
        arXiv 아카이브(arXiv)              | 아카이브       | arXiv                  | false
        평균 계수(mAρ)                     | 평균 계수      | mAρ                    | false
        평균 계수(IAScore)                 | 평균 계수      | IAScore                | false
        훈련(diffusion)                    | 훈련           | diffusion              | true
        훈련(training)                     | 훈련           | training               | false
        호출(Syscalls)                     | 호출           | Syscalls               | false
        호출(SysCalls)                     | 호출           | SysCalls               | false
        사고(overthinking)                 | 사고           | overthinking           | false
        사고(thinker)                      | 사고           | thinker                | false
        LLM 최적화(feedback)               | LLM 최적화     | feedback               | false
        이를(feedback)                     | 이를           | feedback               | false
        최적화(otpimization)               | 최적화         | otpimization           | false
        최적화(opimization)                | 최적화         | opimization            | false
        최적화(opptimization)              | 최적화         | opptimization          | false
        최적화(oxtimization)               | 최적화         | oxtimization           | false
        최적화(oxtim)                      | 최적화         | oxtim                  | false
        최적화(oxximization)               | 최적화         | oxximization           | true
        최적화(oxti)                       | 최적화         | oxti                   | true
        최적화(xoptim)                     | 최적화         | xoptim                 | false
        최적화(xxoptim)                    | 최적화         | xxoptim                | true
        """)
    void answersOnlyWhenItCanTell(String text, String term, String english, boolean expected) {
        assertEquals(expected, rendersNone(text, term, english), text);
    }

    @ParameterizedTest(name = "[{index}] {0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        최적화          | FeedbackTrap        | false
        최적화          | OptimTrap           | true
        최적화          | TrapOptim           | true
        최적화          | Trap-Optim          | true
        최적화          | Optim-Trap          | true
        최적화          | trapOptimizer       | true
        꽃게 최적화     | TrapOptim           | true
        꽃게 최적화     | TrapNet             | false
        꽃게            | Crab                | false
        모델 최적화     | Model-Trap          | true
        모델-최적화     | TrapOptim           | true
        모델 최적화     | Trap--Bench         | false
        모델 최적화     | -Trap               | false
        최적화          | ''                  | false
        """)
    void aListedWordRendersAPartOfAName(String term, String name, boolean expected) {
        String text = "그 " + term;
        assertEquals(expected, Lexicon.rendersAny(text, 2, text.length(), name), term + "(" + name + ")");
    }

    @ParameterizedTest(name = "[{index}] {0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        단계            | S        | false
        단계            | G        | true
        기대 단계       | E        | false
        기대 단계       | EG       | true
        기대 단계       | GE       | true
        꽃게 단계       | G        | false
        최적화          | O        | false
        최적화          | Z        | true
        모델 최적화     | MO       | false
        모델 최적화     | ''       | false
        """)
    void aCapitalNoRenderingStartsWith(String term, String capitals, boolean expected) {
        String text = "그 " + term;
        assertEquals(expected, Lexicon.lacksInitial(text, 2, text.length(), capitals), term + "(" + capitals + ")");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델 모델 모델 모델 모델 모델       | true
        모델 모델 모델 모델 모델 모델 모델  | false
        """)
    void aTermOfMoreThanSixWordsIsLeftToTheOtherRules(String term, boolean expected) {
        String text = "그 " + term;
        assertEquals(expected, Lexicon.rendersNone(text, 2, text.length(), "feedback"), term);
        assertEquals(expected, Lexicon.lacksInitial(text, 2, text.length(), "Z"), term);
    }

    /** The text, the term in it (its last occurrence), the English: the term as lengthened. */
    private static String withRenderedLead(String text, String term, String english) {
        int start = text.lastIndexOf(term);
        int end = start + term.length();
        return text.substring(Lexicon.withRenderedLead(text, start, Lexicon.listedWords(text, start, end), english), end);
    }

    @ParameterizedTest(name = "[{index}] {0}({2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
        시퀀스 병렬 처리             | 병렬 처리      | sequence parallelism      | 시퀀스 병렬 처리
        잡음 예측 네트워크           | 예측 네트워크  | noise predictor           | 잡음 예측 네트워크
        인간 평가 보상               | 평가 보상      | human reward              | 인간 평가 보상
        이미지 모델 최적화           | 최적화         | image model optimization  | 이미지 모델 최적화
        데이터 이미지 모델 최적화    | 최적화         | data image model optimization | 최적화
        모델 최적화                  | 최적화         | optimization              | 최적화
        최적화                       | 최적화         | model optimization        | 최적화
        모델, 최적화                 | 최적화         | model optimization        | 최적화
        (모델) 최적화                | 최적화         | model optimization        | 최적화
        모델을 최적화                | 최적화         | model optimization        | 최적화
        LLM 최적화                   | 최적화         | model optimization        | 최적화
        데이터 최적화                | 최적화         | model optimization        | 최적화
        모델 최적화                  | 최적화         | model feedback            | 최적화
        모델 최적화                  | 최적화         | VideoGPT optimization     | 최적화
        모델 최적화                  | 최적화         | model 2 optimization      | 최적화
        모델 최적화                  | 최적화         | model's optimization      | 최적화
        모델 최적화                  | 최적화         | model (optimization)      | 최적화
        모델 최적화                  | 최적화         | the model optimization    | 모델 최적화
        모델 최적화                  | 최적화         | model-optimization        | 모델 최적화
        모델 꽃게                    | 꽃게           | model crab                | 꽃게
        이중 언어 모델               | 언어 모델      | bilingual models          | 이중 언어 모델
        인간 평가 보상               | 평가 보상      | superhuman reward         | 평가 보상
        """)
    void takesTheListedWordsThatRenderTheLeadingEnglishWords(String text, String term, String english, String expected) {
        assertEquals(expected, withRenderedLead(text, term, english), text + "(" + english + ")");
    }

    /** The text, the term in it (its last occurrence), the English: the term without a first word it does not need. */
    private static String withoutUnrenderedLead(String text, String term, String english) {
        int start = text.lastIndexOf(term);
        int end = start + term.length();
        return text.substring(Lexicon.withoutUnrenderedLead(text, start, end, Lexicon.listedWords(text, start, end), english), end);
    }

    @ParameterizedTest(name = "[{index}] {0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        단일 학습률          | learning rate        | 학습률
        단일 학습률          | single learning rate | 단일 학습률
        전통적인 비생성적    | non-generative       | 비생성적
        모델 최적화          | optimization         | 최적화
        모델 최적화          | model optimization   | 모델 최적화
        모델 최적화          | optimization of the  | 최적화
        모델 최적화          | feedback             | 모델 최적화
        모델 꽃게 최적화     | optimization         | 모델 꽃게 최적화
        꽃게 최적화          | optimization         | 꽃게 최적화
        최적화               | optimization         | 최적화
        모델-기반 최적화     | optimization         | 모델-기반 최적화
        모델-최적화          | optimization         | 모델-최적화
        모델 최적화          | optimization (model) | 모델 최적화
        모델 최적화          | x optimization       | 모델 최적화
        모델 최적화          | Q-optimization       | 모델 최적화
        모델 최적화          | ModelOptimization    | 모델 최적화
        모델 최적화          | optimization 2       | 모델 최적화
        모델 최적화          | optimization, model  | 모델 최적화
        모델 최적화          | the                  | 모델 최적화
        """)
    void dropsAFirstWordThatRendersNothingWhenTheOthersRenderAll(String term, String english, String expected) {
        assertEquals(expected, withoutUnrenderedLead("이것은 " + term, term, english), term + "(" + english + ")");
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        optimization | optim | true
        Optimization | optim | true
        otpimization | optim | true
        opimization  | optim | true
        opptimization | optim | true
        oxtimization | optim | true
        optix        | optim | true
        opti         | optim | true
        opt          | optim | false
        oxximization | optim | false
        potimization | optim | true
        toptim       | optim | true
        ttoptim      | optim | false
        """)
    void aStemWithinOneEdit(String word, String stem, boolean expected) {
        assertEquals(expected, Lexicon.startsWithinOneEdit(word, 0, word.length(), stem), word);
    }
}
