package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * All glosses of the real sample (CC BY-NC 4.0, see samples/NOTICE.md), checked by hand against
 * the text: paper.section, term, gloss, acronym, kind, and the line:column of the group's "(".
 * Groups that are not glosses (the list of models in 2.2, the VBench remark in 2.3) are absent.
 */
class GlossFinderSampleTest {

    private static final List<String> EXPECTED = List.of(
            "1.1 VLMs | Vision-Language Models | VLMs | EXPANSION @11:42",
            "2.2 동적 특징 재사용 전략 | Dynamic Feature Reuse Strategy | - | TRANSLATION @24:53",
            "3.1 시각-시간적 맥락 프롬프팅 | Visual-Temporal Context Prompting | - | TRANSLATION @35:45",
            "3.1 개방형 세계 | Open-World | - | TRANSLATION @35:93",
            "3.1 시각적 언어 모델 | - | VLMs | ABBREVIATION @35:147",
            "3.2 저수준 정책 | low-level policy | - | TRANSLATION @36:102",
            "4.1 대형 언어 모델 | - | LLMs | ABBREVIATION @47:37",
            "4.1 미세 조정 | fine-tuning | - | TRANSLATION @47:68",
            "4.2 Supervised Fine-Tuning | - | SFT | ABBREVIATION @48:135",
            "4.2 LoRA | Low-Rank Adaptation | LoRA | EXPANSION @48:155",
            "4.2 가상의 합성 데이터 | fictitious synthetic data | - | TRANSLATION @48:225",
            "4.3 짧은 질문 응답 | - | QA | ABBREVIATION @49:54",
            "5.1 학습 모델 | - | LMs | ABBREVIATION @59:51",
            "5.1 라우팅 프레임워크 | routing framework | - | TRANSLATION @59:75",
            "5.1 주석 | annotation | - | TRANSLATION @59:153",
            "5.2 성능 예측 모델 | Performance Prediction Model | PPM | TRANSLATION @60:93",
            "6.1 다중모달 대형 언어 모델 | multimodal large language models | MLLMs | TRANSLATION @71:38",
            "6.1 심전도 이미지 | Electrocardiographic Images | - | TRANSLATION @71:91",
            "7.1 SUPE | Skills from Unlabeled Prior data for Exploration | SUPE | EXPANSION @83:31",
            "7.1 변이 자동 인코더 | - | VAE | ABBREVIATION @83:165",
            "7.1 의사-라벨링 | pseudo-labeling | - | TRANSLATION @83:217",
            "7.2 변이 자동 인코더 | - | VAE | ABBREVIATION @84:114");

    @Test
    void everyGlossOfTheSample() throws IOException {
        String input;
        try (InputStream in = getClass().getResourceAsStream("/samples/daily-papers-2024-10-28.md")) {
            input = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Digest digest = DigestParser.builder().build().parse(input);
        List<String> actual = new ArrayList<>();
        int paperNumber = 0;
        for (Paper paper : digest.papers()) {
            paperNumber++;
            int sectionNumber = 0;
            for (Section section : paper.sections()) {
                sectionNumber++;
                for (Gloss g : section.glosses()) {
                    actual.add(paperNumber + "." + sectionNumber + " " + g.term() + " | " + g.gloss().orElse("-") + " | "
                            + g.acronym().orElse("-") + " | " + g.kind() + " @" + g.span().orElseThrow().line() + ":" + g.span().orElseThrow().column());
                    assertEquals("(", input.substring(g.span().orElseThrow().offset(), g.span().orElseThrow().offset() + 1));
                    assertEquals(g.term(), input.substring(g.termSpan().orElseThrow().offset(), g.termSpan().orElseThrow().endOffset()));
                }
            }
        }
        assertEquals(EXPECTED, actual);
    }
}
