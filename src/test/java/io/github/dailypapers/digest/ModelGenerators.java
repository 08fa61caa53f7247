package io.github.dailypapers.digest;

import static io.github.dailypapers.digest.Draws.between;
import static io.github.dailypapers.digest.Draws.chance;

import io.github.dailypapers.digest.internal.ArxivIds;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random digests built with the model's builders, as a user would build them. {@link #models()}
 * stays inside what the canonical form can express; {@link #anyModels()} also draws hostile
 * pieces (line breaks, bullets, stars, brackets, quotes) that the writer must either write
 * faithfully or refuse.
 */
final class ModelGenerators {

    private static final String[] WORDS = {
        "모델", "언어", "대형 언어 모델(Large Language Model, LLM)", "키-값 캐시(Key-Value Cache)", "을", "는",
        "제안한다.", "성능", "2.1배", "Transformer", "LoRA", "(1)", "예:", "ImageNet", "95.3%", "—", "😀", "$O(n^2)$",
        "[x]", "e.g.", "'", "\"", ",", ";", ":", "·", "데이터셋(Dataset)",
    };
    private static final String[] HOSTILE = {
        "\n", "\n- ", "\n# ", "\n## ", "\n### [", "\r", "***", "**", "*", "](", "[", "]", "(", ")", "\n\n", "\n ",
        "\uFEFF", "\t", "  ", "- ", "#", "Vote: 3", "Authors: A", "![](x)", "[Watch Video](v)", "<video src=x>",
        "', '", "\\", ", ", "+", "\n***Label***: x", "\u2028", "\u0000",
    };
    private static final String[] NAMES = {
        "Minji Kim", "Daniel Park", "Conor O'Brien", "Ana Silva", "李明", "Back\\slash", "Kim, Minji", " Spaced ",
        "Kim \"The Rock\" Lee", "OpenAI", "Zed", "J.-P. Martin", "[Bracket]", "trailing,", "It's Me",
    };
    private static final String[] LABELS = {
        "Limitations", "고찰", "비전 인코더 (Vision Encoder)", "What's New - Related Work", "Results", "Why It Matters",
    };

    private final boolean hostile;

    private ModelGenerators(boolean hostile) {
        this.hostile = hostile;
    }

    static Gen<Digest> models() {
        return new ModelGenerators(false)::digest;
    }

    /**
     * Hostile models; empty when the model's builders refused what was drawn (an impossible
     * model, such as a title with a line break).
     */
    static Gen<Optional<Digest>> anyModels() {
        ModelGenerators generators = new ModelGenerators(true);
        return in -> {
            try {
                return Optional.of(generators.digest(in));
            } catch (IllegalArgumentException refusedByABuilder) {
                return Optional.empty();
            }
        };
    }

    private Digest digest(RandomnessSource in) {
        Digest.Builder digest = Digest.builder();
        int editions = between(in, 0, 3);
        for (int i = 0; i < editions; i++) {
            boolean headless = i == 0 && chance(in, 10);
            digest.addEditions(edition(in, headless));
        }
        int lines = chance(in, 20) ? between(in, 1, 2) : 0;
        for (int i = 0; i < lines; i++) {
            digest.addUnrecognisedLines(UnrecognisedLine.builder().text("참고: " + text(in, 1, 4)).build());
        }
        int blocks = chance(in, 20) ? between(in, 1, 2) : 0;
        for (int i = 0; i < blocks; i++) {
            String markdown = chance(in, 30) ? "" : "README 본문 " + text(in, 1, 5) + "\n\n- item\n### [not a paper](x)";
            digest.addReadmeBlocks(ReadmeBlock.builder().level(between(in, 1, 2)).heading("About " + i)
                    .markdown(markdown).build());
        }
        return digest.build();
    }

    private Edition edition(RandomnessSource in, boolean headless) {
        Edition.Builder edition = Edition.builder();
        if (!headless) {
            edition.date(LocalDate.of(2023, 1, 1).plusDays(between(in, 0, 700)));
        }
        int papers = between(in, headless ? 1 : 0, 4);
        for (int i = 0; i < papers; i++) {
            edition.addPapers(paper(in));
        }
        return edition.build();
    }

    private Paper paper(RandomnessSource in) {
        String url;
        switch (between(in, 0, 3)) {
            case 0: url = "https://arxiv.org/abs/24" + String.format("%02d.%05d", between(in, 1, 12), between(in, 0, 99999)); break;
            case 1: url = "https://arxiv.org/pdf/2310.0" + between(in, 1000, 9999) + "v2"; break;
            case 2: url = "https://example.org/papers/" + between(in, 1, 99); break;
            default: url = ""; break;
        }
        Paper.Builder paper = Paper.builder().title(title(in)).url(url).arxivId(ArxivIds.fromUrl(url));
        switch (between(in, 0, 2)) {
            case 0: paper.media(Media.of(MediaType.IMAGE, "https://cdn.example.org/t/" + between(in, 1, 999) + ".png")); break;
            case 1: paper.media(Media.of(MediaType.VIDEO, "https://cdn.example.org/v/" + between(in, 1, 999) + ".mp4")); break;
            default: break;
        }
        if (chance(in, 80)) {
            paper.votes(between(in, 0, 999));
        }
        Set<String> authors = new LinkedHashSet<>();
        int count = between(in, 0, 5);
        for (int i = 0; i < count; i++) {
            authors.add(NAMES[between(in, 0, NAMES.length - 1)] + (hostile && chance(in, 10) ? piece(in) : ""));
        }
        authors.forEach(name -> paper.addAuthors(Author.of(name)));
        int sections = between(in, 0, 4);
        for (int i = 0; i < sections; i++) {
            paper.addSections(section(in));
        }
        return paper.build();
    }

    private String title(RandomnessSource in) {
        String[] titles = {"SparseKV: Smaller Caches", "Attention $\\mathcal{O}(n)$", "[RE] Replicating X",
            "Ask Me (Anything)", "한국어 제목 LLM", "Q&A <Bench>", "Title with * star"};
        return titles[between(in, 0, titles.length - 1)] + (hostile && chance(in, 15) ? piece(in) : "");
    }

    private Section section(RandomnessSource in) {
        Section.Builder section = Section.builder();
        switch (between(in, 0, 4)) {
            case 0: section.kind(SectionKind.WHATS_NEW).label(chance(in, 80) ? "What's New" : "What\u2019s New"); break;
            case 1: section.kind(SectionKind.TECHNICAL_DETAILS).label(chance(in, 80) ? "Technical Details" : "technical details"); break;
            case 2: section.kind(SectionKind.PERFORMANCE_HIGHLIGHTS).label("Performance Highlights"); break;
            case 3: section.kind(SectionKind.OTHER).label(LABELS[between(in, 0, LABELS.length - 1)]); break;
            default: section.kind(SectionKind.POINT); break;
        }
        StringBuilder text = new StringBuilder(text(in, 1, 12));
        int continuation = chance(in, 20) ? between(in, 1, 2) : 0;
        for (int i = 0; i < continuation; i++) {
            text.append('\n').append(chance(in, 50) ? "  " : "").append(text(in, 1, 6));
        }
        return section.text(text.toString()).build();
    }

    private String text(RandomnessSource in, int min, int max) {
        List<String> words = new ArrayList<>();
        int count = between(in, min, max);
        for (int i = 0; i < count; i++) {
            words.add(hostile && chance(in, 8) ? piece(in) : WORDS[between(in, 0, WORDS.length - 1)]);
        }
        return String.join(" ", words);
    }

    private String piece(RandomnessSource in) {
        return HOSTILE[between(in, 0, HOSTILE.length - 1)];
    }
}
