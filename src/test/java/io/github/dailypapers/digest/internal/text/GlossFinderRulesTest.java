package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Made-up sentences for the rules of docs/bilingual.md that the other gloss tests leave open:
 * quoted terms, category nouns and words, several glosses in one group and their separators,
 * lists an acronym's letters spell, names and acronyms after English words, and the way back
 * through {@code …을 통한}, possessives, modifiers with an argument and leading adjectives.
 * Each row gives the exact glosses ("term = gloss-or-acronym KIND"), or none.
 */
class GlossFinderRulesTest {

    private static String found(String text) {
        return GlossFinder.find(text).stream()
                .map(g -> g.term() + " = " + (g.gloss() != null ? g.gloss() : g.acronym()) + " " + g.kind())
                .collect(Collectors.joining(" / "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        그는 '모델, 버블 정렬(bubble sort)'이라 했다                                | 버블 정렬 = bubble sort TRANSLATION
        이들은 '아주 큰 미세 조정 후 사전 훈련(pretrain-then-finetune)' 방식이다     | 사전 훈련 = pretrain-then-finetune TRANSLATION
        이들은 '큰 미세 조정 후 사전 훈련(pretrain-then-finetune)' 방식이다         | 큰 미세 조정 후 사전 훈련 = pretrain-then-finetune TRANSLATION
        이들은 ' 버블 정렬(bubble sort)' 방식이다                                   | 버블 정렬 = bubble sort TRANSLATION
        먼저 '변이 자동 인코더'(VAE)를 쓴다                                         | 변이 자동 인코더 = VAE ABBREVIATION
        이후 'Supervised Fine-Tuning'(SFT) 단계                                     | Supervised Fine-Tuning = SFT ABBREVIATION
        이후 'GPT'(SFT) 단계                                                        | ''
        이후 'LoRA'(Low-Rank Adaptation) 단계                                       | LoRA = Low-Rank Adaptation EXPANSION
        이후 'Mamba'(state space model) 단계                                        | ''
        이후 'LoRA'(저랭크 적응) 단계                                               | LoRA = 저랭크 적응 EXPANSION
        이후 'Local-SGD'(지역 확률적 경사 하강법) 단계                              | Local-SGD = 지역 확률적 경사 하강법 REVERSE_TRANSLATION
        이후 '지표'(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 “지표”(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 "지표"(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 ‘지표’(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 '지표’(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 “지표"(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 "지표”(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 «지표»(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        이후 ‘지표'(metric)를 쓴다                                                  | 지표 = metric TRANSLATION
        그 지표'(metric)를 쓴다                                                     | ''
        그 지표”(metric)를 쓴다                                                     | ''
        그 지표»(metric)를 쓴다                                                     | ''
        """)
    void quotes(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @Test
    void anOpeningQuoteIsLookedForUpTo80CharsBack() {
        String inside = "가".repeat(79);
        assertEquals(inside + " = metric TRANSLATION", found("이 '" + inside + "'(metric)를 쓴다"));
        assertEquals("", found("이 '" + inside + "가'(metric)를 쓴다"));
    }

    @Test
    void quotesDoNotSpanLines() {
        assertEquals("", found("첫 줄 '지표\n값'(metric)을 쓴다"));
        assertEquals("", found("첫 줄 '지표\r값'(metric)을 쓴다"));
        assertEquals("값 = metric TRANSLATION", found("첫 줄 지표\n'값'(metric)을 쓴다"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        이 모델은 잡음 디노이징(neural network)을 쓴다        | ''
        이 모델은 잡음 디노이징(denoising)을 쓴다             | 디노이징 = denoising TRANSLATION
        이 모델은 다중 기능(score)을 쓴다                     | ''
        이 모델은 핵심 기능(feature)을 쓴다                   | 기능 = feature TRANSLATION
        이 모델은 핵심 기능(features)을 쓴다                  | 기능 = features TRANSLATION
        전통적인 질문-응답(frameworks)에서 강하다             | ''
        전통적인 질문-응답(framework)에서 강하다              | ''
        전통적인 질문-응답(tasks)에서 강하다                  | ''
        전통적인 질의응답 작업(task)에서 강하다               | 작업 = task TRANSLATION
        """)
    void categoriesAndSpelledWords(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        희소 검색,밀집 검색(sparse retrieval, dense retrieval)을 쓴다   | 희소 검색 = sparse retrieval TRANSLATION / 밀집 검색 = dense retrieval TRANSLATION
        밀집 검색 그리고 재순위화(dense retrieval, reranking)를 쓴다     | 밀집 검색 = dense retrieval TRANSLATION / 재순위화 = reranking TRANSLATION
        밀집 검색 또는 재순위화(dense retrieval, reranking)를 쓴다       | 밀집 검색 = dense retrieval TRANSLATION / 재순위화 = reranking TRANSLATION
        밀집 검색 혹은 재순위화(dense retrieval, reranking)를 쓴다       | 밀집 검색 = dense retrieval TRANSLATION / 재순위화 = reranking TRANSLATION
        밀집 검색과 재순위화(dense retrieval, reranking)를 쓴다          | 밀집 검색 = dense retrieval TRANSLATION / 재순위화 = reranking TRANSLATION
        물과 재순위화(water, reranking)를 쓴다                           | 물 = water TRANSLATION / 재순위화 = reranking TRANSLATION
        재순위화(dense retrieval, reranking)를 쓴다                      | ''
        및 재순위화(dense retrieval, reranking)를 쓴다                   | ''
        ' 및 재순위화(dense retrieval, reranking)를 쓴다'                | ''
        GPT 및 재순위화(dense retrieval, reranking)를 쓴다               | ''
        GPT과 재순위화(dense retrieval, reranking)를 쓴다                | ''
        밀집 검색 등 재순위화(dense retrieval, reranking)를 쓴다         | ''
        """)
    void severalGlossesInOneGroup(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        이 API는 CRUD(Create, Read, Update, Delete)를 지원한다         | CRUD = Create, Read, Update, Delete EXPANSION
        이 API는 RD(Read, Delete)를 지원한다                           | RD = Read, Delete EXPANSION
        이 API는 Cloud-CRUD(Create, Read, Update, Delete)를 지원한다   | Cloud-CRUD = Create, Read, Update, Delete EXPANSION
        센서는 RGB-DN(RGB, Depth, Normal)을 쓴다                       | RGB-DN = RGB, Depth, Normal EXPANSION
        이 API는 CRUD(Create, Copy)를 지원한다                         | ''
        이 API는 XCRD(Create, Read)를 지원한다                         | ''
        이 API는 CRUD(Create, Write)를 지원한다                        | ''
        이 API는 Model(Create, Read)를 지원한다                        | ''
        """)
    void listsThatAnAcronymSpells(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        무한 n-gram(infty-gram)을 쓴다                                           | 무한 n-gram = infty-gram TRANSLATION
        이 방법은 Attention Zoo (AttZoo)를 쓴다                                  | Attention Zoo = AttZoo ABBREVIATION
        이 모델은 Diffusion Transformers (DiffiT)를 쓴다                         | Diffusion Transformers = DiffiT ABBREVIATION
        이 모델은 Diffusion Vision Transformers (DiffiT)를 쓴다                  | Diffusion Vision Transformers = DiffiT ABBREVIATION
        이 연구는 Neural Network (MetaNet)을 쓴다                                | ''
        이 방법은 Additive Quantization with Learned Multi-Codebooks (AQLM)을 쓴다 | Additive Quantization with Learned Multi-Codebooks = AQLM ABBREVIATION
        이 방법은 Zero Redundancy Optimizer (ZRO)를 쓴다                         | Zero Redundancy Optimizer = ZRO ABBREVIATION
        이 모델은 Drama-MOE(Mixture of Experts)를 쓴다                           | Drama-MOE = Mixture of Experts EXPANSION
        이 모델은 Drama-MOE(Another Expert)를 쓴다                               | ''
        이 모델은 StarPO(State-Thinking-Actions-Reward Policy Optimization)를 쓴다 | StarPO = State-Thinking-Actions-Reward Policy Optimization EXPANSION
        이 모델은 AdaZo(Adaptive Zoom)를 쓴다                                    | AdaZo = Adaptive Zoom EXPANSION
        이 모델은 AdaZoNet(Adaptive Zoom)를 쓴다                                 | AdaZoNet = Adaptive Zoom EXPANSION
        이 모델은 ZoomA(Zoom Adaptive)를 쓴다                                    | ZoomA = Zoom Adaptive EXPANSION
        이 모델은 StarPOXY(State Policy)를 쓴다                                  | ''
        이 모델은 RL(Robust RL training)을 쓴다                                  | ''
        이 모델은 RL(RL-based training)을 쓴다                                   | ''
        이 모델은 RL(Robust RLHF training)을 쓴다                                | RL = Robust RLHF training EXPANSION
        이 모델은 RL(Robust-RL training)을 쓴다                                  | ''
        이 모델은 RL(Robust CRL training)을 쓴다                                 | RL = Robust CRL training EXPANSION
        이 모델은 GPT-4(Generative Pre-trained Transformer 4)를 쓴다             | GPT-4 = Generative Pre-trained Transformer 4 EXPANSION
        이것은 GPT(Generative Pre-trained Transformer)                           | GPT = Generative Pre-trained Transformer EXPANSION
        이 모델은 RL(Robust Learning)을 쓴다                                     | RL = Robust Learning EXPANSION
        """)
    void latinHeads(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        물을 통한 정화 학습(RLHF)을 쓴다                                 | 물을 통한 정화 학습 = RLHF ABBREVIATION
        데이터를 통한 정화 학습(RLHF)을 쓴다                             | 데이터를 통한 정화 학습 = RLHF ABBREVIATION
        데이터 를 통한 정화 학습(RLHF)을 쓴다                            | 정화 학습 = RLHF ABBREVIATION
        물은 통한 정화 학습(RLHF)을 쓴다                                 | 정화 학습 = RLHF ABBREVIATION
        사고의 사슬(chain-of-thought)을 쓴다                             | 사고의 사슬 = chain-of-thought TRANSLATION
        상태의 표현(state representation)을 쓴다                         | 상태의 표현 = state representation TRANSLATION
        모델의 주의 맵(self-attention map)을 쓴다                        | 주의 맵 = self-attention map TRANSLATION
        웹 데이터를 학습한 언어 모델(TLM)을 쓴다                         | 언어 모델 = TLM ABBREVIATION
        새롭게 학습한 언어 모델(TLM)을 쓴다                              | 학습한 언어 모델 = TLM ABBREVIATION
        새롭게 학습한 언어 모델(LLM)을 쓴다                              | 언어 모델 = LLM ABBREVIATION
        웹 데이터를 사전-학습된 언어 모델(PLM)을 쓴다                    | 사전-학습된 언어 모델 = PLM ABBREVIATION
        웹 데이터를 학습한 언어 모델(trained language model)을 쓴다      | 학습한 언어 모델 = trained language model TRANSLATION
        모델(LLMs)을 학습한 검색 시스템 모듈(RAGSM)을 쓴다               | 모델 = LLMs ABBREVIATION / 검색 시스템 모듈 = RAGSM ABBREVIATION
        대형 모델(LLMs)과 언어 모델(XLM)을 쓴다                          | 대형 모델 = LLMs ABBREVIATION / 언어 모델 = XLM ABBREVIATION
        그래서, 짧은 질문 응답(QA)을 쓴다                                | 짧은 질문 응답 = QA ABBREVIATION
        짧은 질문 응답(QA)을 쓴다                                        | 짧은 질문 응답 = QA ABBREVIATION
        모델 짧은 질문 응답(QA)을 쓴다                                   | 질문 응답 = QA ABBREVIATION
        람다(lambda) 함수를 쓴다                                         | 람다 = lambda TRANSLATION
        이것은 람다(lambda)                                              | 람다 = lambda TRANSLATION
        이것은 '람다'(lambda)                                            | 람다 = lambda TRANSLATION
        """)
    void koreanTerms(String text, String expected) {
        assertEquals(expected, found(text));
    }
}
