package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One hand-written fixture per dialect and quirk of the format (src/test/resources/fixtures),
 * each checked against the exact model and the exact diagnostics. Model equality ignores spans,
 * so the expected models are built with the public builders.
 */
class DialectFixturesTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    static Digest parse(String fixture) {
        return PARSER.parse(TestResources.read("/fixtures/" + fixture));
    }

    static List<String> diagnostics(Digest digest) {
        return digest.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.severity() + " " + d.code())
                .toList();
    }

    static Paper.Builder paper(String title, String url) {
        Paper.Builder builder = Paper.builder().title(title).url(url);
        String id = url.substring(url.lastIndexOf('/') + 1);
        return id.matches("\\d{4}\\.\\d{4,5}(v\\d+)?") ? builder.arxivId(id) : builder;
    }

    static List<Author> authors(String... names) {
        return Arrays.stream(names).map(Author::of).toList();
    }

    static Section section(SectionKind kind, String label, String text) {
        return Section.builder().kind(kind).label(label).text(text).build();
    }

    static Section point(String text) {
        return Section.builder().kind(SectionKind.POINT).text(text).build();
    }

    static Edition edition(String date, Paper... papers) {
        return Edition.builder().date(LocalDate.parse(date)).addPapers(papers).build();
    }

    @Test
    void currentDialect() {
        Digest digest = parse("current-dialect.md");
        assertEquals(List.of(edition("2025-03-14",
                paper("SparseKV: Pruning the Key-Value Cache at Inference Time", "https://arxiv.org/abs/2503.01234")
                        .media(Media.of(MediaType.IMAGE, "https://cdn.example.org/thumbs/2503.01234.png"))
                        .votes(17)
                        .authors(authors("Minji Kim", "Daniel O'Neil", "NVIDIA", "Zoë Lefèvre"))
                        .addSections(
                                section(SectionKind.WHATS_NEW, "What's New",
                                        "SparseKV는 키-값 캐시(Key-Value Cache)를 동적으로 가지치기한다."),
                                section(SectionKind.TECHNICAL_DETAILS, "Technical Details",
                                        "주의 점수(attention score)를 누적하여 중요도가 낮은 항목을 제거한다."),
                                section(SectionKind.PERFORMANCE_HIGHLIGHTS, "Performance Highlights",
                                        "메모리를 62% 줄였다(LongBench: 48.1 → 47.9)."))
                        .build(),
                paper("Tiny Critics for Step-Level Feedback", "https://arxiv.org/abs/2503.04321v2")
                        .media(Media.of(MediaType.IMAGE, "https://cdn.example.org/thumbs/2503.04321.png"))
                        .votes(0)
                        .authors(authors("Seo-yeon Park"))
                        .addSections(section(SectionKind.WHATS_NEW, "What's New", "소형 보상 모델(SRM)이 추론 단계를 평가한다."))
                        .build())),
                digest.editions());
        assertEquals(List.of(), digest.diagnostics());
    }

    @Test
    void labelsInBothStylesCurlyApostropheAndOtherLabels() {
        Digest digest = parse("mixed-labels.md");
        assertEquals(List.of(
                section(SectionKind.WHATS_NEW, "What’s New", "굵은 라벨과 둥근 따옴표."),
                section(SectionKind.TECHNICAL_DETAILS, "technical details", "소문자 라벨."),
                section(SectionKind.OTHER, "Limitations", "한계가 있다."),
                section(SectionKind.OTHER, "What's New - Related Work", "관련 연구."),
                section(SectionKind.OTHER, "고찰", "한국어 라벨."),
                section(SectionKind.OTHER, "비전 인코더 (Vision Encoder)", "괄호가 있는 라벨."),
                section(SectionKind.PERFORMANCE_HIGHLIGHTS, "Performance Highlights", "['정확도', '속도'] {'k': 'v'}")),
                digest.papers().get(0).sections());
        assertEquals(List.of(), digest.diagnostics());
    }

    @Test
    void aMalformedLabelKeepsTheWholeBulletAsText() {
        Digest digest = parse("malformed-label.md");
        assertEquals(List.of(
                section(SectionKind.WHATS_NEW, "What's New", "정상 라벨."),
                point("***Technical Details*: 긴 설명이 이어지는 잘못된 라벨**: 3.2"),
                point("**굵은 글씨**로 시작하는 요점.")),
                digest.papers().get(0).sections());
        assertEquals(List.of("6:3 WARNING MALFORMED_LABEL"), diagnostics(digest),
                "bold text at the start of a point is not a broken label");
    }

    @Test
    void continuationLinesAreJoinedVerbatimAndBlankLinesMeanNothing() {
        Digest digest = parse("continuation-lines.md");
        assertEquals(List.of(
                section(SectionKind.WHATS_NEW, "What's New", "세 가지를 제안한다: \n  - (1) 데이터,\n  - (2) 모델."),
                section(SectionKind.TECHNICAL_DETAILS, "Technical Details",
                        "절차는 다음과 같다.\n1) 수집한다.\n2. **Tokenizer**: 토큰화한다.\n그리고 평가한다."),
                section(SectionKind.PERFORMANCE_HIGHLIGHTS, "Performance Highlights", "끝. ")),
                digest.papers().get(0).sections());
        Section first = digest.papers().get(0).sections().get(0);
        assertEquals(5, first.span().orElseThrow().line());
        assertEquals(7, first.span().orElseThrow().endLine());
        assertEquals(3, first.textLineSpans().size());
        assertEquals(List.of(), digest.diagnostics());
    }

    @Test
    void compactOldestDialectWithUnlabeledPoints() {
        Digest digest = parse("compact-oldest.md");
        assertEquals(List.of(edition("2023-06-01",
                paper("Sparse Attention Revisited", "https://arxiv.org/abs/2306.00001")
                        .media(Media.of(MediaType.IMAGE, "https://cdn.example.org/thumbs/2306.00001.png"))
                        .votes(5)
                        .authors(authors("Ana Silva", "Bo Chen"))
                        .addSections(point("이 연구는 새로운 희소 주의(sparse attention) 기법을 제안한다."),
                                point("실험 결과 처리량이 2.1배 향상되었다."),
                                point("메모리 사용량도 줄었다."))
                        .build(),
                paper("Second Paper Without Blank Lines", "https://arxiv.org/abs/2306.00002")
                        .votes(2)
                        .addSections(point("첫 번째 요점."), point("두 번째 요점."))
                        .build())),
                digest.editions());
        assertEquals(List.of(), digest.diagnostics());
    }

    @Test
    void compactAndSpacedLayoutsReadTheSame() {
        String compact = TestResources.read("/fixtures/compact-oldest.md");
        String spaced = compact.replace("\n", "\n\n");
        String doubled = compact.replace("\n", "\n\n\n");
        Digest expected = PARSER.parse(compact);
        assertEquals(expected, PARSER.parse(spaced));
        assertEquals(expected, PARSER.parse(doubled));
    }

    @Test
    void everyMediaFormIsClassifiedByItsMarkdownForm() {
        Digest digest = parse("media-forms.md");
        List<Optional<Media>> media = digest.papers().stream().map(Paper::media).toList();
        assertEquals(List.of(
                Optional.of(Media.of(MediaType.VIDEO, "https://cdn.example.org/v/abc.mp4")),
                Optional.of(Media.of(MediaType.VIDEO, "https://cdn.example.org/v/def.mp4")),
                Optional.of(Media.of(MediaType.VIDEO, "https://cdn.example.org/v/ghi.webm")),
                Optional.of(Media.of(MediaType.IMAGE, "https://cdn.example.org/v/jkl.qt")),
                Optional.of(Media.of(MediaType.IMAGE, "/avatars/1f3e.svg")),
                Optional.<Media>empty()), media);
        Media player = digest.papers().get(0).media().orElseThrow();
        assertEquals(5, player.span().orElseThrow().line());
        assertEquals(6, player.span().orElseThrow().endLine(), "the link and its player line are one media");
        assertEquals(List.of("12:1 WARNING VIDEO_LINK_WITHOUT_PARENS"), diagnostics(digest));
        assertEquals(List.of(), digest.unrecognisedLines());
    }

    @Test
    void votesAndAuthorsInEveryForm() {
        Digest digest = parse("votes-authors.md");
        List<Paper> papers = digest.papers();
        assertTrue(papers.get(0).votes().isEmpty(), "Vote: - is unknown");
        assertEquals(authors("Minji Kim", "Daniel Park", "Conor O'Brien", "Back\\slash", "It's Me"), papers.get(0).authors());
        assertTrue(papers.get(1).votes().isEmpty(), "no vote line is unknown");
        assertEquals(authors("Ana", "Bo"), papers.get(1).authors());
        assertTrue(papers.get(2).votes().isEmpty());
        assertEquals(authors("Kim \"The Rock\" Lee", "OpenAI", "Zed"), papers.get(2).authors());
        assertEquals(authors("'Unclosed", "Second"), papers.get(3).authors());
        assertEquals(List.of(
                "5:1 WARNING VOTE_PLACEHOLDER",
                "11:15 WARNING DUPLICATE_AUTHOR",
                "11:24 WARNING DUPLICATE_AUTHOR",
                "11:29 WARNING AUTHOR_PLACEHOLDER",
                "11:32 WARNING DUPLICATE_AUTHOR",
                "15:1 ERROR INVALID_VOTE",
                "17:38 WARNING EMPTY_AUTHOR",
                "21:10 WARNING MALFORMED_AUTHOR_LIST"), diagnostics(digest));
        assertEquals("Back\\slash", source(digest, papers.get(0).authors().get(3).span().orElseThrow()).replace("'", "")
                .replace("\\\\", "\\"));
    }

    @Test
    void theSameDateTwiceGivesTwoEditions() {
        Digest digest = parse("two-editions.md");
        assertEquals(2, digest.editions().size());
        assertEquals(digest.editions().get(0).date(), digest.editions().get(1).date());
        assertEquals(List.of("First Run"), digest.editions().get(0).papers().stream().map(Paper::title).toList());
        assertEquals(List.of("Second Run"), digest.editions().get(1).papers().stream().map(Paper::title).toList());
        assertEquals(7, digest.editions().get(1).span().orElseThrow().line());
    }

    @Test
    void aReadmeWrapperKeepsItsBlocksAndTheirPapersAreNotPapers() {
        Digest digest = parse("readme-wrapper.md");
        assertEquals(List.of("Wrapped Paper"), digest.papers().stream().map(Paper::title).toList());
        assertEquals(List.of(
                ReadmeBlock.builder().level(1).heading("Daily Papers").markdown("").build(),
                ReadmeBlock.builder().level(2).heading("Project Description")
                        .markdown("매일 올라오는 논문을 요약합니다. [Hugging Face](https://huggingface.co/papers) 기반.").build(),
                ReadmeBlock.builder().level(2).heading("License").markdown("This project is licensed under CC BY-NC 4.0.").build(),
                ReadmeBlock.builder().level(2).heading("Citation").markdown(
                        "```bibtex\n@misc{daily_papers,\n  title = {Daily Papers},\n}\n```\n\n"
                                + "### [Not A Paper](https://arxiv.org/abs/2503.11002)").build(),
                ReadmeBlock.builder().level(2).heading("Star History")
                        .markdown("![Star History Chart](https://api.star-history.com/svg?repos=x/y)").build()),
                digest.readmeBlocks());
        assertEquals(List.of(19, 29), digest.readmeBlocks().subList(3, 5).stream().map(b -> b.span().orElseThrow().line()).toList());
        assertEquals(List.of(), digest.diagnostics());
    }

    @Test
    void titlesAreNotMarkupAndRunToTheLastLinkSeparator() {
        Digest digest = parse("titles.md");
        List<Paper> papers = digest.papers();
        assertEquals(List.of(
                paper("SparseKV: Pruning [at] Inference Time (v2)", "https://arxiv.org/abs/2503.12001").build(),
                paper("Unbalanced) *Stars* $\\alpha$-Nets and \\textit{Think} <think> >80% `code` Ünïcødé",
                        "https://arxiv.org/abs/2503.12002v3").build(),
                paper("Link [inside](title) here", "/papers/2311.01234").build(),
                Paper.builder().title("Not arXiv").url("https://example.org/paper/42").build(),
                Paper.builder().title("Heading Without Link").build()), papers);   // no link: no URL
        assertEquals(Optional.of("2311.01234"), papers.get(2).arxivId());
        assertEquals(Optional.empty(), papers.get(3).arxivId());
        assertEquals(List.of("11:1 ERROR MALFORMED_PAPER_HEADING"), diagnostics(digest));
    }

    @Test
    void linesThatFitNowhereAreKeptAndReported() {
        Digest digest = parse("structure-errors.md");
        assertEquals(3, digest.editions().size());
        Edition outside = digest.editions().get(0);
        assertEquals(Optional.empty(), outside.date());
        assertEquals(Optional.empty(), outside.heading());
        assertEquals(List.of("Before Any Edition"), outside.papers().stream().map(Paper::title).toList());
        assertEquals(Optional.empty(), digest.editions().get(2).date(), "an invalid date leaves the date empty");
        assertEquals(Optional.of("Daily Papers (2024-02-30)"), digest.editions().get(2).heading());
        assertEquals(List.of("Invalid Date Paper"), digest.editions().get(2).papers().stream().map(Paper::title).toList());
        assertEquals(1, digest.editions().get(1).papers().get(0).votes().getAsInt(), "the first vote line counts");
        assertEquals(List.of(
                UnrecognisedLine.builder().text("Some prose before the first paper.").build(),
                UnrecognisedLine.builder().text("Vote: 2").build(),
                UnrecognisedLine.builder().text("Stray text before the bullets.").build()), digest.unrecognisedLines());
        assertEquals(List.of(5, 10, 12), digest.unrecognisedLines().stream().map(l -> l.span().orElseThrow().line()).toList());
        assertEquals(List.of(
                "1:1 WARNING PAPER_OUTSIDE_EDITION",
                "5:1 ERROR UNRECOGNISED_LINE",
                "10:1 ERROR UNRECOGNISED_LINE",
                "12:1 ERROR UNRECOGNISED_LINE",
                "16:18 ERROR INVALID_DATE"), diagnostics(digest));
        assertEquals("a second vote line in this paper; the first one counts", digest.diagnostics().get(2).message());
    }

    private static String source(Digest digest, io.github.dailypapers.digest.model.SourceSpan span) {
        String input = TestResources.read("/fixtures/votes-authors.md");
        return input.substring(span.offset(), span.endOffset());
    }
}
