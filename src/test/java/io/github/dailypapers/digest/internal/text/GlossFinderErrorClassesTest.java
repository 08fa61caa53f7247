package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Made-up examples of every class of error that issue 12 lists (and a few more found while
 * reading real digests), each asserted exactly: the term, the gloss or acronym, the kind. Each
 * row failed before the rules of docs/bilingual.md were refined, or guards one of those rules.
 */
class GlossFinderErrorClassesTest {

    /** "term = gloss-or-acronym kind" for every gloss, joined with " / ". */
    private static String found(String text) {
        return GlossFinder.find(text).stream()
                .map(g -> g.term() + " = " + (g.gloss() != null ? g.gloss() : g.acronym()) + " " + g.kind())
                .collect(Collectors.joining(" / "));
    }

    @ParameterizedTest(name = "modifier left out: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        효율을 위해 지식 증류(knowledge distillation)를 적용한다            | 지식 증류 = knowledge distillation TRANSLATION
        이른바 자기 회귀(autoregressive) 방식이다                          | 자기 회귀 = autoregressive TRANSLATION
        확장 가능한 트랜스포머(Transformer)를 쓴다                          | 트랜스포머 = Transformer TRANSLATION
        그림을 활용한 자기 지도 학습(self-supervised visual learning)을 한다 | 자기 지도 학습 = self-supervised visual learning TRANSLATION
        데이터를 사용한 학습(RLVR)이 효과적이다                             | 학습 = RLVR ABBREVIATION
        여기서 제안된 혼합 확산 모델(Hybrid Diffusion Model)은 빠르다        | 혼합 확산 모델 = Hybrid Diffusion Model TRANSLATION
        네 개의 작업 단위(Working Units)로 나뉜다                           | 작업 단위 = Working Units TRANSLATION
        총 1,024개의 객관식(Multiple-choice) 문항                          | 객관식 = Multiple-choice TRANSLATION
        우리는 고품질의 정답지(ground-truth)를 만든다                       | 정답지 = ground-truth TRANSLATION
        세 방향인 세밀한 지각 진화(fine-grained perceptual evolution)를 본다 | 세밀한 지각 진화 = fine-grained perceptual evolution TRANSLATION
        특히 강력한 제로샷(zero-shot) 성능                                 | 제로샷 = zero-shot TRANSLATION
        최근 인공지능(AI)의 발전                                          | 인공지능 = AI ABBREVIATION
        """)
    void modifiersBeforeTheTermStayOutside(String text, String expected) {
        assertEquals(expected.strip(), found(text));
    }

    @ParameterizedTest(name = "whole compound: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        우리는 퓨 샷(few-shot) 학습을 한다                                    | 퓨 샷 = few-shot TRANSLATION
        이 모델은 엔드 투 엔드(end-to-end)로 학습된다                          | 엔드 투 엔드 = end-to-end TRANSLATION
        이 모델은 희소 혼합 전문가(sparse mixture of experts)를 쓴다            | 희소 혼합 전문가 = sparse mixture of experts TRANSLATION
        이 층은 교차 주의(cross-attention)를 쓴다                              | 교차 주의 = cross-attention TRANSLATION
        기본 과제는 체인 오브 쏘트(Chain-of-thought)이다                        | 체인 오브 쏘트 = Chain-of-thought TRANSLATION
        새로 손실 대 손실 예측(Loss-to-Loss Prediction)을 한다                  | 손실 대 손실 예측 = Loss-to-Loss Prediction TRANSLATION
        개인화된 비전 및 언어 생성(Vision and Language Generation)을 한다        | 비전 및 언어 생성 = Vision and Language Generation TRANSLATION
        데이터셋에 깊이와 노멀 정보(Depth and Normal Information)를 더한다       | 깊이와 노멀 정보 = Depth and Normal Information TRANSLATION
        그리고 인간 평가로부터 강화 학습(Reinforcement Learning from Human Ratings)을 한다 | 인간 평가로부터 강화 학습 = Reinforcement Learning from Human Ratings TRANSLATION
        이것은 다중 모달 대규모 언어 모델(MLLMs)이다                            | 다중 모달 대규모 언어 모델 = MLLMs ABBREVIATION
        이 논문은 확장 가능한 감독(scalable oversight)을 다룬다                  | 확장 가능한 감독 = scalable oversight TRANSLATION
        층마다 학습 가능한 아핀 변환(learnable affine transformations)을 둔다   | 학습 가능한 아핀 변환 = learnable affine transformations TRANSLATION
        이 논문은 메커니즘 해석 가능성(Mechanistic Interpretability)을 다룬다   | 메커니즘 해석 가능성 = Mechanistic Interpretability TRANSLATION
        이 연구는 인코더 없는 (encoder-free) 구조를 쓴다                        | 인코더 없는 = encoder-free TRANSLATION
        이것은 멀티스케일 깊은 특징 왜곡(Multi-Scale Deep Feature Warping)이다  | 멀티스케일 깊은 특징 왜곡 = Multi-Scale Deep Feature Warping TRANSLATION
        비용을 줄이려고 그룹화된 질의 어텐션(Grouped-Query Attention; GQA)을 쓴다 | 그룹화된 질의 어텐션 = Grouped-Query Attention TRANSLATION
        이 모델은 주의 기반 인코더(Attention-based Encoder)를 쓴다              | 주의 기반 인코더 = Attention-based Encoder TRANSLATION
        작은 모델이 스스로 교정(Self-Correction)한다                          | 스스로 교정 = Self-Correction TRANSLATION
        기존의 인간 피드백 기반 강화 학습(RLHF)은 비싸다                        | 인간 피드백 기반 강화 학습 = RLHF ABBREVIATION
        이 방법은 파인 튜닝 및 평가 WG(Fine-tuning and Evaluation WG)가 맡는다  | 파인 튜닝 및 평가 WG = Fine-tuning and Evaluation WG TRANSLATION
        """)
    void compoundsAreTakenWhole(String text, String expected) {
        assertEquals(expected.strip(), found(text));
    }

    @ParameterizedTest(name = "not a gloss: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        학습은 (≥ 8 GPU)에서 한다
        지연은 짧다(leq 2 s)
        문맥이 짧은 경우(<4K tokens)에 좋다
        배치 크기(8 GPUs)를 늘렸다
        해상도 4K HD (3840 x 2160)를 지원한다
        이 작업은 Foo(framework)를 쓴다
        JSON(파일 형식)으로 저장한다
        BarNet(ResNet-50)을 쓴다
        백본 모델(ResNet-50)을 쓴다
        비전 백본(CLIP, SigLIP)을 쓴다
        생성 모델(GANs, Diffusion models)과 비교한다
        이전 연구(Kim et al., 2024)를 따른다
        스케일링 법칙 논문(Kaplan et. al [40])에서
        FLOPs(count)를 줄인다
        GPT-4V(ision)을 쓴다
        가벼운 모델은 TR3D (on S3DIS)를 쓴다
        세 가지 모듈(planning, code generation, searching)로 구성된다
        성공률을 높였습니다(Pass@10)
        모델은 (2번째 반복)에서 멈춘다
        개선 버전인 Heron (QWKV-5)과 Osprey (QWKV-6)를 소개한다
        2023년에 첫 모델 묶음(Zeta-jp model suite v1.0)을 공개했다
        모델은 시뮬레이션 기능(sim)과 평가 기능(score)을 맡는다
        새로운 추론 프레임워크(superposition)를 도입한다
        데이터셋 MMLU-Zeta(영어)를 번역했다
        전통적인 질문-응답(task)에서 강하다
        음성 인식(e.g.,ASR)을 쓴다
        이 구성 요소(i.e.,the encoder)를 바꾼다
        여러 모델(예:GPT, Claude)을 비교한다
        구조는 그림(Figure 3)에 있다
        세부 사항은 결과 표(Tab. 2)와 부록(Appendix B)에 있다
        손실 함수(Eq. 3)와 학습 절차(Algorithm 1)를 정의한다
        두 설정(Sections 4.1 and 4.2)에서 비교한다
        이 방법은 학회 논문(ICLR 2024)으로 발표되었다
        최신 연구(NeurIPS 2023)를 따른다
        번역 벤치마크(WMT 2014)에서 평가했다
        데이터셋(COCO)에서 평가했다
        벤치마크(MMLU)에서 평가했다
        기존 모델(GPT-4o)보다 낫다
        제안 방법(Ours)이 가장 좋다
        명령어(`git clone`)로 설치한다
        GPT-4o(OpenAI)와 비교했다
        회사(Apple)가 공개했다
        연구팀(Google DeepMind)이 발표했다
        학회(ACL)에서 발표했다
        실험(Ours vs. Baseline)에서 확인했다
        첫 질문(RQ1: Is retrieval really helpful?)에 답한다
        평가 지표(FID: lower is better)를 쓴다
        지표(PSNR: Peak Signal-to-Noise Ratio)를 보고한다
        지표(FID, Fréchet Inception Distance)를 쓴다
        """)
    void groupsThatAreNotGlosses(String text) {
        assertEquals("", found(text), text);
    }

    @ParameterizedTest(name = "near a not-gloss rule, still a gloss: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델은 그림 설명(figure captioning)을 생성한다    | 그림 설명 = figure captioning TRANSLATION
        표 이해(table understanding) 능력을 평가한다      | 표 이해 = table understanding TRANSLATION
        새로운 섹션 분할(section segmentation)을 한다     | 섹션 분할 = section segmentation TRANSLATION
        새 비디오 데이터셋(VDS)을 만든다                  | 비디오 데이터셋 = VDS ABBREVIATION
        이 벤치마크는 대형 언어 모델(LLM)을 평가한다        | 대형 언어 모델 = LLM ABBREVIATION
        이 모델(LLMs)은 크다                              | 모델 = LLMs ABBREVIATION
        새 모델은 OAI(OpenAI)가 만들었다                   | OAI = OpenAI EXPANSION
        애플(Apple)이 공개했다                             | 애플 = Apple TRANSLATION
        연구팀(research team)을 꾸렸다                     | 연구팀 = research team TRANSLATION
        S2S(시퀀스 대 시퀀스, sequence to sequence)를 쓴다 | S2S = sequence to sequence EXPANSION
        먼저 강화 학습(RL: reinforcement learning)을 쓴다   | 강화 학습 = reinforcement learning TRANSLATION
        AMURAI는 Segment Anything Model(SAM 2)을 쓴다 | Segment Anything Model = SAM 2 ABBREVIATION
        """)
    void nearMissesOfTheNotGlossRulesStayGlosses(String text, String expected) {
        assertEquals(expected, found(text), text);
    }

