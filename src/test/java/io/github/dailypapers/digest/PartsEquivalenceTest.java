package io.github.dailypapers.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.DigestNode;
import io.github.dailypapers.digest.model.DigestTraversal;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.SourceSpan;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Splitting an input at headings (parallel parsing, streaming) must not change the result:
 * same model, same positions, same diagnostics.
 */
class PartsEquivalenceTest {

    private static final String[] LINES = {
        "## Daily Papers (2025-03-14)", "## Daily Papers (2024-02-30)", "# Daily Papers", "## License",
        "### [Paper (v2)](https://arxiv.org/abs/2503.01234)", "### [No link", "![](https://x.org/t.png)",
        "[Watch Video](https://x.org/v.mp4)", "<div><video controls src=\"https://x.org/v.mp4\"></video></div>",
        "Vote: 3", "Vote: -", "Authors: A, B, +, A", "Authors: ['A', \"B'C\"]", "- ***What's New***: 새로운 방법(method)",
        "- **Limitations**: 한계", "- 요점 하나", "  - (1) 이어짐", "stray text", "", "#", "##", "# ", "😀 emoji line",
    };
    private static final String[] ENDS = {"\n", "\r\n", "\r"};

    private static Gen<String> inputs() {
        return lists().of(integers().between(0, LINES.length * ENDS.length - 1)).ofSizeBetween(0, 60)
                .map(picks -> {
                    StringBuilder s = new StringBuilder();
                    for (int pick : picks) {
                        s.append(LINES[pick / ENDS.length]).append(ENDS[pick % ENDS.length]);
                    }
                    return s.toString();
                });
    }

    /** Every node's type, content and span, and every diagnostic, in document order. */
    static List<String> dump(Digest digest, boolean withOffsets) {
        List<String> out = new ArrayList<>();
        digest.accept(new DigestTraversal<Void>() {
            @Override
            public Void visitEdition(Edition edition) {
                out.add(edition + " " + span(edition));
                return super.visitEdition(edition);
            }

            @Override
            public Void visitPaper(Paper paper) {
                out.add(paper.title() + " " + span(paper) + " " + spanText(paper.headingSpan().orElseThrow()));
                return super.visitPaper(paper);
            }

            @Override
            public Void visitReadmeBlock(io.github.dailypapers.digest.model.ReadmeBlock block) {
                out.add(block + " " + span(block));
                return null;
            }

            @Override
            public Void visitUnrecognisedLine(io.github.dailypapers.digest.model.UnrecognisedLine line) {
                out.add(line + " " + span(line));
                return null;
            }

            @Override
            public Void visitSection(io.github.dailypapers.digest.model.Section section) {
                out.add(section + " " + span(section));
                return null;
            }

            private String span(DigestNode node) {
                return spanText(node.span().orElseThrow());
            }

            private String spanText(SourceSpan span) {
                return withOffsets ? span.toString()
                        : span.line() + ":" + span.column() + "-" + span.endLine() + ":" + span.endColumn();
            }
        });
        digest.diagnostics().forEach(d -> out.add(withOffsets ? d.toString() + " " + d.span()
                : d.toString()));
        return out;
    }

    /**
     * The parts with every edition continued in the next part (same heading span) joined into
     * its first piece: what the documentation of {@code stream} says a reader does.
     */
    static List<Digest> joinSplitEditions(List<Digest> parts) {
        List<Digest> joined = new ArrayList<>();
        for (Digest part : parts) {
            // The piece before may be in an earlier part (a part can hold nothing but a piece).
            int at = joined.size() - 1;
            while (at > 0 && joined.get(at).editions().isEmpty()) {
                at--;
            }
            Digest previous = at < 0 ? null : joined.get(at);
            Edition open = previous == null || previous.editions().isEmpty() ? null
                    : previous.editions().get(previous.editions().size() - 1);
            boolean continues = open != null && !part.editions().isEmpty()
                    && open.headingSpan().isPresent()
                    && part.editions().get(0).headingSpan().equals(open.headingSpan());
            if (!continues) {
                joined.add(part);
                continue;
            }
            Edition rest = part.editions().get(0);
            Edition whole = Edition.builder().from(open).addAllPapers(rest.papers())
                    .span(new SourceSpan(open.span().orElseThrow().line(), open.span().orElseThrow().column(),
                            rest.span().orElseThrow().endLine(), rest.span().orElseThrow().endColumn(), 0, 0))
                    .build();
            List<Edition> editions = new ArrayList<>(previous.editions());
            editions.set(editions.size() - 1, whole);
            joined.set(at, Digest.builder().from(previous).editions(editions).build());
            joined.add(Digest.builder().from(part).editions(part.editions().subList(1, part.editions().size())).build());
        }
        return joined;
    }

