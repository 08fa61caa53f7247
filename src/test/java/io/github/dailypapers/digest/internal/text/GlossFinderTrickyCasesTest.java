package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.GlossKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GlossFinderTrickyCasesTest {

    private static String terms(String text) {
        return GlossFinder.find(text).stream().map(g -> g.term() + "=" + (g.gloss() != null ? g.gloss() : g.acronym()))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    @Test
    void particlesGluedAfterTheGroupDoNotMatter() {
        assertEquals("언어 모델=LLMs", terms("언어 모델(LLMs)은 강하다"));
        assertEquals("개방형 세계=Open-World", terms("개방형 세계(Open-World)에서"));
    }

    @Test
    void aParticleGluedToThePreviousGroupIsNotPartOfTheNextTerm() {
        assertEquals("대형 언어 모델=Large Language Models; 저랭크 적응=low-rank adaptation",
                terms("대형 언어 모델(Large Language Models, LLMs)과 저랭크 적응(low-rank adaptation)을 쓴다"));
    }

    @Test
    void anInnerGlossInsideARemarkCounts() {
        List<GlossMatch> glosses = GlossFinder.find("다양한 작업(예: 음성 인식(ASR), 번역)을 다룬다");
        assertEquals(1, glosses.size());
        assertEquals("음성 인식", glosses.get(0).term());
        assertEquals("ASR", glosses.get(0).acronym());
        assertEquals(GlossKind.ABBREVIATION, glosses.get(0).kind());
    }

    @Test
    void theOuterGroupDecides() {
        assertEquals("정책 최적화=Group Relative Policy Optimization",
                terms("정책 최적화(Group Relative Policy Optimization)를 쓴다"));
        // An outer remark: the inner acronym glosses the English words before it.
        assertEquals("Group Relative Policy Optimization=GRPO", terms("방법(e.g. Group Relative Policy Optimization (GRPO))"));
    }

    @Test
    void clausePunctuationAndDeterminersStopATerm() {
        assertEquals("희소 주의=sparse attention", terms("이러한, 희소 주의(sparse attention) 기법"));
        assertEquals("시각 토큰=visual tokens", terms("및 시각 토큰(visual tokens)과 텍스트"));
        assertEquals("모델=model", terms("또한 모델(model)"));
    }

    @Test
    void aTermNeverCrossesALine() {
        assertEquals("모델=pre-trained language model", terms("사전 학습된 언어\n모델(pre-trained language model)"));
    }

    @Test
    void unbalancedParenthesesBreakNothing() {
        assertEquals("희소 주의=sparse attention", terms("a) 먼저 (괄호가 열리고 희소 주의(sparse attention)"));
        assertEquals("", terms(")))((("));
        assertEquals("", terms("("));
        assertEquals("", terms(""));
        assertEquals("", terms("()"));
        assertEquals("", terms("$\\alpha$(1) <EOS>(2) 가격은 $5(달러)"));
    }

    @Test
    @Timeout(10)
    void deepNestingIsLinearAndNeedsNoRecursion() {
        String deep = "모델" + "(".repeat(100_000) + "x" + ")".repeat(100_000);
        assertEquals(List.of(), GlossFinder.find(deep));
        String unbalanced = "(".repeat(100_000) + "주의(attention)";
        assertEquals(1, GlossFinder.find(unbalanced).size());
        String many = "희소 주의(sparse attention) ".repeat(50_000);
        assertEquals(50_000, GlossFinder.find(many).size());
    }

    @Test
    void reverseTranslationTakesOnlyLatinWords() {
        List<GlossMatch> glosses = GlossFinder.find("최근 Mixture of Experts(전문가 혼합) 구조가");
        assertEquals(1, glosses.size());
        assertEquals("Mixture of Experts", glosses.get(0).term());
        assertEquals(GlossKind.REVERSE_TRANSLATION, glosses.get(0).kind());
    }

    @Test
    void anAcronymExpandedInKoreanIsAnExpansion() {
        List<GlossMatch> glosses = GlossFinder.find("SRM(소형 보상 모델)을 쓴다");
        assertEquals(GlossKind.EXPANSION, glosses.get(0).kind());
        assertEquals("SRM", glosses.get(0).acronym());
        assertEquals("소형 보상 모델", glosses.get(0).gloss());
    }

    @Test
    void spansAreExactSubstrings() {
        String text = "이 연구는 '지표'(metric)와 대형 언어 모델(LLMs)을 쓴다";
        for (GlossMatch g : GlossFinder.find(text)) {
            assertEquals(g.term(), text.substring(g.termStart(), g.termEnd()));
            assertTrue(text.startsWith("(", g.groupStart()));
            assertTrue(g.termEnd() <= g.groupStart());
        }
        assertEquals(2, GlossFinder.find(text).size());
    }
}
