package io.github.dailypapers.digest.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two spellings are one glossary entry, rule by rule, at the edges of each rule. */
class SpellingsTest {

    @ParameterizedTest
    @CsvSource({
        "LLMs, LLM",
        "FLOPs, FLOP",
        "LoRAs, LoRA",
        "T2Is, T2I", // after a digit as after a capital
        "3Ds, 3D",
        "LLMS, LLMS", // a capital S is a letter of the acronym
        "Ads, Ads", // after a lowercase letter: a word, not a plural
        "As, As", // two letters: too short to tell
        "GPT, GPT",
    })
    void theAcronymsPluralSIsALowercaseSAfterACapitalOrDigit(String acronym, String withoutS) {
        assertEquals(withoutS, Spellings.withoutPluralS(acronym));
    }

    @Test
    void anAcronymsKeyIgnoresCaseSpacingHyphensAndThePluralS() {
        assertEquals("llm", Spellings.acronymKey("LLMs"));
        assertEquals(Spellings.acronymKey("LLM"), Spellings.acronymKey("llm"));
        assertEquals(Spellings.acronymKey("3D-GS"), Spellings.acronymKey("3DGS"));
        assertEquals(Spellings.acronymKey("SAM 2"), Spellings.acronymKey("SAM2"));
    }

    @ParameterizedTest
    @CsvSource({
        "Diffusion Models, diffusionmodel",
        "attention heads, attentionhead",
        "heads, head", // five letters: the shortest text whose s is dropped
        "Batch Sizes, batchsize", // z is a lowercase letter
        "Survey Areas, surveyarea", // so is a
        "lens, lens", // four letters: too short to tell a plural
        "Diffusion Process, diffusionprocess", // ss is not a plural
        "Focus, focus", // nor us
        "Analysis, analysis", // nor is
        "Multiple GPUs, multiplegpus", // an s after capitals is an acronym's: acronyms have keys of their own
        "  Low-Rank   Adaptation , lowrankadaptation",
        "low‐rank adaptation, lowrankadaptation", // U+2010 HYPHEN
    })
    void aTextsKeyIgnoresCaseSpacingHyphensAndThePluralOfItsLastWord(String text, String key) {
        assertEquals(key, Spellings.textKey(text));
    }

    @Test
    void theKeysOfDifferentWordsDiffer() {
        assertNotEquals(Spellings.textKey("Diffusion Process"), Spellings.textKey("Diffusion Proces"));
        assertNotEquals(Spellings.acronymKey("OOD"), Spellings.acronymKey("OD"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chain of Thought, CoT | CoT | Chain of Thought",
        "CoT; Chain of Thought | CoT | Chain of Thought",
        "Chain of Thought (CoT) | CoT | Chain of Thought",
        "Large Language Models; large language models | LLMs | Large Language Models",
        // A group inside an item does not hide the separator after it.
        "Large Language Models (LLMs), LLMs | LLMs | Large Language Models (LLMs)",
        "Low-Rank Adaptation, LoRA, low rank adaptation | LoRA | Low-Rank Adaptation",
    })
    void aGlossIsWrittenOnce(String gloss, String acronym, String once) {
        assertEquals(once, Spellings.writtenOnce(gloss, acronym));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chain of Thought | CoT",
        "(Chain of Thought) | CoT", // a group that is the whole gloss is not an item of its own
        "dense retrieval, reranking | ",
        "Retrieval (dense, sparse) Models | RSM",
    })
    void aGlossThatRepeatsNothingIsKeptAsWritten(String gloss, String acronym) {
        assertEquals(gloss, Spellings.writtenOnce(gloss, acronym));
    }

    @Test
    void aGlossThatIsOnlyTheAcronymIsNone() {
        assertNull(Spellings.writtenOnce("CoT", "CoT"));
        assertNull(Spellings.writtenOnce("LLMs; LLM", "LLM"));
    }
}
