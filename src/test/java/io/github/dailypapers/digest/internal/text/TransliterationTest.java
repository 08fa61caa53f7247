package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Korean word spelled from English must sound like its gloss (docs/bilingual.md, "English that a
 * Korean word spelled from English cannot be"). {@code true}: the word is spelled from English
 * and the English starts no word with its first sound, so the group names something else.
 */
class TransliterationTest {

    @ParameterizedTest(name = "{0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        디노이징   | neural network       | true
        디노이징   | denoising            | false
        테스트     | neural network       | true
        테스트     | unit test            | false
        가스트     | neural               | true
        코트라     | neural               | true
        마이닝     | data extraction      | true
        마이닝     | data mining          | false
        모델링     | neural               | true
        모델링     | Modeling             | false
        버티컬     | neural               | true
        팅커벨     | neural               | true
        티셔츠     | neural               | true
        프롬프트   | Instruction          | true
        스마일     | happy face           | false
        트리       | neural               | false
        디딤       | neural               | false
        비대칭     | asymmetric           | false
        부드럽게   | neural               | false
        재샘플링   | Resampling           | false
        재샘플링   | re                   | true
        재샘플링   | neural               | true
        재샘플링   | nest                 | true
        저랭크적응 | low rank adaptation  | false
        역샘플링   | reverse sampling     | false
        역샘플링   | reverse              | true
        자연스러움 | naturalness          | false
        나이브     | max-flow             | true
        나이브     | naive                | false
        라이브     | live stream          | false
        세그먼테이션 | prior              | true
        세그먼테이션 | segmentation       | false
        만드는     | neural               | false
        가브리     | neural               | true
        혼란스러운 | neural               | false
        자연스럽게 | neural               | false
        자연스런   | neural               | false
        코스닥     | neural               | true
        프로세서   | processor            | false
        프로세서   | neural               | true
        프로그램   | Planner              | false
        프로그램   | neural               | true
        저랭크적응 | neural               | true
        네트워크   | ControlNet           | false
        네트워크   | graph                | true
        프롬프팅   | neural-prompting     | false
        프롬프팅   | neuralPrompting      | false
        프롬프팅   | neural_prompting     | false
        프롬프팅   | neuralprompting      | true
        프롬프팅   | NEURALPROMPTING      | true
        테스트A    | neural               | false
        """)
    void spellsAnotherWord(String word, String english, boolean expected) {
        assertEquals(expected, Transliteration.spellsAnotherWord(word, 0, word.length(), english), "alone");
        String text = "앞 " + word + " 뒤";
        assertEquals(expected, Transliteration.spellsAnotherWord(text, 2, 2 + word.length(), english), "in a sentence");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"테스트\uD7A4", "\uD7A4테스트", "테스트\u3131"})
    void onlyWordsOfHangulSyllablesAreTested(String word) {
        assertEquals(false, Transliteration.spellsAnotherWord(word, 0, word.length(), "neural"));
    }

    @ParameterizedTest(name = "[{index}] {1}({0}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        JSON   | 데이터 교환 형식      | true
        MOVi-E | 합성 데이터           | true
        DiT    | 확산 트랜스포머       | false
        MLA    | 다중 헤드 잠재 어텐션 | false
        GAT    | 그래프 어텐션 네트워크 | false
        LoRA   | 저랭크 적응           | false
        ABD    | 저랭크 적응           | true
        RAG    | 검색 증강 생성        | false
        ABC    | 네트워크              | false
        """)
    void describesInsteadOfExpanding(String acronym, String phrase, boolean expected) {
        assertEquals(expected, Transliteration.describesInsteadOfExpanding(phrase, acronym), phrase);
    }

    @ParameterizedTest(name = "[{index}] {0}({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        인간 평가와의 스피어만 상관계수 | Spearman's ρ | true
        스피어만 상관계수               | Spearman's ρ | true
        인간 평가와의 상관관계          | Spearman ρ   | false
        인간 평가와의 일치도            | Cohen's κ    | false
        피어슨 상관계수                 | Pearson r    | false
        스피어만 추가 상관계수          | Spearman ρ   | false
        """)
    void spellsNameBefore(String text, String phrase, boolean expected) {
        assertEquals(expected, Transliteration.spellsNameBefore(text, text.length(), phrase), text);
    }

    /** The text, and the word in it (its last occurrence) tested against the English. */
    @ParameterizedTest(name = "{0}({2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
        체인 오브 쏘트     | 쏘트 | reasoning        | true
        체인 오브 쏘트     | 쏘트 | chain-of-thought | false
        체인 오브 쏘트     | 쏘트 | Thought          | false
        오브 쏘트          | 쏘트 | reasoning        | true
        이미지 투 비디오   | 비디오 | speech         | true
        이미지 투 비디오   | 비디오 | video          | false
        텍스트 앤드 오디오 | 오디오 | speech         | true
        텍스트 앤드 오디오 | 오디오 | image          | false
        더 모델            | 모델 | graph            | false
        성능이 더 향상     | 향상 | improvement      | false
        포 모델            | 모델 | graph            | true
        위드 모델          | 모델 | graph            | true
        체인오브 쏘트      | 쏘트 | reasoning        | false
        코브 쏘트          | 쏘트 | reasoning        | false
        오브쏘트           | 쏘트 | reasoning        | false
        자주 쏘트          | 쏘트 | reasoning        | false
        오브  쏘트         | 쏘트 | reasoning        | false
        """)
    void aWordAfterAnEnglishFunctionWordSpelledInHangulIsSpelledFromEnglish(String text, String word, String english,
            boolean expected) {
        int start = text.lastIndexOf(word);
        assertEquals(expected, Transliteration.spellsAnotherWord(text, start, start + word.length(), english), text);
    }
}