    @ParameterizedTest(name = "instance rules at their edges: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        연구팀(Google Deep Mind Brain)이 발표했다              | ''
        연구팀(Google Deep Mind Brain Lab)이 발표했다          | 연구팀 = Google Deep Mind Brain Lab TRANSLATION
        연구팀(Google Research)이 발표했다                    | 연구팀 = Google Research TRANSLATION
        연구팀(Google brain)이 발표했다                       | 연구팀 = Google brain TRANSLATION
        연구팀(Google Research Team)이 발표했다               | 연구팀 = Google Research Team TRANSLATION
        지표(FID, fréchet inception distance)를 쓴다          | 지표 = fréchet inception distance TRANSLATION
        평가 지표(Fréchet Inception Distance)를 쓴다          | ''
        벤치마크(BM)에서 평가했다                             | ''
        벤치마크(MB)에서 평가했다                             | 벤치마크 = MB ABBREVIATION
        모델(SAM 2)을 쓴다                                    | 모델 = SAM 2 ABBREVIATION
        회사(Apples)가 공개했다                               | ''
        회사(Companies)가 공개했다                            | 회사 = Companies TRANSLATION
        이 방법은 AI(Intelligence)를 쓴다                     | ''
        이 방법은 AI(Artificial Intelligence)를 쓴다          | AI = Artificial Intelligence EXPANSION
        이 방법은 AI(ArtificialIntelligence)를 쓴다           | AI = ArtificialIntelligence EXPANSION
        이 방법은 AI(Artificial-Intelligence)를 쓴다          | AI = Artificial-Intelligence EXPANSION
        """)
    void theInstanceRulesAtTheirEdges(String text, String expected) {
        assertEquals(expected, found(text), text);
    }

    @ParameterizedTest(name = "a head noun the English leaves out: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델의 일반화 능력(generalization)이 높다           | 일반화 능력 = generalization TRANSLATION
        모델의 일반화 능력(generalization ability)이 높다   | 일반화 능력 = generalization ability TRANSLATION
        모델의 일반화 능력(generalization abilities)이 높다 | 일반화 능력 = generalization abilities TRANSLATION
        능력(generalization)이 높다                         | ''
        모델의 일반화능력(generalization)이 높다             | 일반화능력 = generalization TRANSLATION
        모델은 긴 추론 지연 시간(inference latency)을 줄인다 | 추론 지연 시간 = inference latency TRANSLATION
        두 모델의 학습 성능(performance)을 비교한다          | 성능 = performance TRANSLATION
        """)
    void aHeadNounTheEnglishLeavesOutIsInTheTerm(String text, String expected) {
        assertEquals(expected, found(text), text);
    }

    @ParameterizedTest(name = "the kind of a name: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Mamba(선택적 상태 공간 모델)를 쓴다           | ''
        Hammer(분석 도구)를 쓴다                      | ''
        우리는 mamba(상태 공간 모델)를 쓴다           | ''
        Data(데이터)를 모은다                         | Data = 데이터 REVERSE_TRANSLATION
        Toolkit(분석 도구)을 쓴다                     | Toolkit = 분석 도구 REVERSE_TRANSLATION
        Benchmark Suite(새 벤치마크)를 쓴다           | Benchmark Suite = 새 벤치마크 REVERSE_TRANSLATION
        Transformer(2017년 제안)를 쓴다               | ''
        기존 2D(2차원) 영상을 쓴다                    | 2D = 2차원 REVERSE_TRANSLATION
        """)
    void koreanThatNamesTheKindOfAName(String text, String expected) {
        assertEquals(expected, found(text), text);
    }

    @ParameterizedTest(name = "a number in both: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델은 2단계 학습(two-stage training)을 한다          | 2단계 학습 = two-stage training TRANSLATION
        전체는 3단계 파이프라인(3-stage pipeline)으로 구성된다 | 3단계 파이프라인 = 3-stage pipeline TRANSLATION
        이 모델은 187개의 작업(tasks)을 푼다                  | 작업 = tasks TRANSLATION
        데이터는 2단계 필터링(filtering)을 거친다              | 필터링 = filtering TRANSLATION
        병목을 줄이려 두 단계 해양자화(Two-step Dequantization)를 쓴다 | 두 단계 해양자화 = Two-step Dequantization TRANSLATION
        우리는 두 번의 광학 경로(two-bounce optical paths)를 본다 | 두 번의 광학 경로 = two-bounce optical paths TRANSLATION
        데이터는 두 단계 필터링(filtering)을 거친다             | 필터링 = filtering TRANSLATION
        이 방법은 0차 최적화(zeroth-order optimization)를 쓴다   | 0차 최적화 = zeroth-order optimization TRANSLATION
        이 방법은 1차 최적화(first-order optimization)를 쓴다    | 1차 최적화 = first-order optimization TRANSLATION
        평가를 하여 파라미터 편미분방정식(parametric PDEs)을 푼다   | 파라미터 편미분방정식 = parametric PDEs TRANSLATION
        형식에 맞춰 자유형식(free-form) 답을 쓴다                | 자유형식 = free-form TRANSLATION
        문제를 해결하고자 동남아시아(Southeast Asia) 언어를 본다   | 동남아시아 = Southeast Asia TRANSLATION
        모델이 쓸 수 있도록 강화학습(RL)을 한다                   | 강화학습 = RL ABBREVIATION
        접근법보다 훨씬 적은 연산량(FLOPs)을 쓴다                 | 적은 연산량 = FLOPs ABBREVIATION
        """)
    void aNumberWithACounterIsInTheTermOnlyIfTheEnglishHasANumber(String text, String expected) {
        assertEquals(expected, found(text), text);
    }

    @ParameterizedTest(name = "found: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        밀집 검색 및 재순위화(dense retrieval, reranking)를 쓴다      | 밀집 검색 = dense retrieval TRANSLATION / 재순위화 = reranking TRANSLATION
        희소 검색, 밀집 검색(sparse retrieval, dense retrieval)을 쓴다 | 희소 검색 = sparse retrieval TRANSLATION / 밀집 검색 = dense retrieval TRANSLATION
        센서는 IMU(관성 측정 장치)를 쓴다                              | IMU = 관성 측정 장치 EXPANSION
        센서는 IMU(관성 측정 장치, inertial measurement unit)를 쓴다    | IMU = inertial measurement unit EXPANSION
        센서는 IMU(inertial measurement 장치)를 쓴다                  | IMU = inertial measurement 장치 EXPANSION
        정렬은 '버블 정렬(bubble sort)'이다                           | 버블 정렬 = bubble sort TRANSLATION
        이들은 '미세 조정 후 사전 훈련(finetune-then-pretrain)' 방식이다 | 미세 조정 후 사전 훈련 = finetune-then-pretrain TRANSLATION
        대형 언어 모델(Large Language Models; LLMs)을 쓴다             | 대형 언어 모델 = Large Language Models TRANSLATION
        이 방법은 Token Merging (ToMe)을 쓴다                         | Token Merging = ToMe ABBREVIATION
        이 모델은 Sparse Vision Transformers (SpaViT)를 쓴다          | Sparse Vision Transformers = SpaViT ABBREVIATION
        빠른 4비트 행렬 곱셈(Matrix Multiplication; Matmul)을 쓴다      | 행렬 곱셈 = Matrix Multiplication TRANSLATION
        최신 비전-언어 모델(Vision-Language Model, 이하 LVLM)은 크다     | 비전-언어 모델 = Vision-Language Model TRANSLATION
        여러 쿼리를 만드는 강화 학습(이하 RL) 방법                       | 강화 학습 = RL ABBREVIATION
        기존의 SOTA(최고 성능; State-of-the-Art) 모델                   | SOTA = State-of-the-Art EXPANSION
        AMURAI는 Segment Anything Model(SAM 2)을 쓴다                 | Segment Anything Model = SAM 2 ABBREVIATION
        두 모듈은 가벼운 LLM(light LLM)과 무거운 LLM(heavy LLM)이다      | 가벼운 LLM = light LLM TRANSLATION / 무거운 LLM = heavy LLM TRANSLATION
        평가하려고 텍스트-비디오(T2V) 모델을 쓴다                         | 텍스트-비디오 = T2V ABBREVIATION
        새로운 무한 n-gram(infty-gram) 모델을 소개한다                   | 무한 n-gram = infty-gram TRANSLATION
        파일 CRUD(Create, Read, Update, Delete) 연산                   | CRUD = Create, Read, Update, Delete EXPANSION
        또한 Song-MOE(Mixture of Experts)로 고른다                     | Song-MOE = Mixture of Experts EXPANSION
        새로운 StarPO(State-Thinking-Actions-Reward Policy Optimization)를 쓴다 | StarPO = State-Thinking-Actions-Reward Policy Optimization EXPANSION
        기법 Additive Quantization with Learned Multi-Codebooks (AQLM)을 쓴다 | Additive Quantization with Learned Multi-Codebooks = AQLM ABBREVIATION
        비교 대상은 Convolutional Autoencoders(ConvAEs)이다             | Convolutional Autoencoders = ConvAEs ABBREVIATION
        - 인간 피드백을 통한 강화 학습(RLHF)은 비싸다                    | 인간 피드백을 통한 강화 학습 = RLHF ABBREVIATION
        일반적으로 감독 학습을 통한 지시 학습(Supervised Fine-Tuning, SFT)을 한다 | 감독 학습을 통한 지시 학습 = Supervised Fine-Tuning TRANSLATION
        대형 언어 모델(Large Language Models (LLMs))을 쓴다          | 대형 언어 모델 = Large Language Models TRANSLATION
        """)
    void glossesOnceMissed(String text, String expected) {
        assertEquals(expected.strip(), found(text));
    }

    @ParameterizedTest(name = "spelled from English: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델은 잡음을 없애는 디노이징(neural network)에 의존한다     | ''
        모델은 잡음을 없애는 디노이징(denoising)을 한다              | 디노이징 = denoising TRANSLATION
        이 층은 스텝마다 토크나이징(word splitting)을 한다           | ''
        모델을 파인튜닝(LoRA fine-tune)한다                         | 파인튜닝 = LoRA fine-tune TRANSLATION
        그리고 재샘플링(Resampling) 전략을 쓴다                      | 재샘플링 = Resampling TRANSLATION
        이 디코더는 네트워크(ControlNet) 스타일이다                   | 네트워크 = ControlNet TRANSLATION
        주목을 부드럽게(smooth) 하는 방법                             | 부드럽게 = smooth TRANSLATION
        이 구조는 비대칭(asymmetric) 설계이다                         | 비대칭 = asymmetric TRANSLATION
        먼저 저랭크적응(low rank adaptation)으로 조정한다              | 저랭크적응 = low rank adaptation TRANSLATION
        먼저 저랭크적응(weight merging)으로 조정한다                  | ''
        새로운 임베딩(embeddings)을 배운다                            | 임베딩 = embeddings TRANSLATION
        """)
    void aWordSpelledFromEnglishMustSoundLikeItsGloss(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "list needs as many terms: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        하이퍼파라미터(timestep, noise scale)를 고른다
        세 가지 과제(reranking, dense retrieval)를 푼다
        """)
    void aListWithoutMatchingTermsIsNotAGloss(String text) {
        assertEquals("", found(text), text);
    }

    @ParameterizedTest(name = "spans: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        밀집 검색 및 재순위화(dense retrieval, reranking)를 쓴다
        정렬은 '버블 정렬(bubble sort)'이다
        이 방법은 Token Merging (ToMe)을 쓴다
        """)
    void everyGlossOfAGroupSharesTheGroupAndHasAnExactTerm(String text) {
        List<GlossMatch> glosses = GlossFinder.find(text);
        int open = text.indexOf('(');
        for (GlossMatch g : glosses) {
            assertEquals(g.term(), text.substring(g.termStart(), g.termEnd()));
            assertEquals(open, g.groupStart());
            assertEquals(text.indexOf(')') + 1, g.groupEnd());
        }
        assertEquals(false, glosses.isEmpty(), text);
    }

