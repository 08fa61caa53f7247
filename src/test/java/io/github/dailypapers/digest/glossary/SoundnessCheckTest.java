package io.github.dailypapers.digest.glossary;

import static io.github.dailypapers.digest.glossary.GlossaryFixtures.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.glossary.GlossaryFixtures.Found;
import io.github.dailypapers.digest.glossary.RejectedEntry.Reason;
import io.github.dailypapers.digest.model.GlossKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoundnessCheckTest {

    @ParameterizedTest
    @CsvSource({
        "LoRA, Low-Rank Adaptation",
        "T2I, Text-to-Image",
        "PPO, Proximal Policy Optimization",
        "NeRF, Neural Radiance Fields",
        "3DGS, 3D Gaussian Splatting",
        "SQuAD, Stanford Question Answering Dataset",
        "CoT, Chain of Thought",
        "LLM, the Large Language Model",
        "iGPT, image-GPT",
        "STaSC, Self-Taught Self-Correction",
        "XAI, Explainable AI",
        "GPT-4o, GPT-4 omni",
    })
    void anAcronymSpellsOutItsExpansion(String acronym, String expansion) {
        assertTrue(SoundnessCheck.spellsOut(acronym, expansion));
    }

    @ParameterizedTest
    @CsvSource({
        "RWKV-5, Eagle",
        "GPT-4V, ision",
        "MLLM, iterative evolutions of advanced Multimodal Large Language Models",
        "TR3D, on S3DIS",
        "LAPA, Pretraining for general Action models",
        "FLOP, count",
        "GAN, Diffusion models",
        "XAI, Artificial Intelligence",
    })
    void anAcronymDoesNotSpellOutWhatItDoesNotStandFor(String acronym, String expansion) {
        assertFalse(SoundnessCheck.spellsOut(acronym, expansion));
    }

    @Test
    void anExpansionThatContainsTheAcronymIsAPhraseAboutIt() {
        Found light = found("또 ", "LLM", "light LLM", GlossKind.EXPANSION, "light LLM", "LLM");
        assertEquals(Reason.CONTAINS_ACRONYM, SoundnessCheck.check(light.gloss(), light.text(), "light LLM"));
        Found plural = found("또 ", "LLMs", "small LLM", GlossKind.EXPANSION, "small LLM", "LLMs");
        assertEquals(Reason.CONTAINS_ACRONYM, SoundnessCheck.check(plural.gloss(), plural.text(), "small LLM"));
    }

    @Test
    void aKoreanExpansionCannotBeCheckedByInitialsAndPasses() {
        Found dpo = found("또 ", "DPO", "직접 선호도 최적화", GlossKind.EXPANSION, "직접 선호도 최적화", "DPO");
        assertNull(SoundnessCheck.check(dpo.gloss(), dpo.text(), "직접 선호도 최적화"));
        Found korean = found("먼저 ", "검색 증강 생성", "RAG", GlossKind.ABBREVIATION, null, "RAG");
        assertNull(SoundnessCheck.check(korean.gloss(), korean.text(), null));
    }

    @Test
    void aTermMustStartAtAWordStart() {
        Found cut = found("최신", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null);
        assertEquals(Reason.CUT_WORD, SoundnessCheck.check(cut.gloss(), cut.text(), "reinforcement learning"));
        Found whole = found("최신 ", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null);
        assertNull(SoundnessCheck.check(whole.gloss(), whole.text(), "reinforcement learning"));
        // A Korean particle glued to a Latin term is not a cut word: the scripts differ.
        Found glued = found("모델의", "LoRA", "Low-Rank Adaptation", GlossKind.EXPANSION, "Low-Rank Adaptation", "LoRA");
        assertNull(SoundnessCheck.check(glued.gloss(), glued.text(), "Low-Rank Adaptation"));
    }

    @Test
    void aGlossMustBeWholeWordsOfItsGroup() {
        // The group says "(Vision)", the gloss reports only "ision".
        Found cut = found("또 ", "비전", "Vision", GlossKind.TRANSLATION, "ision", null);
        assertEquals(Reason.CUT_WORD, SoundnessCheck.check(cut.gloss(), cut.text(), "ision"));
    }
}
