package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.GlossKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every example row of shared/spec/bilingual.md, asserted exactly ("-" stands for none). */
class GlossFinderSpecExamplesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        이 연구는 다중모달 대형 언어 모델(multimodal large language models; MLLMs)을 ... | 다중모달 대형 언어 모델 | multimodal large language models | MLLMs | TRANSLATION
        ... 동적 특징 재사용 전략(Dynamic Feature Reuse Strategy)을 사용하여                | 동적 특징 재사용 전략     | Dynamic Feature Reuse Strategy   | -     | TRANSLATION
        ... 상호작용을 개방형 세계(Open-World)에서 최적화                                  | 개방형 세계              | Open-World                       | -     | TRANSLATION
        궤적을 의사-라벨링(pseudo-labeling)하여                                          | 의사-라벨링              | pseudo-labeling                  | -     | TRANSLATION
        먼저 변이 자동 인코더(VAE)로 저수준 스킬을                                         | 변이 자동 인코더          | -                                | VAE   | ABBREVIATION
        짧은 질문 응답(QA) 및 장문 생성                                                   | 짧은 질문 응답           | -                                | QA    | ABBREVIATION
        성능 예측 모델(PPM; Performance Prediction Model)을 학습                          | 성능 예측 모델           | Performance Prediction Model     | PPM   | TRANSLATION
        Infinity-MM은 공개된 VLMs(Vision-Language Models)의 성능을                        | VLMs                    | Vision-Language Models           | VLMs  | EXPANSION
        기술 LoRA(Low-Rank Adaptation)만을 훈련                                           | LoRA                    | Low-Rank Adaptation              | LoRA  | EXPANSION
        using Latent Diffusion Models (LDMs) for                                         | Latent Diffusion Models | -                                | LDMs  | ABBREVIATION
        Local-SGD(지역 확률적 경사 하강법)를 적용                                           | Local-SGD               | 지역 확률적 경사 하강법            | -     | REVERSE_TRANSLATION
        사전 학습된 언어 모델(pre-trained language model)을                               | 사전 학습된 언어 모델     | pre-trained language model       | -     | TRANSLATION
        다양한 시각 토큰(visual tokens)을                                                 | 시각 토큰                | visual tokens                    | -     | TRANSLATION
        '''지표''(metric)를'                                                           | 지표                    | metric                           | -     | TRANSLATION
        저랭크 적응(low-rank adaptation)을                                               | 저랭크 적응              | low-rank adaptation              | -     | TRANSLATION
        소형 언어 모델(SLM)                                                              | 소형 언어 모델           | -                                | SLM   | ABBREVIATION
        Latent Diffusion Models (LDMs)                                                  | Latent Diffusion Models | -                                | LDMs  | ABBREVIATION
        그룹 상대 정책 최적화(Group Relative Policy Optimization; GRPO)                    | 그룹 상대 정책 최적화     | Group Relative Policy Optimization | GRPO | TRANSLATION
        CoT(Chain of Thought)                                                           | CoT                     | Chain of Thought                 | CoT   | EXPANSION
        대형 언어 모델(Large Language Models, LLMs)                                       | 대형 언어 모델           | Large Language Models            | LLMs  | TRANSLATION
        언어 모델(LLMs)은                                                                | 언어 모델                | -                                | LLMs  | ABBREVIATION
        """)
    void specExample(String text, String term, String gloss, String acronym, GlossKind kind) {
        List<GlossMatch> glosses = GlossFinder.find(text);
        assertEquals(1, glosses.size(), () -> text + " -> " + glosses);
        GlossMatch match = glosses.get(0);
        assertEquals(term, match.term(), text);
        assertEquals(none(gloss), match.gloss(), text);
        assertEquals(none(acronym), match.acronym(), text);
        assertEquals(kind, match.kind(), text);
        assertEquals(term, text.substring(match.termStart(), match.termEnd()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        (VBench: 기준모델 80.80% → FasterCache 80.84%)
        세 가지를 제안한다: (1) 데이터, (2) 모델
        방법은 세 단계(iii)로 나뉜다
        정확도가 높았다(80.8%)
        다양한 비디오 확산 모델(Open-Sora 1.2, Open-Sora-Plan, Latte, CogVideoX, Vchitect-2.0)에서
        모델 크기(7B)
        기준모델(a)
        이 결과는 중요하다(이는 처음이다.)
        """)
    void notGlosses(String text) {
        assertEquals(List.of(), GlossFinder.find(text), text);
    }

    private static String none(String value) {
        return value.equals("-") ? null : value;
    }
}