    @ParameterizedTest(name = "second blind round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        일치도는 Cohen's κ 0.72(상당한 일치)로 나타났다                       | ''
        도구는 search_web(query)를 호출한다                                | ''
        Recall@10과 NDCG@10(Normalized Discounted Cumulative Gain)을 쓴다   | NDCG@10 = Normalized Discounted Cumulative Gain EXPANSION
        응답 앞에 'Think(T)' 블록을 둔다                                    | Think = T ABBREVIATION
        카메라는 Wide (W)와 Tele (T)로 나뉜다                               | Wide = W ABBREVIATION / Tele = T ABBREVIATION
        모델은 Think(X) 블록을 둔다                                        | ''
        모델은 THINK(T) 블록을 둔다                                        | ''
        기반 모델(Qwen-7B 기반)이 o1-mini(OpenAI)와 비슷하다                | ''
        공격자 LLM이 다회차 대화(multi-turn conversation)로 유도한다          | 다회차 대화 = multi-turn conversation TRANSLATION
        인간 피드백 기반 강화 학습(Reinforcement Learning from Human Feedback)을 쓴다 | 인간 피드백 기반 강화 학습 = Reinforcement Learning from Human Feedback TRANSLATION
        최근 긴 문맥 모델(long-context models)이 나왔다                     | 긴 문맥 모델 = long-context models TRANSLATION
        최근 큰 언어 모델(language models)이 나왔다                         | 언어 모델 = language models TRANSLATION
        모델은 '반성' 토큰(reflection tokens)을 만든다                      | '반성' 토큰 = reflection tokens TRANSLATION
        모델은 '느린 사고' 모드(slow-thinking mode)에서 답한다               | '느린 사고' 모드 = slow-thinking mode TRANSLATION
        모델은 '반성' 토큰(tokens)을 만든다                                 | 토큰 = tokens TRANSLATION
        양자화 인식 학습(Quantization-Aware Training (QAT))을 적용한다        | 양자화 인식 학습 = Quantization-Aware Training TRANSLATION
        모델(Transformer (2017))을 쓴다                                    | ''
        멀티모달 LLM(Multimodal Large Language Model)을 교사로 삼는다         | 멀티모달 LLM = Multimodal Large Language Model TRANSLATION
        최신 LLM(Large Language Model)을 교사로 삼는다                      | LLM = Large Language Model EXPANSION
        LLM-as-a-Judge(LLM 평가자) 방식을 쓴다                              | LLM-as-a-Judge = LLM 평가자 REVERSE_TRANSLATION
        평가에는 JMMLU(일본어판 MMLU)를 썼다                                 | JMMLU = 일본어판 MMLU EXPANSION
        모델은 Qwen2.5-VL(Qwen2.5 기반)이다                                 | ''
        모델은 GPT-4V(GPT-4 기반)이다                                       | ''
        제안된 Corrective RAG (CRAG)는 문서를 고른다                         | Corrective RAG = CRAG ABBREVIATION
        Vision Mamba (Vim)는 패치를 스캔한다                                | Vision Mamba = Vim ABBREVIATION
        Vision Mamba (Zim)는 패치를 스캔한다                                | ''
        사전 학습된 소형 비전-언어 모델(sVLM)을 증류한다                      | 소형 비전-언어 모델 = sVLM ABBREVIATION
        BM25와 임베딩 검색기(UniXcoder)를 함께 쓴다                          | ''
        Whisper 인코더(frozen)와 LLM을 잇는다                               | ''
        BM25와 밀집 검색기(retriever)를 함께 쓴다                            | 검색기 = retriever TRANSLATION
        동일 예산에서 검증기(rule-based)를 이용한 선택이 낫다                 | ''
        특히 의료 문서(zero-shot)에서도 강건했다                             | ''
        다양한 인물 사진(in-the-wild)에서 평가했다                           | ''
        이 방법은 규칙 기반(rule-based) 보상을 쓴다                          | 규칙 기반 = rule-based TRANSLATION
        강력한 제로샷(zero-shot) 성능을 보인다                               | 제로샷 = zero-shot TRANSLATION
        """)
    void foundByTheSecondBlindRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "nested acronym: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        대형 언어 모델(Large Language Models (LLMs))은 강력하다
        양자화 인식 학습(Quantization-Aware Training (QAT))을 적용한다
        """)
    void anAcronymNestedAtTheEndOfAGlossIsPartOfIt(String text) {
        List<GlossMatch> glosses = GlossFinder.find(text);
        assertEquals(1, glosses.size(), text);
        GlossMatch gloss = glosses.get(0);
        assertEquals(text.indexOf('('), gloss.groupStart());
        assertEquals(text.lastIndexOf(')') + 1, gloss.groupEnd());
        assertEquals(text.substring(text.lastIndexOf('(') + 1, text.indexOf(')')), gloss.acronym());
        assertEquals(gloss.term(), text.substring(gloss.termStart(), gloss.termEnd()));
    }

