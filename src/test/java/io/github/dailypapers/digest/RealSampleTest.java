package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The real digest of 2024-10-28 (CC BY-NC 4.0, see samples/NOTICE.md): every field of its eight
 * papers, against an expected file extracted independently of this parser and checked by hand.
 */
class RealSampleTest {

    private final String input = TestResources.read(TestResources.SAMPLE);
    private final Digest digest = DigestParser.builder().strict(true).build().parse(input);

    @Test
    void oneEditionOfEightPapersWithoutAnyDiagnostic() {
        assertEquals(1, digest.editions().size());
        Edition edition = digest.editions().get(0);
        assertEquals(LocalDate.of(2024, 10, 28), edition.date().orElseThrow());
        assertEquals(Optional.of("Daily Papers (2024-10-28)"), edition.heading());
        assertEquals(8, edition.papers().size());
        assertEquals(List.of(), digest.diagnostics());
        assertEquals(List.of(), digest.unrecognisedLines());
        assertEquals(List.of(), digest.readmeBlocks());
    }

    @Test
    void everyFieldMatchesTheIndependentExtraction() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(TestResources.read("/samples/daily-papers-2024-10-28.expected.json"));
        List<Paper> papers = digest.papers();
        assertEquals(expected.get("papers").size(), papers.size());
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            JsonNode want = expected.get("papers").get(i);
            String where = "paper " + (i + 1);
            assertEquals(want.get("title").asText(), paper.title(), where);
            assertEquals(want.get("url").asText(), paper.url().orElseThrow(), where);
            assertEquals(want.get("arxivId").asText(), paper.arxivId().orElseThrow(), where);
            assertEquals(MediaType.IMAGE, paper.media().orElseThrow().type(), where);
            assertEquals(want.get("media").get("url").asText(), paper.media().orElseThrow().url(), where);
            assertEquals(OptionalInt.of(want.get("votes").asInt()), paper.votes(), where);
            List<String> authors = new ArrayList<>();
            want.get("authors").forEach(a -> authors.add(a.asText()));
            assertEquals(authors, paper.authors().stream().map(Author::name).toList(), where);
            assertEquals(want.get("line").asInt(), paper.span().orElseThrow().line(), where);
            assertEquals(want.get("sections").size(), paper.sections().size(), where);
            for (int s = 0; s < paper.sections().size(); s++) {
                Section section = paper.sections().get(s);
                JsonNode wantSection = want.get("sections").get(s);
                String at = where + " section " + (s + 1);
                assertEquals(SectionKind.valueOf(wantSection.get("kind").asText()), section.kind(), at);
                assertEquals(wantSection.get("label").asText(), section.label().orElseThrow(), at);
                assertEquals(wantSection.get("text").asText(), section.text(), at);
                assertEquals(wantSection.get("line").asInt(), section.span().orElseThrow().line(), at);
            }
        }
    }

    @Test
    void aFewFactsReadOffTheFileByHand() {
        List<Paper> papers = digest.papers();
        assertEquals("ROCKET-1: Master Open-World Interaction with Visual-Temporal Context Prompting", papers.get(2).title());
        assertEquals(OptionalInt.of(11), papers.get(2).votes());
        assertEquals(OptionalInt.of(0), papers.get(4).votes(), "zero votes is known, not unknown");
        assertEquals(19, papers.get(0).authors().size());
        assertEquals("Kwan-Yee K. Wong", papers.get(1).authors().get(4).name());
        assertEquals("Lester James V. Miranda", papers.get(4).authors().get(8).name());
        // Paper 6 uses the bold (**) labels, the others bold-italic (***).
        assertEquals(List.of(SectionKind.WHATS_NEW, SectionKind.TECHNICAL_DETAILS, SectionKind.PERFORMANCE_HIGHLIGHTS),
                papers.get(5).sections().stream().map(Section::kind).toList());
        assertTrue(papers.get(5).sections().get(0).text().startsWith("이 연구는 다중모달 대형 언어 모델(multimodal large language models; MLLMs)을"));
    }

    @Test
    void spansPointAtTheirSource() {
        Paper first = digest.papers().get(0);
        assertEquals("### [Infinity-MM: Scaling Multimodal Performance with Large-Scale and High-Quality Instruction Data]"
                + "(https://arxiv.org/abs/2410.18558)", source(first.headingSpan().orElseThrow()));
        assertEquals("Vote: 1", source(first.voteSpan().orElseThrow()));
        assertEquals("Yingli Zhao", source(first.authors().get(0).span().orElseThrow()));
        assertEquals(9, first.authors().get(0).span().orElseThrow().line());
        assertEquals(10, first.authors().get(0).span().orElseThrow().column());
        Section section = first.sections().get(0);
        assertTrue(source(section.span().orElseThrow()).startsWith("- ***What's New***: Infinity-MM은"));
        assertEquals(section.text(), source(section.textLineSpans().get(0)));
    }

    private String source(io.github.dailypapers.digest.model.SourceSpan span) {
        return input.substring(span.offset(), span.offset() + span.length());
    }
}
