package io.github.dailypapers.digest.glossary;

import static io.github.dailypapers.digest.glossary.GlossaryFixtures.add;
import static io.github.dailypapers.digest.glossary.GlossaryFixtures.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.glossary.GlossaryFixtures.Found;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.GlossKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The glossary API on the fictional archive in {@code src/test/resources/glossary/} and on hand-built glosses. */
class GlossaryTest {

    private final Glossary archive = GlossaryFixtures.archive();

    private GlossaryEntry entry(String term, String gloss) {
        return archive.entries().stream()
                .filter(e -> e.term().equals(term) && e.gloss().orElse("").equals(gloss))
                .findFirst().orElseThrow(() -> new AssertionError("no entry " + term + " = " + gloss + " in " + archive.entries()));
    }

    @Test
    void countsAndFirstAndLastDateOverEditions() {
        GlossaryEntry lora = entry("저랭크 적응", "low-rank adaptation");
        assertEquals(4, lora.count());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 2)), lora.first());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 15)), lora.last());
        assertEquals(GlossKind.TRANSLATION, lora.kind());
        assertEquals(Optional.empty(), lora.acronym());
    }

    @Test
    void anEditionWithoutADateGivesNoDates() {
        GlossaryEntry distillation = entry("지식 증류", "knowledge distillation");
        assertEquals(1, distillation.count());
        assertEquals(Optional.empty(), distillation.first());
        assertEquals(Optional.empty(), distillation.last());
    }

    @Test
    void entriesAreSortedByCountThenTerm() {
        List<String> rows = archive.entries().stream()
                .map(e -> e.count() + " " + e.term() + " " + e.gloss().orElse("-")).toList();
        assertEquals(List.of(
                "4 저랭크 적응 low-rank adaptation",
                "2 대형 언어 모델 -",
                "2 대형 언어 모델 Large Language Models",
                "2 확산 모델 Diffusion Models",
                "1 LLMs Large Language Models",
                "1 OOD Out-Of-Distribution",
                "1 OOD Out-Of-Domain",
                "1 강화 학습 reinforcement learning",
                "1 강화 학습 Reinforcement Learning from Human Feedback",
                "1 계층적 토큰 병합 기반 조건부 자기회귀 시각 생성 프레임워크 "
                        + "Conditional Autoregressive Visual Generation Framework with Hierarchical Token Merging",
                "1 지식 증류 knowledge distillation"),
                rows);
    }

    @Test
    void caseSpacingAndHyphensMakeOneEntryShownAsItsMostFrequentSpelling() {
        // low-rank adaptation (twice), Low-Rank Adaptation, and 저랭크적응(low rank adaptation).
        assertEquals(1, archive.entries().stream().filter(e -> e.term().startsWith("저랭크")).count());
        assertEquals("low-rank adaptation", entry("저랭크 적응", "low-rank adaptation").gloss().orElseThrow());
    }

    @Test
    void aPluralSOfTheAcronymOrOfTheLastWordMakesNoNewEntry() {
        GlossaryEntry llm = entry("대형 언어 모델", "");
        assertEquals(Optional.of("LLM"), llm.acronym(), "LLM and LLMs once each: the first seen is shown");
        assertEquals(2, llm.count());
        GlossaryEntry translated = entry("대형 언어 모델", "Large Language Models");
        assertEquals(2, translated.count(), "Large Language Models, LLMs and large language model, LLM");
        assertEquals(2, entry("확산 모델", "Diffusion Models").count(), "Diffusion Models and Diffusion Model");
    }

    @Test
    void conflictsAreTheTermsAndAcronymsGlossedInSeveralWays() {
        assertEquals(List.of("ACRONYM OOD: Out-Of-Distribution 1 2024-05-02, Out-Of-Domain 1 2024-06-11",
                "TERM 강화 학습: reinforcement learning 1 2024-06-11, Reinforcement Learning from Human Feedback 1 2024-06-11"),
                archive.conflicts().stream().map(GlossaryTest::describe).toList());
    }

    private static String describe(GlossaryConflict c) {
        StringBuilder s = new StringBuilder(c.kind() + " " + c.subject() + ":");
        for (GlossaryConflict.Variant v : c.variants()) {
            s.append(s.charAt(s.length() - 1) == ':' ? " " : ", ").append(v.meaning()).append(' ').append(v.count())
                    .append(' ').append(v.first().map(LocalDate::toString).orElse("-"));
        }
        return s.toString();
    }

    @Test
    void caseMakesNoConflict() {
        assertNoConflict("트랜스포머", "Transformer", "transformer");
    }

    @Test
    void spacingAndHyphensMakeNoConflict() {
        assertNoConflict("저랭크 적응", "low-rank adaptation", "low rank  adaptation");
    }

    @Test
    void aPluralMakesNoConflict() {
        assertNoConflict("확산 모델", "Diffusion Model", "Diffusion Models");
    }

    @Test
    void theSameExpansionWrittenTwiceMakesNoConflict() {
        assertNoConflict("대형 언어 모델", "Large Language Models", "Large Language Models, large language models");
    }

    @Test
    void anotherMeaningIsAConflict() {
        Glossary.Builder builder = Glossary.builder();
        add(builder, found("이 ", "트랜스포머", "Transformer", GlossKind.TRANSLATION, "Transformer", null), "2024-01-01");
        add(builder, found("이 ", "트랜스포머", "transformers", GlossKind.TRANSLATION, "transformers", null), "2024-02-01");
        add(builder, found("이 ", "트랜스포머", "attention block", GlossKind.TRANSLATION, "attention block", null), "2024-03-01");
        List<GlossaryConflict> conflicts = builder.build().conflicts();
        assertEquals(1, conflicts.size());
        assertEquals(GlossaryConflict.Kind.TERM, conflicts.get(0).kind());
        assertEquals(List.of("Transformer", "attention block"),
                conflicts.get(0).variants().stream().map(GlossaryConflict.Variant::meaning).toList());
        assertEquals(2, conflicts.get(0).variants().get(0).count());
        assertEquals(3, conflicts.get(0).count());
    }

    private static void assertNoConflict(String term, String gloss, String other) {
        Glossary.Builder builder = Glossary.builder();
        add(builder, found("이 ", term, gloss, GlossKind.TRANSLATION, gloss, null), "2024-01-01");
        add(builder, found("이 ", term, other, GlossKind.TRANSLATION, other, null), "2024-02-01");
        Glossary glossary = builder.build();
        assertEquals(List.of(), glossary.conflicts());
        assertEquals(1, glossary.entries().size(), glossary.entries().toString());
        assertEquals(2, glossary.entries().get(0).count());
    }

    @Test
    void anAcronymAndItsPluralWithTheSameExpansionAreNoConflict() {
        Glossary.Builder builder = Glossary.builder();
        add(builder, found("이 ", "LLM", "Large Language Model", GlossKind.EXPANSION, "Large Language Model", "LLM"), null);
        add(builder, found("이 ", "LLMs", "large language models", GlossKind.EXPANSION, "large language models", "LLMs"), null);
        add(builder, found("이 ", "대형 언어 모델", "Large Language Models, LLMs", GlossKind.TRANSLATION,
                "Large Language Models", "LLMs"), null);
        Glossary glossary = builder.build();
        assertEquals(List.of(), glossary.conflicts());
        assertEquals(2, glossary.entries().size(), "the expansion once (LLM, LLMs), the translation once");
    }

    @Test
    void anAcronymWithAnotherExpansionIsAConflict() {
        Glossary.Builder builder = Glossary.builder();
        add(builder, found("이 ", "ASR", "Automatic Speech Recognition", GlossKind.EXPANSION,
                "Automatic Speech Recognition", "ASR"), "2024-10-18");
        add(builder, found("이 ", "공격 성공률", "Attack Success Rate, ASR", GlossKind.TRANSLATION,
                "Attack Success Rate", "ASR"), "2024-12-30");
        List<GlossaryConflict> conflicts = builder.build().conflicts();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(GlossaryConflict.Kind.ACRONYM, conflicts.get(0).kind());
        assertEquals("ASR", conflicts.get(0).subject());
    }

    @Test
    void aGlossThatRepeatsItsAcronymShowsItOnce() {
        for (String written : List.of("Chain of Thought, CoT", "CoT; Chain of Thought", "Chain of Thought (CoT)",
                "Chain of Thought, CoTs")) {
            Glossary.Builder builder = Glossary.builder();
            add(builder, found("이 ", "CoT", written, GlossKind.EXPANSION, written, "CoT"), "2024-01-01");
            GlossaryEntry entry = builder.build().entries().get(0);
            assertEquals(Optional.of("Chain of Thought"), entry.gloss(), written);
            assertEquals(Optional.of("CoT"), entry.acronym());
        }
    }

    @Test
    void aGlossWithoutARepetitionIsKeptAsWritten() {
        Glossary.Builder builder = Glossary.builder();
        String written = "Data- and Retrieval-Augmented Generative Error Correction";
        add(builder, found("이 ", "DARAG", written, GlossKind.EXPANSION, written, "DARAG"), "2024-01-01");
        assertEquals(Optional.of(written), builder.build().entries().get(0).gloss());
    }

    @Test
    void brokenRowsAreLeftOutAndListedWithTheirReason() {
        assertTrue(archive.entries().stream().noneMatch(e -> e.term().equals("WG") || e.term().startsWith("Pretraining")),
                archive.entries().toString());
        // The gloss finder itself no longer reports WG(Model Building WG) (an expansion that holds
        // its own acronym); CONTAINS_ACRONYM is checked on built glosses in SoundnessCheckTest.
        assertEquals(List.of("Pretraining for general Action models INITIALS_MISMATCH"),
                archive.rejected().stream().map(r -> r.entry().term() + " " + r.reason()).toList());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 2)), archive.rejected().get(0).entry().first());
    }

    @Test
    void anAcronymNextToANameItDoesNotStandForIsRejected() {
        Glossary.Builder builder = Glossary.builder();
        add(builder, found("그리고 ", "Eagle", "RWKV-5", GlossKind.ABBREVIATION, null, "RWKV-5"), "2024-04-10");
        add(builder, found("또 ", "GPT-4V", "ision", GlossKind.EXPANSION, "ision", "GPT-4V"), "2024-01-04");
        add(builder, found("또 ", "Proximal Policy Optimization", "PPO", GlossKind.ABBREVIATION, null, "PPO"), "2024-12-30");
        Glossary glossary = builder.build();
        assertEquals(List.of("Proximal Policy Optimization"), glossary.entries().stream().map(GlossaryEntry::term).toList());
        assertEquals(List.of("Eagle", "GPT-4V"), glossary.rejected().stream().map(r -> r.entry().term()).toList());
        assertTrue(glossary.rejected().stream().allMatch(r -> r.reason() == RejectedEntry.Reason.INITIALS_MISMATCH));
    }

    @Test
    void aTermCutInsideAWordIsRejected() {
        Glossary.Builder builder = Glossary.builder();
        // "최신강화학습(reinforcement learning)" with the term starting inside the word.
        add(builder, found("최신", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null),
                "2024-01-01");
        Glossary glossary = builder.build();
        assertEquals(List.of(), glossary.entries());
        assertEquals(RejectedEntry.Reason.CUT_WORD, glossary.rejected().get(0).reason());
    }

    @Test
    void entriesThatTieOnCountTermAndGlossAreOrderedByAcronym() {
        Glossary.Builder builder = Glossary.builder();
        add(builder, found("이 ", "검색 증강 생성", "RAG", GlossKind.ABBREVIATION, null, "RAG"), "2024-01-01");
        add(builder, found("이 ", "검색 증강 생성", "RAC", GlossKind.ABBREVIATION, null, "RAC"), "2024-01-01");
        add(builder, found("이 ", "검색 증강 생성", "RAE", GlossKind.ABBREVIATION, null, "RAE"), "2024-01-01");
        assertEquals(List.of("RAC", "RAE", "RAG"),
                builder.build().entries().stream().map(e -> e.acronym().orElseThrow()).toList());
    }

    @Test
    void conflictsAreOrderedByHowOftenTheirSubjectOccurs() {
        Glossary.Builder builder = Glossary.builder();
        // 손실 is glossed twice, 주의 three times: the conflict seen more often comes first, though
        // it came last and sorts last by its subject.
        add(builder, found("이 ", "손실", "loss", GlossKind.TRANSLATION, "loss", null), "2024-01-01");
        add(builder, found("이 ", "손실", "cost", GlossKind.TRANSLATION, "cost", null), "2024-01-02");
        add(builder, found("이 ", "주의", "attention", GlossKind.TRANSLATION, "attention", null), "2024-01-03");
        add(builder, found("이 ", "주의", "attention", GlossKind.TRANSLATION, "attention", null), "2024-01-04");
        add(builder, found("이 ", "주의", "caution", GlossKind.TRANSLATION, "caution", null), "2024-01-05");
        List<GlossaryConflict> conflicts = builder.build().conflicts();
        assertEquals(List.of("주의", "손실"), conflicts.stream().map(GlossaryConflict::subject).toList());
        assertEquals(List.of(3, 2), conflicts.stream().map(GlossaryConflict::count).toList());
    }

    @Test
    void rejectedGlossesAreOrderedLikeEntries() {
        Glossary.Builder builder = Glossary.builder();
        Found eagle = found("그리고 ", "Eagle", "RWKV-5", GlossKind.ABBREVIATION, null, "RWKV-5");
        Found cut = found("최신", "강화학습", "reinforcement learning", GlossKind.TRANSLATION, "reinforcement learning", null);
        add(builder, eagle, "2024-04-10");
        add(builder, cut, "2024-01-01");
        add(builder, cut, "2024-02-01");
        List<RejectedEntry> rejected = builder.build().rejected();
        assertEquals(List.of("2 강화학습 CUT_WORD", "1 Eagle INITIALS_MISMATCH"),
                rejected.stream().map(r -> r.entry().count() + " " + r.entry().term() + " " + r.reason()).toList());
        assertEquals("the term or gloss starts or ends inside a word", rejected.get(0).reason().description());
        assertEquals("the acronym's letters do not spell the expansion", rejected.get(1).reason().description());
        assertEquals("the expansion contains the acronym itself", RejectedEntry.Reason.CONTAINS_ACRONYM.description());
    }

    @Test
    void theGlossaryIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> archive.entries().clear());
        assertThrows(UnsupportedOperationException.class, () -> archive.conflicts().clear());
        assertThrows(UnsupportedOperationException.class, () -> archive.rejected().clear());
        assertThrows(UnsupportedOperationException.class, () -> archive.conflicts().get(0).variants().clear());
    }

    @Test
    void aBuilderKeepsAddingAfterBuildAndByEditionGivesTheSame() {
        Glossary.Builder builder = Glossary.builder();
        Glossary first = builder.add(GlossaryFixtures.parse("2024-05-02.md")).build();
        Glossary both = builder.add(GlossaryFixtures.parse("2025-01-15.md")).build();
        assertEquals(5, first.entries().size(), first.entries().toString());
        assertEquals(6, both.entries().size(), "building did not freeze the builder: " + both.entries());
        assertFalse(first.equals(both));
        Glossary.Builder byEdition = Glossary.builder();
        for (String name : List.of("2024-05-02.md", "2025-01-15.md")) {
            for (Edition edition : GlossaryFixtures.parse(name).editions()) {
                assertSame(byEdition, byEdition.add(edition), "add returns the builder, for chaining");
            }
        }
        assertEquals(both, byEdition.build());
    }
}