    @Test
    void parallelPartsGiveTheSameDigestAsOneSequentialParse() {
        DigestParser sequential = DigestParser.builder().build();
        qt().withFixedSeed(7L).withExamples(1_000)
                .forAll(inputs(), integers().between(1, 80))
                .checkAssert((input, partLength) -> {
                    DigestParser parallel = DigestParser.builder().parallel(true).minPartLength(partLength).build();
                    Digest expected = sequential.parse(input);
                    Digest actual = parallel.parse(input);
                    assertEquals(expected, actual);
                    assertEquals(dump(expected, true), dump(actual, true));
                    assertEquals(expected.span(), actual.span());
                });
    }

    @Test
    void streamedPartsHoldWhatOneParseHolds() {
        DigestParser whole = DigestParser.builder().build();
        qt().withFixedSeed(11L).withExamples(1_000)
                .forAll(inputs(), integers().between(1, 80))
                .checkAssert((input, partLength) -> {
                    DigestParser streaming = DigestParser.builder().minPartLength(partLength).build();
                    List<Digest> parts = streaming.stream(new StringReader(input)).collect(Collectors.toList());
                    List<String> streamed = new ArrayList<>();
                    joinSplitEditions(parts).forEach(part -> streamed.addAll(dump(part, false)));
                    // Diagnostics come per part, so compare nodes and diagnostics separately.
                    Digest expected = whole.parse(input);
                    List<String> expectedDump = dump(expected, false);
                    List<String> missing = new ArrayList<>(expectedDump);
                    streamed.forEach(missing::remove);
                    List<String> extra = new ArrayList<>(streamed);
                    expectedDump.forEach(extra::remove);
                    assertEquals(List.of(), missing, () -> "missing; extra: " + extra + " PARTS " + parts.subList(Math.max(0, parts.size() - 3), parts.size()).stream().map(d -> d.editions().stream().map(e -> e.headingSpan() + "/" + e.span() + "/" + e.papers().size()).toList()).toList() + " partLength " + partLength);
                    assertEquals(expected.papers(), parts.stream().flatMap(p -> p.papers().stream()).toList());
                });
    }

    @Test
    void aLargeInputIsSplitAndStillExact() {
        StringBuilder archive = new StringBuilder();
        for (int day = 1; day <= 28; day++) {
            archive.append(String.format("## Daily Papers (2025-02-%02d)%n%n", day));
            for (int p = 0; p < 200; p++) {
                archive.append("### [Paper ").append(day).append('-').append(p).append("](https://arxiv.org/abs/2502.")
                        .append(String.format("%05d", day * 1000 + p)).append(")\n\nVote: ").append(p)
                        .append("\n\n- ***What's New***: 희소 주의(sparse attention) 기법을 제안한다.\n\n");
            }
        }
        String input = archive.toString();
        Digest sequential = DigestParser.builder().build().parse(input);
        Digest parallel = DigestParser.builder().parallel(true).build().parse(input);
        assertEquals(28 * 200, parallel.papers().size());
        assertEquals(sequential, parallel);
        assertEquals(dump(sequential, true), dump(parallel, true));
        long streamedPapers = DigestParser.builder().build().stream(new StringReader(input))
                .mapToLong(part -> part.papers().size()).sum();
        assertEquals(28 * 200, streamedPapers);
    }
}
