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

    /** The check of a gloss found in its text, its gloss taken as written once. */
    private static Reason check(Found found) {
        return SoundnessCheck.check(found.gloss(), found.text(), found.gloss().gloss().orElse(null));
    }

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
        "LM, Language Model",
        "Z, Wide", // one letter: nothing to check
        "W, (W)",
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
        "RL, Diffusion models", // two letters are checked
        "GAN, Generative models", // every letter, not only the first
        "LL, Large", // each letter of the expansion is read once
        "LMM, Large Model",
        "XX, Example", // the ex of an X is read once too
        "TH, the", // no word but a leading function word
        "TA, the -",
        "AB, --",
    })
    void anAcronymDoesNotSpellOutWhatItDoesNotStandFor(String acronym, String expansion) {
        assertFalse(SoundnessCheck.spellsOut(acronym, expansion));
    }

    @Test
    void anExpansionThatContainsTheAcronymIsAPhraseAboutIt() {
        Found light = found("또 ", "LLM", "light LLM", GlossKind.EXPANSION, "light LLM", "LLM");
        assertEquals(Reason.CONTAINS_ACRONYM, check(light));
        Found plural = found("또 ", "LLMs", "small LLM", GlossKind.EXPANSION, "small LLM", "LLMs");
        assertEquals(Reason.CONTAINS_ACRONYM, check(plural));
    }

    @Test
    void theAcronymCountsAsContainedOnlyAsAWholeWord() {
        Found first = found("또 ", "LLM", "LLM Serving", GlossKind.EXPANSION, "LLM Serving", "LLM");
        assertEquals(Reason.CONTAINS_ACRONYM, check(first));
        // LLMOps holds the letters but is another word; the whole word comes after it.
        Found later = found("또 ", "LLM", "LLMOps for LLM", GlossKind.EXPANSION, "LLMOps for LLM", "LLM");
        assertEquals(Reason.CONTAINS_ACRONYM, check(later));
        // Inside a longer word, before or after: not the acronym itself, and the initials fit.
        Found before = found("또 ", "LM", "Language Model, not an SLM", GlossKind.EXPANSION, "Language Model, not an SLM", "LM");
        assertNull(check(before));
        Found after = found("또 ", "LM", "Language Modeling on LMArena", GlossKind.EXPANSION, "Language Modeling on LMArena", "LM");
        assertNull(check(after));
    }

    @Test
    void aTranslationWithAnAcronymIsCheckedLikeAnExpansion() {
        Found fits = found("이 ", "성능 예측 모델", "PPM; Performance Prediction Model", GlossKind.TRANSLATION,
                "Performance Prediction Model", "PPM");
        assertNull(check(fits));
        Found mismatch = found("이 ", "확산 모델", "DM; Generative Models", GlossKind.TRANSLATION, "Generative Models", "DM");
        assertEquals(Reason.INITIALS_MISMATCH, check(mismatch));
        Found expansion = found("이 ", "DM", "Generative Models", GlossKind.EXPANSION, "Generative Models", "DM");
        assertEquals(Reason.INITIALS_MISMATCH, check(expansion));
    }

    @Test
    void anExpansionWithoutLatinLettersIsNotChecked() {
        // Digits and signs only: no initials to read.
        Found version = found("이 ", "V2", "2.0", GlossKind.EXPANSION, "2.0", "V2");
        assertNull(check(version));
        Found reverse = found("이 ", "Plateau", "정체기", GlossKind.REVERSE_TRANSLATION, "정체기", null);
        assertNull(check(reverse));
    }

    @Test
    void aKoreanExpansionCannotBeCheckedByInitialsAndPasses() {
        Found dpo = found("또 ", "DPO", "직접 선호도 최적화", GlossKind.EXPANSION, "직접 선호도 최적화", "DPO");
        assertNull(check(dpo));
        Found korean = found("먼저 ", "검색 증강 생성", "RAG", GlossKind.ABBREVIATION, null, "RAG");
        assertNull(check(korean));
    }

    @Test
    void aTermMustStartAtAWordStart() {
        Found cut = found("최신", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null);
        assertEquals(Reason.CUT_WORD, check(cut));
        Found whole = found("최신 ", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null);
        assertNull(check(whole));
        // A Korean particle glued to a Latin term is not a cut word: the scripts differ.
        Found glued = found("모델의", "LoRA", "Low-Rank Adaptation", GlossKind.EXPANSION, "Low-Rank Adaptation", "LoRA");
        assertNull(check(glued));
        Found atTextStart = found("", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null);
        assertNull(check(atTextStart));
    }

    @Test
    void aGlossBuiltByHandForAnotherTextIsNotCheckedForCuts() {
        Found found = found("최신", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null);
        String shorter = found.text().substring(0, found.text().length() - 1); // the group's ")" is missing
        assertNull(SoundnessCheck.check(found.gloss(), shorter, "reinforcement learning"));
    }

    @Test
    void aGlossMustBeWholeWordsOfItsGroup() {
        // The group says "(Vision)", the gloss reports only "ision".
        Found cut = found("또 ", "비전", "Vision", GlossKind.TRANSLATION, "ision", null);
        assertEquals(Reason.CUT_WORD, check(cut));
        // "(Visions)" reported as "Vision": cut at its end.
        Found cutAtEnd = found("또 ", "비전들", "Visions", GlossKind.TRANSLATION, "Vision", null);
        assertEquals(Reason.CUT_WORD, check(cutAtEnd));
        Found whole = found("또 ", "비전들", "Visions", GlossKind.TRANSLATION, "Visions", null);
        assertNull(check(whole));
    }
}
