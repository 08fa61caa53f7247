package io.github.dailypapers.digest;

import static io.github.dailypapers.digest.Draws.between;
import static io.github.dailypapers.digest.Draws.chance;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.MediaType;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random digests assembled from the pieces of every dialect in format.md (compact and spaced
 * layouts, header lines in any order, image and the three video forms, vote placeholders,
 * plain and Python-list authors with {@code +} and repeats, {@code ***}/{@code **} labels with
 * either apostrophe, points, continuation lines, README wrappers, LF/CRLF/CR line ends), each
 * with the papers a correct reader must find in it.
 */
final class DialectGenerators {

    /** A generated input and the papers it holds (compared without spans). */
    record GeneratedDigest(String text, List<Paper> papers) {
        @Override
        public String toString() {
            return text.replace("\r", "\\r");
        }
    }

    private static final String[] TEXTS = {
        "대형 언어 모델(Large Language Model, LLM)의 추론 비용을 줄인다.", "키-값 캐시(Key-Value Cache)를 2.1배 압축한다.",
        "ImageNet에서 정확도 85.3%를 기록했다.", "이 연구는 (1) 데이터와 (2) 모델을 다룬다.", "Plain English point.",
        "**굵게** 쓴 단어가 있는 요점.", "수식 $O(n \\log n)$ 과 [링크](https://example.org).",
    };
    private static final String[] NAMES = {"Minji Kim", "Daniel Park", "Ana Silva", "Bo Chen", "李明", "Zed"};

    private DialectGenerators() {}

    static Gen<GeneratedDigest> digests() {
        return DialectGenerators::digest;
    }

    private static GeneratedDigest digest(RandomnessSource in) {
        StringBuilder text = new StringBuilder();
        List<Paper> papers = new ArrayList<>();
        boolean compact = chance(in, 30);
        if (chance(in, 15)) {
            text.append("# Daily Papers\n\n이 저장소는 매일 논문을 요약한다.\n\n");
        }
        int editions = between(in, 1, 3);
        int number = 0;
        for (int e = 0; e < editions; e++) {
            text.append("## Daily Papers (2024-").append(String.format("%02d-%02d", between(in, 1, 12), between(in, 1, 28)))
                    .append(")\n");
            int count = between(in, 0, 4);
            for (int p = 0; p < count; p++) {
                if (!compact) {
                    text.append('\n');
                }
                papers.add(paper(in, text, compact, ++number));
            }
            text.append('\n');
        }
        if (chance(in, 15)) {
            text.append("## Contributing\n\n- 풀 리퀘스트 환영\n### [not a paper](x)\n");
        }
        String lineEnd = switch (between(in, 0, 5)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
        return new GeneratedDigest(text.toString().replace("\n", lineEnd), papers);
    }

    private static Paper paper(RandomnessSource in, StringBuilder text, boolean compact, int number) {
        String id = String.format("2405.%05d", number);
        String title = new String[] {"Sparse Attention Revisited", "Ask Me (Anything)", "[RE] Replication", "Q&A <Bench>"}
                [between(in, 0, 3)] + " " + number;
        Paper.Builder paper = Paper.builder().title(title).url("https://arxiv.org/abs/" + id).arxivId(id);
        text.append("### [").append(title).append("](https://arxiv.org/abs/").append(id).append(")\n");

        List<String> headerLines = new ArrayList<>();
        String mediaUrl = "https://cdn.example.org/m/" + number;
        switch (between(in, 0, 4)) {
            case 0 -> {
                headerLines.add("![](" + mediaUrl + ".png)");
                paper.media(Media.of(MediaType.IMAGE, mediaUrl + ".png"));
            }
            case 1 -> {
                headerLines.add("[Watch Video](" + mediaUrl + ".mp4)\n<div><video controls src=\"" + mediaUrl
                        + ".mp4\" muted=\"false\"></video></div>");
                paper.media(Media.of(MediaType.VIDEO, mediaUrl + ".mp4"));
            }
            case 2 -> {
                headerLines.add("[Watch Video]" + mediaUrl + ".mp4\n<div><video controls src=\"" + mediaUrl
                        + ".mp4\" muted=\"false\"></video></div>");
                paper.media(Media.of(MediaType.VIDEO, mediaUrl + ".mp4"));
            }
            case 3 -> {
                headerLines.add("<video src='" + mediaUrl + ".webm'></video>");
                paper.media(Media.of(MediaType.VIDEO, mediaUrl + ".webm"));
            }
            default -> { }
        }
        switch (between(in, 0, 3)) {
            case 0 -> headerLines.add("Vote: -");
            case 1, 2 -> {
                int votes = between(in, 0, 500);
                headerLines.add("Vote: " + votes);
                paper.votes(votes);
            }
            default -> { }
        }
        int authorCount = between(in, 0, 4);
        if (authorCount > 0) {
            List<String> written = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < authorCount; i++) {
                String name = NAMES[between(in, 0, NAMES.length - 1)];
                written.add(name);
                if (!names.contains(name)) {
                    names.add(name);
                }
                if (chance(in, 10)) {
                    written.add("+");
                }
            }
            if (chance(in, 30)) {
                headerLines.add("Authors: [" + String.join(", ", written.stream().map(n -> "'" + n + "'").toList()) + "]");
            } else {
                headerLines.add("Authors: " + String.join(", ", written));
            }
            names.forEach(name -> paper.addAuthors(Author.of(name)));
        }
        // The generator's order changed over time; any order must read the same.
        for (int i = headerLines.size() - 1; i > 0; i--) {
            int j = between(in, 0, i);
            String swap = headerLines.get(i);
            headerLines.set(i, headerLines.get(j));
            headerLines.set(j, swap);
        }
        for (String line : headerLines) {
            text.append(compact ? "" : "\n").append(line).append('\n');
        }

        int sections = between(in, 0, 4);
        if (sections > 0 && !compact) {
            text.append('\n');
        }
        for (int s = 0; s < sections; s++) {
            Section.Builder section = Section.builder();
            String body = TEXTS[between(in, 0, TEXTS.length - 1)];
            if (chance(in, 15)) {
                body += "\n  " + TEXTS[between(in, 0, TEXTS.length - 1)];
            }
            String stars = chance(in, 50) ? "***" : "**";
            switch (between(in, 0, 4)) {
                case 0 -> {
                    String label = chance(in, 70) ? "What's New" : "What\u2019s New";
                    text.append("- ").append(stars).append(label).append(stars).append(": ");
                    section.kind(SectionKind.WHATS_NEW).label(label);
                }
                case 1 -> {
                    text.append("- ").append(stars).append("Technical Details").append(stars).append(": ");
                    section.kind(SectionKind.TECHNICAL_DETAILS).label("Technical Details");
                }
                case 2 -> {
                    text.append("- ").append(stars).append("Performance Highlights").append(stars).append(": ");
                    section.kind(SectionKind.PERFORMANCE_HIGHLIGHTS).label("Performance Highlights");
                }
                case 3 -> {
                    text.append("- ").append(stars).append("Limitations").append(stars).append(": ");
                    section.kind(SectionKind.OTHER).label("Limitations");
                }
                default -> {
                    text.append("- ");
                    section.kind(SectionKind.POINT);
                }
            }
            text.append(body).append('\n');
            paper.addSections(section.text(body).build());
        }
        return paper.build();
    }
}