    @ParameterizedTest(name = "third blind round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        한국어(kor_Hang) 데이터를 골랐다                                    | ''
        FineWeb2(오픈소스)는 파이프라인이다                                  | ''
        이 모델은 라이다(LiDAR)와 카메라를 융합한다                           | 라이다 = LiDAR ABBREVIATION
        불확실성은 몬테카를로 드롭아웃(Monte Carlo Dropout)으로 잰다            | 몬테카를로 드롭아웃 = Monte Carlo Dropout TRANSLATION
        노이즈의 푸리에 공간(Fourier space)에 패턴을 심는다                    | 푸리에 공간 = Fourier space TRANSLATION
        상태는 칼만 필터(Kalman filter)로 추정한다                            | 칼만 필터 = Kalman filter TRANSLATION
        재사용 가능한 워크플로(workflow)를 뽑는다                             | 워크플로 = workflow TRANSLATION
        유형은 '차량(V)', '보행자(P)'로 나뉜다                               | 차량 = V ABBREVIATION / 보행자 = P ABBREVIATION
        입력 행렬(X)과 출력(Y)을 쓴다                                       | ''
        이 논문은 **사실성 평가(factuality evaluation)**를 다룬다             | 사실성 평가 = factuality evaluation TRANSLATION
        토큰이 많은 과잉 학습(overtraining) 구간이다                          | 과잉 학습 = overtraining TRANSLATION
        MinHash 기반 근사 중복 제거(near-deduplication)를 쓴다                | 근사 중복 제거 = near-deduplication TRANSLATION
        자동 형식화(autoformalization)로 정리를 만든다                        | 자동 형식화 = autoformalization TRANSLATION
        경량 특징 피라미드 네트워크(FPN)를 강화했다                           | 특징 피라미드 네트워크 = FPN ABBREVIATION
        본 연구의 Expert Choice Routing (EC)은 부하를 맞춘다                  | Expert Choice Routing = EC ABBREVIATION
        이 DSP(Draft, Sketch, and Prove) 파이프라인을 고쳤다                  | DSP = Draft, Sketch, and Prove EXPANSION
        토큰 수는 다국어 말뭉치(FLORES-200)에서 쟀다                          | ''
        저자들은 SE(3)-등변(equivariant) 네트워크를 쓴다                      | 등변 = equivariant TRANSLATION
        SentencePiece의 유니그램 언어 모델(Unigram LM) 방식을 쓴다             | 유니그램 언어 모델 = Unigram LM TRANSLATION
        양방향 상태 공간 모델(bidirectional SSM) 블록을 쓴다                  | 양방향 상태 공간 모델 = bidirectional SSM TRANSLATION
        최신 한국어 LLM 벤치마크(Korean LLM benchmark)를 만든다               | 한국어 LLM 벤치마크 = Korean LLM benchmark TRANSLATION
        대규모 오픈소스 언어 모델(LLMs)의 중간층을 본다                        | 대규모 오픈소스 언어 모델 = LLMs ABBREVIATION
        이 연구는 대규모 코드 특화 언어 모델(Large Language Models, LLMs)을 본다 | 대규모 코드 특화 언어 모델 = Large Language Models TRANSLATION
        이 연구는 대규모 데이터로 학습한 언어 모델(LLM)을 본다                  | 언어 모델 = LLM ABBREVIATION
        이 연구는 대규모 잠재 확산 모델(LDM)을 본다                            | 잠재 확산 모델 = LDM ABBREVIATION
        이 연구는 KD(교사 모델의 출력 분포를 학생 모델이 모방하도록 학습하는 기법)를 쓴다 | KD = 교사 모델의 출력 분포를 학생 모델이 모방하도록 학습하는 기법 EXPANSION
        이 연구는 GPT-4(교사 모델의 출력 분포를 학생 모델이 모방하도록 학습하는 기법)를 쓴다 | ''
        예측 신뢰도는 pLDDT(predicted Local Distance Difference Test)로 잰다    | pLDDT = predicted Local Distance Difference Test EXPANSION
        TabM은 배치 앙상블(BatchEnsemble) 기법을 쓴다                         | 배치 앙상블 = BatchEnsemble TRANSLATION
        TabM은 새 플래시어텐션(FlashAttention) 커널을 쓴다                     | 플래시어텐션 = FlashAttention TRANSLATION
        저자들은 JumpReLU 활성화 함수(JumpReLU activation)를 썼다              | JumpReLU 활성화 함수 = JumpReLU activation TRANSLATION
        """)
    void foundByTheThirdBlindRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "fourth blind round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        임베딩 모델로는 코드 전용 인코더(CodeT5+ 110M)를 쓴다                | ''
        기법들 중 (IA)^3는 가장 가볍다                                      | ''
        이 모델은 ESM-2(단백질 언어 모델)의 임베딩을 쓴다                    | ''
        이 모델은 T2V(텍스트-투-비디오)를 쓴다                               | T2V = 텍스트-투-비디오 EXPANSION
        LEO(기존 최고 성능) 대비 3.1%p 높다                                 | ''
        이 연구는 Transformer(새로운 구조)를 쓴다                           | ''
        이들은 IRAC(쟁점, 규칙, 적용, 결론) 틀을 따른다                       | IRAC = 쟁점, 규칙, 적용, 결론 EXPANSION
        이들은 IRAC(쟁점, 규칙, 적용) 틀을 따른다                            | ''
        SWE-agent는 Agent-Computer Interface(에이전트-컴퓨터 인터페이스, ACI)를 쓴다 | Agent-Computer Interface = 에이전트-컴퓨터 인터페이스 REVERSE_TRANSLATION
        SWE-agent는 Agent Tools(에이전트-컴퓨터 인터페이스, ACI)를 쓴다       | ''
        이 파이프라인은 시각 RAG(Visual RAG, VisRAG)를 쓴다                  | 시각 RAG = Visual RAG TRANSLATION
        그래프 신경망과 등변 신경망(E(3)-equivariant network)을 결합한다       | 등변 신경망 = E(3)-equivariant network TRANSLATION
        응용(예: 검색 증강 생성(RAG) 기반 문서 QA)도 다룬다                   | 검색 증강 생성 = RAG ABBREVIATION
        데이터는 시뮬레이터(Isaac Sim)에서 만들었다                           | ''
        저자들은 정리를 이용해 KL 발산(Kullback-Leibler divergence)을 잰다     | KL 발산 = Kullback-Leibler divergence TRANSLATION
        경로를 설정해 벡터장(vector field)을 배운다                           | 벡터장 = vector field TRANSLATION
        모델은 문서 이해(document understanding)를 다룬다                     | 문서 이해 = document understanding TRANSLATION
        레이블만 썼을 때 오류율(error rate)을 낮췄다                           | 오류율 = error rate TRANSLATION
        두 데이터셋에서 모두 최고 성능(state of the art)을 냈다                 | 최고 성능 = state of the art TRANSLATION
        탐색 공간은 MobileNetV2의 역잔차 블록(inverted residual block)이다      | 역잔차 블록 = inverted residual block TRANSLATION
        Python 외 저자원 프로그래밍 언어(low-resource programming languages)를 다룬다 | 저자원 프로그래밍 언어 = low-resource programming languages TRANSLATION
        """)
    void foundByTheFourthBlindRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "blind-set rules at their edges: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        그래프와 등변 신경망(E(3)-equivariant network)을 쓴다 | 등변 신경망 = E(3)-equivariant network TRANSLATION
        그래프와 등변 신경망(E(12)-equivariant network)을 쓴다 | 등변 신경망 = E(12)-equivariant network TRANSLATION
        그래프와 등변 신경망(E(1234)-equivariant network)을 쓴다 | ''
        그래프와 등변 신경망(E(ab)-equivariant network)을 쓴다 | ''
        그래프와 등변 신경망(E (3)-equivariant network)을 쓴다 | ''
        그래프와 등변 신경망(등(3)-equivariant network)을 쓴다 | ''
        그래프와 등변 신경망(E(3)-equivariant (SE) network)을 쓴다 | ''
        저자들은 JumpReLU 활성화 함수(JumpReLU activation)를 썼다 | JumpReLU 활성화 함수 = JumpReLU activation TRANSLATION
        JumpReLU는 아주 길고 긴 설명이 붙은 매우 복잡한 활성화 함수(JumpReLU activation)를 썼다 | 활성화 함수 = JumpReLU activation TRANSLATION
        저자들은 the 활성화 함수(the activation)를 썼다 | 함수 = the activation TRANSLATION
        저자들은 J 활성화 함수(J activation)를 썼다 | 활성화 함수 = J activation TRANSLATION
        유형은 '차량(V)'로 나뉜다 | 차량 = V ABBREVIATION
        유형은 '아주 긴 이름의 차량 유형(V)'로 나뉜다 | ''
        유형은 '차량a(V)'로 나뉜다 | ''
        유형은 '차량 (V)'로 나뉜다 | ''
        유형은 차량(V)로 나뉜다 | ''
        양자화 인식 학습(Quantization-Aware Training (QAT) method)을 쓴다 | Quantization-Aware Training = QAT ABBREVIATION
        양자화 인식 학습(Quantization-Aware Training(QAT))을 쓴다 | Quantization-Aware Training = QAT ABBREVIATION
        양자화 인식 학습(Quantization-Aware Training (QAT) (v2))을 쓴다 | Quantization-Aware Training = QAT ABBREVIATION
        모델은 X2V(엑스-투-비디오)를 쓴다 | X2V = 엑스-투-비디오 EXPANSION
        모델은 V2X(차량-사물 통신)를 쓴다 | V2X = 차량-사물 통신 EXPANSION
        모델은 X2(엑스 투)를 쓴다 | ''
        토큰은 말뭉치(FLORES-2)에서 쟀다 | ''
        토큰은 말뭉치(FLORES2)에서 쟀다 | 말뭉치 = FLORES2 ABBREVIATION
        토큰은 말뭉치(FLORES22)에서 쟀다 | ''
        토큰은 2개 말뭉치(FLORES-200)에서 쟀다 | ''
        이 연구는 대규모 오픈소스 언어 모델(Large-scale Language Models)을 본다 | 대규모 오픈소스 언어 모델 = Large-scale Language Models TRANSLATION
        이 연구는 대규모 오픈소스 언어 모델(Lasting Language Models)을 본다 | 오픈소스 언어 모델 = Lasting Language Models TRANSLATION
        # "Largest" is not "large" for the rule above, but the lexicon's 대규모 renders it (its stem)
        이 연구는 대규모 오픈소스 언어 모델(Largest Language Models)을 본다 | 대규모 오픈소스 언어 모델 = Largest Language Models TRANSLATION
        이 연구는 대규모 오픈소스 언어 모델(large language models)을 본다 | 대규모 오픈소스 언어 모델 = large language models TRANSLATION
        TabM은 앙상블(BatchEnsemble) 기법을 쓴다 | 앙상블 = BatchEnsemble TRANSLATION
        TabM은 가나다라 앙상블(BatchEnsemble) 기법을 쓴다 | 가나다라 앙상블 = BatchEnsemble TRANSLATION
        TabM은 배치 앙상블(Batchensemble) 기법을 쓴다 | 앙상블 = Batchensemble TRANSLATION
        SentencePiece의 유니그램 언어 모델(Unigram LM) 방식을 쓴다 | 유니그램 언어 모델 = Unigram LM TRANSLATION
        SentencePiece의 유니그램 LM 언어 모델(Unigram LM) 방식을 쓴다 | 언어 모델 = Unigram LM TRANSLATION
        SentencePiece의 유니그램 언어 모델(Unigram Lm) 방식을 쓴다 | 언어 모델 = Unigram Lm TRANSLATION
        """)
    void theBlindSetRulesAtTheirEdges(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "fifth blind round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델은 분자의 결합 부위(molecule binding site)를 찾는다               | 분자의 결합 부위 = molecule binding site TRANSLATION
        모델은 분자의 결합 부위(binding site)를 찾는다                        | 결합 부위 = binding site TRANSLATION
        모델은 블록의 피드포워드 네트워크(FFN)를 바꾼다                        | 피드포워드 네트워크 = FFN ABBREVIATION
        모델은 사고의 연쇄(CoT)를 쓴다                                        | 사고의 연쇄 = CoT ABBREVIATION
        모델은 체인 오브 소트(CoT)를 쓴다                                     | 체인 오브 소트 = CoT ABBREVIATION
        정책은 전문가 시연으로부터의 모방 학습(imitation learning from expert demonstrations)이다 | 전문가 시연으로부터의 모방 학습 = imitation learning from expert demonstrations TRANSLATION
        정책은 전문가 시연으로부터의 모방 학습(LFED)이다                          | 전문가 시연으로부터의 모방 학습 = LFED ABBREVIATION
        정책은 전문가 시연으로부터의 모방 학습(imitation learning)이다          | 모방 학습 = imitation learning TRANSLATION
        지연은 첫 토큰까지의 시간(time to first token)으로 잰다                | 첫 토큰까지의 시간 = time to first token TRANSLATION
        지연은 첫 토큰까지의 시간(TTFT)으로 잰다                               | 시간 = TTFT ABBREVIATION
        모델은 블록의 피드포워드 출력(FFO)을 바꾼다                             | 피드포워드 출력 = FFO ABBREVIATION
        서버는 캐싱 옵션(--enable-prefix-caching)을 켠다                       | ''
        서버는 캐싱 옵션(-O3)을 켠다                                          | ''
        저자들은 그래프를 만드는 방법(GraphGen)을 제안한다                      | ''
        저자들은 그래프를 만드는 방법(approach)을 제안한다                      | 방법 = approach TRANSLATION
        이 모델은 카메라 내부 파라미터(intrinsics) 없이 작동한다                 | 파라미터 = intrinsics TRANSLATION
        검색 파라미터(efSearch)를 예측한다                                     | ''
        성능은 기존 최고 모델(DrugNet)보다 높다                                | ''
        성능은 확산 모델(Diffusion Model)보다 높다                             | 확산 모델 = Diffusion Model TRANSLATION
        패키지는 npm(Node Package Manager)으로 배포된다                         | npm = Node Package Manager EXPANSION
        패키지는 npm(Node Manager)으로 배포된다                                 | ''
        패키지는 npmx(Node Package Manager)으로 배포된다                        | ''
        의료 데이터에서 인과 추론(causal inference)을 한다                       | 인과 추론 = causal inference TRANSLATION
        환자 기록과 선정·제외 기준(inclusion/exclusion criteria)을 비교한다       | 선정·제외 기준 = inclusion/exclusion criteria TRANSLATION
        작성자(author)·검토자(reviewer)가 협업한다                              | 작성자 = author TRANSLATION / 검토자 = reviewer TRANSLATION
        평가는 LIBERO(LIBERO-Long 포함)에서 했다                                | ''
        평가는 PutnamBench(경시대회 문제 기반)에서 했다                          | ''
        평가는 PutnamBench(퍼트넘 벤치마크)에서 했다                             | PutnamBench = 퍼트넘 벤치마크 REVERSE_TRANSLATION
        데이터셋 SWaT, PSM(모두 실제 산업 데이터)을 쓴다                          | ''
        점수는 인간 평가와의 일치도(Cohen's κ)로 잰다                            | ''
        점수는 코헨의 카파(Cohen's κ)로 잰다                                    | 코헨의 카파 = Cohen's κ TRANSLATION
        순위는 켄달 타우(Kendall τ)로 잰다                                      | 켄달 타우 = Kendall τ TRANSLATION
        평가는 MOVi-E(합성 데이터)에서 했다                                      | ''
        각 가우시안의 변형은 작은 MLP(다층 퍼셉트론)가 예측한다                    | MLP = 다층 퍼셉트론 EXPANSION
        도구 호출은 JSON(데이터 교환 형식)으로 정의된다                           | ''
        이 논문은 GAT(그래프 어텐션 네트워크)를 분석한다                          | GAT = 그래프 어텐션 네트워크 EXPANSION
        이 논문은 DiT(확산 트랜스포머)를 분석한다                                | DiT = 확산 트랜스포머 EXPANSION
        이 논문은 DiT(확산 레이어)를 분석한다                                    | ''
        평가는 합성 문제(ProsQA)에서 했다                                       | ''
        평가는 최적화 문제(optimization problem)에서 했다                        | 최적화 문제 = optimization problem TRANSLATION
        """)
    void foundByTheFifthBlindRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "sixth blind round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        이 논문은 점 기반 프롬프팅(point prompting)을 쓴다                        | 점 기반 프롬프팅 = point prompting TRANSLATION
        이 논문은 규칙 기반 보상(rule-based reward)을 쓴다                         | 규칙 기반 보상 = rule-based reward TRANSLATION
        이 논문은 지식 기반(knowledge base)을 쓴다                                 | 지식 기반 = knowledge base TRANSLATION
        이 논문은 LLM 기반 평가(evaluation)를 쓴다                                 | 평가 = evaluation TRANSLATION
        응답은 정책 외(off-policy) 데이터다                                       | 정책 외 = off-policy TRANSLATION
        응답은 동일 모델의 두 응답 대신 정책 내(on-policy) 데이터다                  | 정책 내 = on-policy TRANSLATION
        모델은 프레임 간 교차 주의(cross-frame attention)를 쓴다                    | 프레임 간 교차 주의 = cross-frame attention TRANSLATION
        두 방식, 계획 후 실행(Plan-and-Execute)을 비교한다                          | 계획 후 실행 = Plan-and-Execute TRANSLATION
        이 연구는 비디오 대형 언어 모델(Video-LLMs)을 다룬다                         | 비디오 대형 언어 모델 = Video-LLMs ABBREVIATION
        이 연구는 시각 강화 미세 조정(Visual-RFT)을 제안한다                         | 시각 강화 미세 조정 = Visual-RFT ABBREVIATION
        이 연구는 비디오 라마(Video-LLaMA)를 쓴다                                   | 비디오 라마 = Video-LLaMA TRANSLATION
        저자들은 보정 데이터(calibration data; 예: C4 문장 128개)만 쓴다              | 보정 데이터 = calibration data TRANSLATION
        저자들은 용량 계수(capacity factor, 보통 1.25)를 조정한다                     | 용량 계수 = capacity factor TRANSLATION
        저자들은 점진적 학습(progressive training; 32K→128K)을 썼다                   | 점진적 학습 = progressive training TRANSLATION
        저자들은 자기 일관성(self-consistency; Wang et al., 2023)을 쓴다              | 자기 일관성 = self-consistency TRANSLATION
        무거운 이미지 인코더(ViT-H, 632M)를 대체했다                                  | ''
        장면은 3D 가우시안 스플래팅(Gaussian Splatting; 3DGS)으로 그린다               | 가우시안 스플래팅 = Gaussian Splatting TRANSLATION
        업사이클링과 처음부터 학습(training from scratch)을 비교한다                   | 처음부터 학습 = training from scratch TRANSLATION
        업사이클링과 처음부터 학습(training)을 비교한다                                | 학습 = training TRANSLATION
        FP4 학습의 기울기 언더플로(gradient underflow)를 막는다                         | 기울기 언더플로 = gradient underflow TRANSLATION
        저자들은 서빙 엔진(SGLang)에 통합했다                                          | ''
        비디오 생성 모델 Kestrel (KVG-2)은 길다                                        | ''
        모델 Corrective RAG (CRAG)은 길다                                              | Corrective RAG = CRAG ABBREVIATION
        가중치는 4비트(W4A8) 설정이다                                                  | ''
        W4A4KV4(가중치, 활성값, KV 모두 4비트) 설정이다                                 | ''
        학생은 하이브리드 학생(Mamba + attention)이다                                    | ''
        ReAct(Reasoning + Acting) 방식과 비교한다                                       | ReAct = Reasoning + Acting EXPANSION
        GQA를 MLA(다중 헤드 잠재 어텐션)로 바꾼다                                         | MLA = 다중 헤드 잠재 어텐션 EXPANSION
        연구진은 도구 없이 추론(Reasoning without Tools)하는 모델을 비교했다                 | 도구 없이 추론 = Reasoning without Tools TRANSLATION
        # not the "without" rule (the English has no "without"), but the lexicon: 도구 renders Tool, 없이 free
        연구진은 도구 없이 추론(Tool-free Reasoning)하는 모델을 비교했다                    | 도구 없이 추론 = Tool-free Reasoning TRANSLATION
        """)
    void foundByTheSixthBlindRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "seventh blind round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        프롬프트 조건을 'Zero-shot(Z)'과 'Few-shot(F)'으로 나눈다                    | Zero-shot = Z ABBREVIATION / Few-shot = F ABBREVIATION
        토큰은 Model-4(V)로 나뉜다                                                  | ''
        파싱 모델은 DocLayout-YOLO(DocLayout-YOLO)를 쓴다                              | ''
        인간 평가와의 스피어만 상관계수(Spearman's ρ)는 0.71이다                        | 스피어만 상관계수 = Spearman's ρ TRANSLATION
        인간 평가와의 일치도(Cohen's κ)는 0.71이다                                     | ''
        인간 평가와의 상관관계(Spearman ρ)는 0.71이다                                  | ''
        이 연구는 LoRA(저랭크 적응)로 미세 조정한다                                     | LoRA = 저랭크 적응 EXPANSION
        이를 막기 위한 방법(Visual Reinjection)을 제안한다                               | ''
        이를 막기 위한 방법(Chain Reasoning Method)을 제안한다                           | 방법 = Chain Reasoning Method TRANSLATION
        평가는 평가 세트(CausalVid)에서 했다                                            | ''
        수식(LaTeX)은 그대로 둔다                                                       | ''
        점수는 TextVQA와 DocVQA(검증 세트)에서 쟀다                                      | ''
        모델은 InfoNCE 대신 대조 손실(InfoNCE)을 쓴다                                    | ''
        모델은 대조 손실(contrastive loss)을 쓴다                                        | 대조 손실 = contrastive loss TRANSLATION
        언어 모델 RetroMax (RM-7B)는 크다                                                | ''
        세 가지 크기(small/base/large)로 공개했다                                         | ''
        세 가지 크기(small/large)로 공개했다                                              | ''
        세 가지 크기/형태(small/large)로 공개했다                                          | 크기/형태 = small/large TRANSLATION
        이 모델은 DriveGenie(코드 공개 예정)이다                                           | ''
        연구진은 휴머노이드 로봇(Unitree H1)을 썼다                                         | ''
        연구진은 휴머노이드 로봇(humanoid robot)을 썼다                                     | 휴머노이드 로봇 = humanoid robot TRANSLATION
        검색 없이도 정확도(accuracy of answers without retrieval)가 높다                     | 정확도 = accuracy of answers without retrieval TRANSLATION
        임베딩을 계산하는데(refine) 쓴다                                                    | ''
        연구진은 도구 없이 추론(Reasoning without Tools)하는 모델을 본다                       | 도구 없이 추론 = Reasoning without Tools TRANSLATION
        """)
    void foundByTheSeventhBlindRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "a name of parts after a short Korean word: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        탐지기는 실내(RoomScan)와 실외(openStreets) 장면을 모두 본다                     | ''
        모델은 악보(ScoreXML)를 입력받는다                                             | ''
        모델은 배치 앙상블(BatchEnsemble)을 쓴다                                        | 배치 앙상블 = BatchEnsemble TRANSLATION
        모델은 플래시어텐션(FlashAttention)을 쓴다                                       | 플래시어텐션 = FlashAttention TRANSLATION
        모델은 코딩(CodeGen)에 강하다                                                  | 코딩 = CodeGen TRANSLATION
        모델은 실내(indoor)에서 잘 된다                                                 | 실내 = indoor TRANSLATION
        모델은 관리(Paged-Attention)를 한다                                             | ''
        사전 학습 데이터의 의미적 중복 제거(SemDeDup)를 다시 본다                          | 의미적 중복 제거 = SemDeDup TRANSLATION
        모델은 긴 문서 관계 추출(DocRelEx)을 한다                                         | 문서 관계 추출 = DocRelEx TRANSLATION
        """)
    void aNameOfPartsAfterAShortKoreanWordIsNotATranslation(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "an acronym after a description ending in a category noun: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        잠재 표현을 사전학습된 비전 기반 모델(DINOX2)의 특징과 맞춘다                     | ''
        은닉 상태를 마스크 디코더(SAMX)로 전달한다                                      | ''
        학습 엔진과 추론 엔진(vLLX)을 분리한다                                          | ''
        연구진은 비전-언어-행동 모델(VLA)을 학습한다                                     | 비전-언어-행동 모델 = VLA ABBREVIATION
        연구진은 텍스트-음성 모델(TTS)을 쓴다                                           | 텍스트-음성 모델 = TTS ABBREVIATION
        연구진은 대형 언어 모델(LLM)을 쓴다                                              | 대형 언어 모델 = LLM ABBREVIATION
        연구진은 밀집 구절 검색기(DPR)를 쓴다                                            | 밀집 구절 검색기 = DPR ABBREVIATION
        연구진은 보상 모델(RM)을 쓴다                                                   | 보상 모델 = RM ABBREVIATION
        연구진은 새 비디오 데이터셋(VDS)을 만든다                                          | 비디오 데이터셋 = VDS ABBREVIATION
        모델은 작업(MMLU)에서 평가한다                                                 | ''
        모델은 질의응답 접근법(KVZ)을 쓴다                                              | ''
        연구진은 검색 에이전트(WSA)를 만든다                                            | 검색 에이전트 = WSA ABBREVIATION
        연구진은 새 라이브러리(Zyphon)를 공개했다                                        | ''
        """)
    void anAcronymAfterADescriptionThatEndsInACategoryNounNamesAnInstance(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "a concessive ending: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        초안 모델이 바뀌어도 수락률(acceptance rate)은 높다                              | 수락률 = acceptance rate TRANSLATION
        문맥이 길어도 오류율(error rate)은 낮다                                          | 오류율 = error rate TRANSLATION
        비용이 높아도 학습률(learning rate)은 같다                                       | 학습률 = learning rate TRANSLATION
        데이터가 적더라도 성공률(success rate)이 높다                                     | 성공률 = success rate TRANSLATION
        연구진은 신뢰도 점수(confidence score)를 쓴다                                     | 신뢰도 점수 = confidence score TRANSLATION
        """)
    void aConcessiveEndingEndsATerm(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "real held-out round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델은 비전 언어(VL) 과제에서 강하다                                             | 비전 언어 = VL ABBREVIATION
        모델은 여러 언어(LL) 과제에서 강하다                                             | 언어 = LL ABBREVIATION
        방법은 두 단계 (ii)와 (iv)로 나뉜다                                               | ''
        방법은 크기(XL)로 공개했다                                                        | ''
        프레임워크는 제안(Stage 1)과 실행(Stage 2)으로 나뉜다                                | ''
        모델은 저수준 정책(System II)을 쓴다                                               | ''
        모델은 1단계 학습(Stage 1 training)을 한다                                          | 1단계 학습 = Stage 1 training TRANSLATION
        연구진은 1단계(Stage 1)에서 데이터를 모은다                                          | 1단계 = Stage 1 TRANSLATION
        모델은 수학 추론(GSM8K)에서 강하다                                                 | ''
        모델은 웹 개발(WebCode1k-Duo)에서 강하다                                            | ''
        모델은 텍스트-비디오(T2V) 생성을 한다                                                | 텍스트-비디오 = T2V ABBREVIATION
        에이전트는 볼츠만 탐색(Boltzmann exploration)을 쓴다                                  | 볼츠만 탐색 = Boltzmann exploration TRANSLATION
        모델은 리만 흐름 매칭(Riemannian Flow Matching)을 쓴다                                | 리만 흐름 매칭 = Riemannian Flow Matching TRANSLATION
        이 데이터만 평가(human evaluation)에 쓴다                                           | 평가 = human evaluation TRANSLATION
        연구진은 혼합 전문가 모델(Mixture of Experts; MoE)을 쓴다                              | 혼합 전문가 모델 = Mixture of Experts TRANSLATION
        연구진은 교사 모델(teacher)과 학생 모델(student)을 쓴다                                  | 교사 모델 = teacher TRANSLATION / 학생 모델 = student TRANSLATION
        연구진은 확산 모델(diffusion model)을 쓴다                                           | 확산 모델 = diffusion model TRANSLATION
        연구진은 앙상블 기법(ensembling)을 쓴다                                               | 앙상블 기법 = ensembling TRANSLATION
        연구진은 추론 기법(Zorblax)을 쓴다                                                   | ''
        연구진은 다른 모델(Quillon)에도 적용했다                                              | ''
        모델의 손실(Loss)을 줄인다                                                          | 손실 = Loss TRANSLATION
        모델의 손실(Losses)을 줄인다                                                        | 손실 = Losses TRANSLATION
        전체 과정(Process)은 길다                                                           | 과정 = Process TRANSLATION
        모델은 질문-응답(tasks)에 강하다                                                     | ''
        모델은 질문-응답(approaches)에 강하다                                                | ''
        모델은 새 접근법(approaches)을 쓴다                                                  | 접근법 = approaches TRANSLATION
        하나의 확산 과정(diffusion process)을 쓴다                                            | 확산 과정 = diffusion process TRANSLATION
        이 결과는 전체 과정(diffusion)을 보인다                                              | ''
        연구진은 모델(Backbone Model)을 바꿨다                                               | 모델 = Backbone Model TRANSLATION
        연구진은 모델(transformer)을 바꿨다                                                  | ''
        모델은 체인 오브 쏘트(reasoning)를 스스로 한다                                        | ''
        모델은 체인 오브 쏘트(chain-of-thought)를 스스로 한다                                  | 체인 오브 쏘트 = chain-of-thought TRANSLATION
        """)
    void foundByTheRealHeldOutRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "real held-out, second round: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델은 이산 코드("voxcodes")로 바꾼다                                              | ''
        모델은 대형 언어 모델('LLM')을 쓴다                                                 | 대형 언어 모델 = LLM ABBREVIATION
        예시는 공간적 ('탑이 왼쪽에 있다') 관계를 본다                                        | ''
        모델은 한계를 넘어 배포(...reward functions)한다                                     | ''
        옵티마이저의 v(모멘텀)를 줄인다                                                     | ''
        모델은 v(velocity)를 예측한다                                                      | ''
        Zorp-LM은 LLM 기반(Q-Judge) 평가에서 앞섰다                                           | ''
        모델은 규칙 기반(rule-based) 보상을 쓴다                                              | 규칙 기반 = rule-based TRANSLATION
        모델은 지식 기반(knowledge base)을 쓴다                                              | 지식 기반 = knowledge base TRANSLATION
        모델은 비디오(QRM, QRM-Chat)를 다룬다                                               | ''
        XYZ-BENCH는 260개의 텍스트 프롬프트(XYZ-TXT)로 구성된다                                 | ''
        연구진은 텍스트 프롬프트(XYZ-TXT)를 쓴다                                               | 텍스트 프롬프트 = XYZ-TXT ABBREVIATION
        이 방법은 프레임 내(masked modeling)와 프레임 간(causal modeling)을 섞는다                 | ''
        모델은 정책 외(off-policy) 응답을 쓴다                                               | 정책 외 = off-policy TRANSLATION
        모델은 블록 간(inter-block) 주의를 쓴다                                              | 블록 간 = inter-block TRANSLATION
        모델은 종단 간(end-to-end) 학습을 한다                                               | 종단 간 = end-to-end TRANSLATION
        모델은 학습 전(pre-training) 단계를 거친다                                            | 학습 전 = pre-training TRANSLATION
        보상 모델은 선호 쌍(chosen/rejected)을 쓴다                                           | ''
        모델은 입력/출력(input/output)을 본다                                                 | 입력/출력 = input/output TRANSLATION
        결과를 Ground Truth(GT)와 비교한다                                                   | Ground Truth = GT ABBREVIATION
        값이 (gt 5)이면 멈춘다                                                               | ''
        비율에 따라 Perplexity (PPL)가 달라진다                                               | Perplexity = PPL ABBREVIATION
        비율에 따라 Kestrel (KVG)가 달라진다                                                  | ''
        """)
    void foundByTheSecondRealHeldOutRound(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "a rate in one word: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        모델은 높은 캐시 적중률(cache hit rate)을 보였다                                        | 캐시 적중률 = cache hit rate TRANSLATION
        시스템은 평균 동등 오류율(EER)을 얻었다                                                | 동등 오류율 = EER ABBREVIATION
        음성 인식의 평균 단어 오류율(WERs)이 줄었다                                            | 단어 오류율 = WERs ABBREVIATION
        공격에 있어 공격 성공률(Attack Success Rate)이 높다                                      | 공격 성공률 = Attack Success Rate TRANSLATION
        모델은 평균 압축률(compression ratio)을 높였다                                           | 압축률 = compression ratio TRANSLATION
        에이전트의 통과율(pass rate)이 올랐다                                                   | 통과율 = pass rate TRANSLATION
        모델은 평균 재현율(mean recall)을 높였다                                                 | 평균 재현율 = mean recall TRANSLATION
        평가 결과 검색 재현율(R@10)이 올랐다                                                     | ''
        평가 결과 누적 초과 점수(CAS)가 올랐다                                                   | 누적 초과 점수 = CAS ABBREVIATION
        """)
    void aRateWrittenAsOneWordRendersTwoEnglishWords(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "term spans from real held-out text: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        연구진은 모델을 미세 조정(finetuning)한다                                                | 미세 조정 = finetuning TRANSLATION
        연구진은 기존 미세 조정 기법(Finetuning Techniques)을 쓴다                                 | 미세 조정 기법 = Finetuning Techniques TRANSLATION
        로봇은 원격 조작(teleoperation)으로 움직인다                                              | 원격 조작 = teleoperation TRANSLATION
        연구진은 모델을 조정(tuning)한다                                                         | 조정 = tuning TRANSLATION
        모델은 새로운 분류 체계(taxonomy)를 따른다                                                 | 분류 체계 = taxonomy TRANSLATION
        모델은 오류 분류 체계(error taxonomy system)를 따른다                                       | 오류 분류 체계 = error taxonomy system TRANSLATION
        모델은 기존 슬라이딩 윈도우 주의 메커니즘(Sliding Window Attention)을 쓴다                     | 슬라이딩 윈도우 주의 메커니즘 = Sliding Window Attention TRANSLATION
        모델은 기존 윈도우 주의 메커니즘(window attention mechanism)을 쓴다                           | 윈도우 주의 메커니즘 = window attention mechanism TRANSLATION
        모델은 새 특징 정렬 모듈(Feature Alignment)을 쓴다                                         | 특징 정렬 모듈 = Feature Alignment TRANSLATION
        모델은 빠른 몬테 카를로 트리 탐색(Monte Carlo Tree Search)을 쓴다                             | 몬테 카를로 트리 탐색 = Monte Carlo Tree Search TRANSLATION
        모델은 새 모델로 탐색(search)을 한다                                                      | 탐색 = search TRANSLATION
        모델은 높은 엘로 점수(Elo rating)를 얻었다                                                 | 엘로 점수 = Elo rating TRANSLATION
        모델은 감독된 미세 조정(Supervised Fine-tuning)을 거친다                                     | 감독된 미세 조정 = Supervised Fine-tuning TRANSLATION
        모델은 빠른 미세 조정(fine-tuning)을 거친다                                                | 미세 조정 = fine-tuning TRANSLATION
        또한 디지털 신호 프로세서(DSP)를 쓴다                                                      | 디지털 신호 프로세서 = DSP ABBREVIATION
        모델은 높은 자연스러움(naturalness)을 보인다                                                | 자연스러움 = naturalness TRANSLATION
        우리는 역샘플링(reverse sampling)을 쓴다                                                  | 역샘플링 = reverse sampling TRANSLATION
        우리는 역샘플링(neural network)을 쓴다                                                    | ''
        모델은 주로 제로샷(zero-shot) 방식을 쓴다                                                  | 제로샷 = zero-shot TRANSLATION
        모델은 뛰어난 제로샷 학습(zero-shot learning)을 보인다                                      | 제로샷 학습 = zero-shot learning TRANSLATION
        인간 피드백을 활용한 강화 학습(RLHF)이 쓰인다                                               | 인간 피드백을 활용한 강화 학습 = RLHF ABBREVIATION
        연구진은 인간의 피드백으로부터 강화 학습(RLHF)을 쓴다                                         | 인간의 피드백으로부터 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 선호에 기반한 강화 학습(RLHF)을 쓴다                                            | 인간 선호에 기반한 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 피드백을 기반으로 한 강화 학습(RLHF)을 쓴다                                       | 인간 피드백을 기반으로 한 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 피드백에서의 강화 학습(RLHF)을 쓴다                                              | 인간 피드백에서의 강화 학습 = RLHF ABBREVIATION
        연구진은 이를 이용한 선호 학습(DPO)을 한다                                                  | 선호 학습 = DPO ABBREVIATION
        연구진은 많은 데이터를 활용한 강화 학습(RLHF)을 쓴다                                           | 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 피드백을 활용한 강화 학습(RL)을 쓴다                                             | 강화 학습 = RL ABBREVIATION
        연구진은 인간 피드백을, 활용한 강화 학습(RLHF)을 쓴다                                            | 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 피드백을 바탕으로 한 강화 학습(RLHF)을 쓴다                                        | 강화 학습 = RLHF ABBREVIATION
        피드백을 활용한 강화 학습(RLHF)을 쓴다                                                       | 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 데이터를 활용한 강화 학습(RLHF)을 쓴다                                           | 인간 데이터를 활용한 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 피드백으로 활용한 강화 학습(RLHF)을 쓴다                                          | 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 뇌로부터 강화 학습(RLHF)을 쓴다                                                 | 인간 뇌로부터 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 뇌로부터의 강화 학습(RLHF)을 쓴다                                               | 인간 뇌로부터의 강화 학습 = RLHF ABBREVIATION
        모델은 뛰어난 퓨샷(few-shot) 성능을 보인다                                                   | 퓨샷 = few-shot TRANSLATION
        모델은 평균 비율(average ratio)을 보였다                                                     | 평균 비율 = average ratio TRANSLATION
        모델은 주로 몬테 카를로(Monte Carlo)를 쓴다                                                  | 몬테 카를로 = Monte Carlo TRANSLATION
        모델은 볼츠만(Boltzmann) 분포를 쓴다                                                         | 볼츠만 = Boltzmann TRANSLATION
        모델은 이 방법으로(method) 쓴다                                                             | ''
        연구진은 인간 피드백을,활용한 강화 학습(RLHF)을 쓴다                                             | 강화 학습 = RLHF ABBREVIATION
        연구진은 인간,피드백을 활용한 강화 학습(RLHF)을 쓴다                                             | 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 로부터 강화 학습(RLHF)을 쓴다                                                    | 강화 학습 = RLHF ABBREVIATION
        연구진은 인간 로부터의 강화 학습(RLHF)을 쓴다                                                  | 강화 학습 = RLHF ABBREVIATION
        모델은 주로 몬테 카를로 탐색(Monte Carlo tree search)을 쓴다                                     | 몬테 카를로 탐색 = Monte Carlo tree search TRANSLATION
        연구진은 최신 언어 모델(LLMs)을 쓴다                                                          | 언어 모델 = LLMs ABBREVIATION
        연구진은 최신 대형 언어 모델(LLMs)을 쓴다                                                      | 대형 언어 모델 = LLMs ABBREVIATION
        성능이 큰 언어 모델(LLMs)에 가깝다                                                            | 큰 언어 모델 = LLMs ABBREVIATION
        연구진은 대규모 텍스트-이미지(T2I) 모델을 쓴다                                                 | 텍스트-이미지 = T2I ABBREVIATION
        연구진은 새 단어 벡터(W2V)를 쓴다                                                             | 단어 벡터 = W2V ABBREVIATION
        연구진은 최신 대용량 언어 모델(LLM)을 쓴다                                                     | 대용량 언어 모델 = LLM ABBREVIATION
        연구진은 최신 라지 랭귀지 모델(LLM)을 쓴다                                                     | 라지 랭귀지 모델 = LLM ABBREVIATION
        연구진은 새로운 뷰 합성(NVS)을 한다                                                           | 새로운 뷰 합성 = NVS ABBREVIATION
        연구진은 새로운 시점 합성(TVS)을 한다                                                          | 시점 합성 = TVS ABBREVIATION
        연구진은 새로운 뷰 합성(novel view synthesis)을 한다                                          | 새로운 뷰 합성 = novel view synthesis TRANSLATION
        연구진은 새로운 뷰 합성(view synthesis)을 한다                                                | 뷰 합성 = view synthesis TRANSLATION
        연구진은 새로운 뷰 합성(new view synthesis)을 한다                                            | 새로운 뷰 합성 = new view synthesis TRANSLATION
        모델은 영상의 노이즈 제거(Denoising)를 한다                                                   | 노이즈 제거 = Denoising TRANSLATION
        모델은 영상의 배경 제거(background removal)를 한다                                            | 배경 제거 = background removal TRANSLATION
        """)
    void termSpansFoundOnRealHeldOutText(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "not glosses on real held-out text: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        보고서는 Zorp-LM(ZLM-2라고도 함)을 소개한다                                                  | ''
        보고서는 새 모델(신경 번역기라고 불림)을 소개한다                                             | ''
        평가는 PutnamBench(퍼트넘 벤치마크)에서 했다                                                | PutnamBench = 퍼트넘 벤치마크 REVERSE_TRANSLATION
        평가는 PutnamBench(퍼트넘 벤치라고도 함)에서 했다                                            | ''
        모델의 정확도(Acc(t))가 오른다                                                           | ''
        모델의 손실(f(x))이 줄어든다                                                             | ''
        모델의 정확도(Accuracy)가 오른다                                                         | 정확도 = Accuracy TRANSLATION
        모델은 등변 신경망(E(3)-equivariant network)을 쓴다                                          | 등변 신경망 = E(3)-equivariant network TRANSLATION
        모델은 학습 데이터셋(Zorp-UltraChat)으로 학습한다                                             | ''
        모델은 학습 데이터셋(training-dataset)으로 학습한다                                           | 학습 데이터셋 = training-dataset TRANSLATION
        """)
    void notGlossesFoundOnRealHeldOutText(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "the lexicon: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        각 영역을 마스크 트리(latency)로 구성한다                                            | ''
        각 영역을 마스크 트리(structure)로 구성한다                                          | 트리 = structure TRANSLATION
        신경 주의(decoding)는 뇌파로 수행된다                                               | ''
        모델은 이중 마스크(facial feature extractor)를 쓴다                                   | ''
        모델은 이중 브랜치(facial feature extractor)를 쓴다                                   | ''
        모델은 이중 꽃게(facial feature extractor)를 쓴다                                     | 이중 꽃게 = facial feature extractor TRANSLATION
        적은 비디오-텍스트(Token) 샘플로 학습한다                                             | ''
        모델은 forward pass(에이전트 실행)를 줄인다                                           | ''
        모델은 마스크 트리(mask tree)를 쓴다                                                 | 마스크 트리 = mask tree TRANSLATION
        모델은 가중 평균(weighted average)을 쓴다                                             | 가중 평균 = weighted average TRANSLATION
        모델은 다양한 시스템 호출(Syscalls)을 쓴다                                            | 호출 = Syscalls TRANSLATION
        모델은 과도한 사고(Overthinking)를 줄인다                                             | 사고 = Overthinking TRANSLATION
        모델은 공격 실행(Attacker)을 맡는다                                                  | 실행 = Attacker TRANSLATION
        모델은 정규화된 주의(normalized attention)를 쓴다                                      | 정규화된 주의 = normalized attention TRANSLATION
        모델은 고유 감각(proprioception)을 쓴다                                               | ''
        모델은 비전-언어 피드백(VLFeedback)을 모은다                                           | 비전-언어 피드백 = VLFeedback ABBREVIATION
        모델은 주의(RL)를 쓴다                                                              | 주의 = RL ABBREVIATION
        """)
    void theLexiconTellsATranslationFromARemark(String text, String expected) {
        assertEquals(expected.strip(), found(text), text);
    }

    @ParameterizedTest(name = "fresh held-out rounds: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        생성은 텍스트(1D)를 넘어 이미지(2D) 및 비디오(3D)로 넓어졌다           | ''
        이 모델은 3차원(3D) 장면을 만든다                                    | 3차원 = 3D ABBREVIATION
        에이전트는 4차원 공간(4D)에서 움직인다                                | 4차원 공간 = 4D ABBREVIATION
        이 모델은 입체(3D) 영상을 만든다                                      | 입체 = 3D ABBREVIATION
        빠른 렌더링 속도(10-1000 FPS)를 얻었다                                | ''
        모델 크기(7B-70B)를 바꿨다                                            | ''
        속도가 빨라졌다(1.5~2x)                                               | ''
        성능은 요약 작업(XSum)에서 18.6%, 지시사항 충족(MemoTrap)에서 10.9% 올랐다 | ''
        개방형 질문 응답(NQ-Open)에서 각각 2.4% 올랐다                         | ''
        구체화된 에이전트 제어(ALFWorld) 벤치마크에서 앞섰다                   | ''
        모델은 헬라스웨그(HellaSwag)에서 85%를 얻었다                          | 헬라스웨그 = HellaSwag TRANSLATION
        모델은 모션 캡처(MoCap)에서 12% 나아졌다                               | 모션 캡처 = MoCap TRANSLATION
        모델은 요약(XSum)을 새로 만든다                                        | 요약 = XSum TRANSLATION
        모델은 시각 언어(Vision-Language) 벤치마크에서 앞섰다                  | 시각 언어 = Vision-Language TRANSLATION
        모델은 정확도(Accuracy)에서 5% 나아졌다                                | 정확도 = Accuracy TRANSLATION
        이 논문은 Bird’s Eye View (BEV) 맵을 예측한다                          | Bird’s Eye View = BEV ABBREVIATION
        이 벤치마크 Humanity's Last Exam (HLE)는 어렵다                        | Humanity's Last Exam = HLE ABBREVIATION
        저희는 Let's Go Shopping (LGS) 데이터셋을 만든다                      | Let's Go Shopping = LGS ABBREVIATION
        공개된 데이터셋인 웹비드-10M(WebVid-10M)으로 학습했다                   | 웹비드-10M = WebVid-10M TRANSLATION
        이 모델은 오픈VLA(OpenVLA)를 기반으로 한다                              | 오픈VLA = OpenVLA TRANSLATION
        사전 훈련과 라마2(LLaMA2)를 쓴다                                        | 라마2 = LLaMA2 TRANSLATION
        작업은 텍스트-투-SQL(Text-to-SQL)이다                                  | 텍스트-투-SQL = Text-to-SQL TRANSLATION
        방법은 최선의-N(best-of-N) 선택이다                                     | 최선의-N = best-of-N TRANSLATION
        새 모델인 라마-3(Llama-3 8B)는 크다                                     | ''
        이 모델-2(v2)는 크다                                                   | ''
        이 비-AR(counterpart) 모델은 느리다                                    | ''
        Molmo (Multimodal Open Language Model)라는 새 모델이다                  | Molmo = Multimodal Open Language Model EXPANSION
        새로운 패러다임인 Coconut(Chain of Continuous Thought)은 빠르다          | Coconut = Chain of Continuous Thought EXPANSION
        OpenCharacter는 두 전략을 쓴다: 응답 재작성(OpenCharacter-R)과 응답 생성(OpenCharacter-G) | ''
        두 전략을 쓴다: 응답 재작성(OpenCharacter-R)과 응답 생성(OpenCharacter-G) | 응답 재작성 = OpenCharacter-R TRANSLATION / 응답 생성 = OpenCharacter-G TRANSLATION
        Decoder는 크다. 디코더 전용(Decoder-Only) 모델이다                     | 디코더 전용 = Decoder-Only TRANSLATION
        실험 결과 특정 모델(Q-Align)이 낫다                                    | ''
        GLM의 캐싱(G-cache)을 쓴다                                            | ''
        기대 단계(E-step)에서는 값을 본다                                       | 기대 단계 = E-step TRANSLATION
        학습된 값 함수(Q-function)를 쓴다                                       | 값 함수 = Q-function TRANSLATION
        기존 K-평균(K-means)을 쓴다                                            | K-평균 = K-means TRANSLATION
        이 모델은 빠른 사고(system I)와 느린 사고(system II)를 쓴다             | ''
        새 모델 Segment Anything Model 2 (SAM 2)는 크다                        | Segment Anything Model 2 = SAM 2 ABBREVIATION
        그리고 Llama 3 (SAM 3)는 크다                                          | ''
        점수는 0.72 (SAM 2)이다                                                | ''
        쿼리는 SLO(SLO; Service Level Objective)를 보장한다                     | SLO = Service Level Objective EXPANSION
        모델은 GPU(GPU, Graphics Processing Unit)에서 돈다                      | GPU = Graphics Processing Unit EXPANSION
        모델은 LLM(GPT; Generative Pre-trained Transformer)을 쓴다              | ''
        이 알고리즘은 dataset (데이터셋)을 쓴다                                  | dataset = 데이터셋 REVERSE_TRANSLATION
        이것은 LLaMA(모델)이다                                                  | ''
        """)
    void foundOnFreshHeldOutText(String text, String expected) {
        assertEquals(expected.strip(), found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        새 모델 Large Multi-View Gaussian Model (LGM)을 만든다                   | Large Multi-View Gaussian Model = LGM ABBREVIATION
        새 모델인 Scalable Interpolant Transformers(SiT)를 소개한다             | Scalable Interpolant Transformers = SiT ABBREVIATION
        이 분야는 Visually Rich Document Understanding (VrDU)이다              | Visually Rich Document Understanding = VrDU ABBREVIATION
        우리는 Dense Multi-View Gaussian Model (LGM)을 만든다                   | Multi-View Gaussian Model = LGM ABBREVIATION
        주로 감독된 세부 조정(SFT)과 RL 실험을 한다                             | 감독된 세부 조정 = SFT ABBREVIATION
        강화 학습(RLHF)과 직접적인 선호 최적화(DPO) 단계를 거친다               | 강화 학습 = RLHF ABBREVIATION / 직접적인 선호 최적화 = DPO ABBREVIATION
        자연어 질문을 구조화된 쿼리언어(SQL)로 바꾼다                           | 구조화된 쿼리언어 = SQL ABBREVIATION
        언어 모델(LLMs)을 적용한 학습(RLVR)이 좋다                              | 언어 모델 = LLMs ABBREVIATION / 학습 = RLVR ABBREVIATION
        데이터로 학습된 모델(DLM)이 좋다                                        | 모델 = DLM ABBREVIATION
        이 방법은 시퀀스 병렬 처리(sequence parallelism)를 쓴다                   | 시퀀스 병렬 처리 = sequence parallelism TRANSLATION
        본 기술은 잡음 예측 네트워크(noise predictor)를 쓴다                      | 잡음 예측 네트워크 = noise predictor TRANSLATION
        먼저 거절 표본 추출(Rejection Sampling)을 한다                            | 거절 표본 추출 = Rejection Sampling TRANSLATION
        먼저 확장 가능한 트랜스포머(Transformer)를 쓴다                           | 트랜스포머 = Transformer TRANSLATION
        Adam-mini는 모델 전체에 단일 학습률(learning rate)을 쓴다                | 학습률 = learning rate TRANSLATION
        이 방법은 전통적인 비생성적(non-generative) 모델보다 낫다                 | 비생성적 = non-generative TRANSLATION
        이 방법은 단일 학습률(single learning rate)을 쓴다                        | 단일 학습률 = single learning rate TRANSLATION
        학습된 값 함수(Q-function)를 쓴다                                         | 값 함수 = Q-function TRANSLATION
        이 모델은 Conditional GAN (cGAN)을 기반으로 한다                         | Conditional GAN = cGAN ABBREVIATION
        두 신호는 intracranial EEG (iEEG)로 얻는다                                | intracranial EEG = iEEG ABBREVIATION
        마지막으로 역 STFT(iSTFT)로 파형을 얻는다                                 | 역 STFT = iSTFT ABBREVIATION
        이것은 0.50의 재구성 FID(rFID)를 얻었다                                   | 재구성 FID = rFID ABBREVIATION
        이 모델은 Conditional GAN (xGAN)을 쓴다                                   | ''
        모델은 다시, GAN(cGAN)을 쓴다                                             | ''
        기계 번역된 MS MARCO (mMARCO)를 쓴다                                      | ''
        Diffusion 모델(Dhariwal and Nichol 2021; Ramesh et al. 2022)은 좋다       | ''
        감지기가 개방형 어휘(+4.5 AP) 및 희소 시나리오에서 낫다                   | ''
        로컬 SGD에서 영감을 받은 최적화(DiLoCo)를 쓴다                            | ''
        새로운 튜닝 기반 방법(LoRA)보다 낫다                                      | ''
        이 방법은 저랭크 적응(LoRA)을 쓴다                                        | 저랭크 적응 = LoRA ABBREVIATION
        이 모델은 문서 질문 응답(DocQA)에서 앞선다                                  | 문서 질문 응답 = DocQA ABBREVIATION
        이 모델은 텍스트 기반 질문 응답(textQA)을 한다                              | 텍스트 기반 질문 응답 = textQA ABBREVIATION
        새 방법인 순위 기반 선호 최적화(RankDPO)를 쓴다                             | 순위 기반 선호 최적화 = RankDPO ABBREVIATION
        이 논문은 아이디어 정렬 점수(IAScore)를 정의한다                            | 아이디어 정렬 점수 = IAScore ABBREVIATION
        새 데이터셋 비전-언어 피드백(VLFeedback)을 만든다                           | 비전-언어 피드백 = VLFeedback ABBREVIATION
        이 모델은 배치 앙상블(BatchEnsemble)을 쓴다                                 | 배치 앙상블 = BatchEnsemble TRANSLATION
        이 모델은 시그리프(SigLIP) 인코더를 쓴다                                    | 시그리프 = SigLIP TRANSLATION
        성능은 한정된 데이터셋(HellaSWAG)에서 5% 올랐다                             | ''
        우리는 신경 방사장(NeRF)을 쓴다                                           | 신경 방사장 = NeRF ABBREVIATION
        우리는 최적화(DOCO)를 쓴다                                                | 최적화 = DOCO ABBREVIATION
        문서 레이아웃 감지 및 청킹(chuncking) 전략을 쓴다                          | 청킹 = chuncking TRANSLATION
        이 모델은 높은 처리량(thoroughput)을 얻는다                                | 처리량 = thoroughput TRANSLATION
        기존 정책 모델(πθold)과 현재 정책 모델(πθ)을 결합한다                     | ''
        이 모델은 초저비트율(0.003−0.03 bpp)에서 좋다                              | ''
        이 모델은 고해상도 인코더(Such as ConvNeXT and SAM)를 통합한다             | ''
        이 모델은 고해상도 인코더(including ConvNeXT)를 통합한다                   | ''
        이 모델은 알파 블렌딩(α-blending)을 쓴다                                   | 알파 블렌딩 = α-blending TRANSLATION
        """)
    void foundOnAllTheRealSetsTogether(String text, String expected) {
        assertEquals(expected.strip(), found(text));
    }
}
