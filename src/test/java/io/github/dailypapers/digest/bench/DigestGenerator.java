package io.github.dailypapers.digest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes realistic, entirely fictional Daily Papers digests for benchmarks and tests: Korean-heavy
 * summaries with English terms glossed in parentheses, in every dialect of the format (the
 * compact oldest layout with unlabeled points, {@code **Label**:} labels with video media and
 * {@code Vote: -}, Python-list authors, README wrappers, the current {@code ***Label***:}
 * dialect).
 *
 * <p>The output is a pure function of the seed and the arguments (a SplitMix64 generator, no
 * {@code java.util.Random}, no hashing of unordered collections), so a benchmark text can be
 * re-created anywhere. Archives are generated one day at a time and can be streamed to disk,
 * so a multi-gigabyte file needs only a few kilobytes of heap.
 *
 * <pre>{@code
 * DigestGenerator generator = new DigestGenerator(42);
 * String day = generator.day(LocalDate.of(2025, 3, 14), Dialect.CURRENT, false);
 * String archive = new DigestGenerator(42).archive(8 << 20);     // about 8 MB of UTF-8
 * }</pre>
 *
 * <p>Command line (via {@code -Pbenchmark}, see docs/performance.md):
 * {@code DigestGenerator --seed 1 --size 1g --out /tmp/archive.md}.
 */
public final class DigestGenerator {

    /** The dialects of the format, oldest first. */
    public enum Dialect {
        /** No blank lines, unlabeled points, often {@code Vote: -} and Python-list authors. */
        COMPACT_OLDEST,
        /** Blank lines, {@code **Label**:} labels (sometimes mixed), video media, {@code Vote: -}. */
        BOLD_LABELS,
        /** The current dialect: {@code ***Label***:} labels, thumbnails, plain author lists. */
        CURRENT
    }

    /** What was generated, to check a parse against. All counts are exact. */
    public static final class Stats {
        long chars;
        long utf8Bytes;
        long editions;
        long papers;
        long sections;
        long readmeBlocks;
        long votePlaceholders;
        long videoLinksWithoutParens;
        long authorPlaceholders;
        long duplicateAuthors;

        /** @return UTF-16 chars written */
        public long chars() { return chars; }
        /** @return UTF-8 bytes written */
        public long utf8Bytes() { return utf8Bytes; }
        /** @return date headings (editions) written */
        public long editions() { return editions; }
        /** @return paper entries written */
        public long papers() { return papers; }
        /** @return bullets (sections) written */
        public long sections() { return sections; }
        /** @return README blocks (level-1/2 headings other than date headings) written */
        public long readmeBlocks() { return readmeBlocks; }
        /** @return {@code Vote: -} lines written */
        public long votePlaceholders() { return votePlaceholders; }
        /** @return {@code [Watch Video]url} lines written */
        public long videoLinksWithoutParens() { return videoLinksWithoutParens; }
        /** @return {@code +} author items written */
        public long authorPlaceholders() { return authorPlaceholders; }
        /** @return repeated author names written */
        public long duplicateAuthors() { return duplicateAuthors; }

        /** @return the warnings a parse must report: one per placeholder, bug and duplicate */
        public long expectedWarnings() {
            return votePlaceholders + videoLinksWithoutParens + authorPlaceholders + duplicateAuthors;
        }

        void add(Stats other) {
            chars += other.chars;
            utf8Bytes += other.utf8Bytes;
            editions += other.editions;
            papers += other.papers;
            sections += other.sections;
            readmeBlocks += other.readmeBlocks;
            votePlaceholders += other.votePlaceholders;
            videoLinksWithoutParens += other.videoLinksWithoutParens;
            authorPlaceholders += other.authorPlaceholders;
            duplicateAuthors += other.duplicateAuthors;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d UTF-8 bytes, %,d chars, %,d editions, %,d papers, %,d sections, "
                    + "%,d README blocks, %,d expected warnings", utf8Bytes, chars, editions, papers, sections,
                    readmeBlocks, expectedWarnings());
        }
    }

    /** A technical term: Korean, English, and an acronym or null. All common vocabulary. */
    private record Term(String korean, String english, String acronym) {}

    private static final Term[] TERMS = {
        new Term("키-값 캐시", "Key-Value Cache", "KV"),
        new Term("저랭크 적응", "low-rank adaptation", "LoRA"),
        new Term("대형 언어 모델", "Large Language Models", "LLMs"),
        new Term("소형 언어 모델", "Small Language Model", "SLM"),
        new Term("강화 학습", "Reinforcement Learning", "RL"),
        new Term("희소 주의", "sparse attention", null),
        new Term("지식 증류", "knowledge distillation", "KD"),
        new Term("전문가 혼합", "Mixture of Experts", "MoE"),
        new Term("검색 증강 생성", "Retrieval-Augmented Generation", "RAG"),
        new Term("사고의 연쇄", "Chain of Thought", "CoT"),
        new Term("확산 모델", "diffusion model", null),
        new Term("시각 언어 모델", "Vision-Language Models", "VLMs"),
        new Term("직접 선호 최적화", "Direct Preference Optimization", "DPO"),
        new Term("보상 모델", "reward model", "RM"),
        new Term("양자화", "quantization", null),
        new Term("음성 인식", "speech recognition", "ASR"),
        new Term("그룹 상대 정책 최적화", "Group Relative Policy Optimization", "GRPO"),
        new Term("토큰 병합", "token merging", null),
        new Term("위치 인코딩", "positional encoding", null),
        new Term("자기회귀 디코딩", "autoregressive decoding", null),
        new Term("추측 디코딩", "speculative decoding", null),
        new Term("장문 맥락", "long context", null),
        new Term("합성 데이터", "synthetic data", null),
        new Term("제로샷 일반화", "zero-shot generalization", null),
        new Term("비전 인코더", "Vision Encoder", "ViT"),
        new Term("신경 방사장", "Neural Radiance Fields", "NeRF"),
        new Term("가우시안 스플래팅", "Gaussian Splatting", "3DGS"),
        new Term("인간 피드백 기반 강화 학습", "Reinforcement Learning from Human Feedback", "RLHF"),
        new Term("지시 조정", "instruction tuning", null),
        new Term("상태 공간 모델", "State Space Model", "SSM"),
        new Term("멀티모달 명령 데이터", "multimodal instruction data", null),
        new Term("의사-라벨링", "pseudo-labeling", null),
        new Term("변이 자동 인코더", "Variational Autoencoder", "VAE"),
        new Term("질문 응답", "Question Answering", "QA"),
        new Term("잠재 확산 모델", "Latent Diffusion Models", "LDMs"),
        new Term("모델 병합", "model merging", null),
        new Term("에이전트 프레임워크", "agent framework", null),
        new Term("데이터 큐레이션", "data curation", null),
        new Term("비디오 생성", "video generation", null),
        new Term("객체 탐지", "object detection", null),
        new Term("그래프 신경망", "Graph Neural Network", "GNN"),
        new Term("연합 학습", "Federated Learning", "FL"),
        new Term("프로세스 보상 모델", "Process Reward Model", "PRM"),
        new Term("맥락 내 학습", "in-context learning", "ICL"),
        new Term("자기 지도 학습", "self-supervised learning", "SSL"),
        new Term("지역 확률적 경사 하강법", "Local-SGD", null),
    };

    private static final String[] NOUNS = {
        "성능", "효율", "정확도", "처리량", "지연 시간", "메모리 사용량", "일반화 능력", "추론 비용", "학습 안정성",
        "데이터 품질", "확장성", "견고성", "해석 가능성", "수렴 속도", "표현력", "정렬", "다양성", "재현성",
    };
    private static final String[] SUBJECTS = {
        "이 연구는", "저자들은", "이 논문은", "제안된 방법은", "연구진은", "이 프레임워크는", "실험은", "새로운 접근법은",
    };
    private static final String[] CONNECTIVES = {"또한", "특히", "이를 통해", "나아가", "그 결과", "한편", "이와 함께"};
    private static final String[] BENCHMARKS = {
        "MMLU", "GSM8K", "HumanEval", "LongBench", "VBench", "MATH", "ARC-Challenge", "ImageNet", "COCO", "MT-Bench",
    };
    private static final String[] NAME_PARTS_A = {
        "Sparse", "Tiny", "Fast", "Long", "Omni", "Deep", "Meta", "Open", "Flash", "Hyper", "Neuro", "Quant",
        "Vision", "Step", "Chain", "Auto", "Mega", "Mini", "Swift", "Echo",
    };
    private static final String[] NAME_PARTS_B = {
        "KV", "Critic", "Cache", "Mind", "Bench", "Former", "Agent", "Diff", "Gen", "Mamba", "Lens", "Pilot",
        "Tune", "Prune", "Mix", "Scope", "Forge", "Nav",
    };
    private static final String[] TITLE_VERBS = {
        "Scaling", "Pruning", "Rethinking", "Accelerating", "Aligning", "Distilling", "Compressing", "Unifying",
        "Evaluating", "Training", "Steering", "Grounding",
    };
    private static final String[] TITLE_OBJECTS = {
        "the Key-Value Cache", "Vision-Language Models", "Reward Models", "Long-Context Reasoning", "Diffusion Transformers",
        "Multimodal Agents", "Small Language Models", "Speculative Decoding", "Mixture-of-Experts Routing",
        "Video Generation", "3D Scene Reconstruction", "Instruction Data",
    };
    private static final String[] TITLE_TAILS = {
        "at Inference Time", "with Synthetic Data", "without Labels", "for Edge Devices", "via Self-Play",
        "in the Wild", "at Scale", "with Step-Level Feedback", "Beyond Text", "on a Budget",
    };
    private static final String[] GIVEN = {
        "Minji", "Daniel", "Seo-yeon", "Ana", "Bo", "Wei", "Yuki", "Priya", "Lukas", "Chloé", "Jae-won", "Mateo",
        "Aisha", "Hyun-woo", "Olga", "Kenji", "Zoë", "Tomás", "Ji-hoon", "Mei", "Rahul", "Sofia", "Ivan", "Hana",
        "Conor", "Nadia", "Yong", "Fatima", "Eun-ji", "Marco",
    };
    private static final String[] FAMILY = {
        "Kim", "Park", "Lee", "Chen", "Wang", "Silva", "Tanaka", "Sharma", "Müller", "Dubois", "Choi", "García",
        "O'Neil", "Novak", "Yamamoto", "Zhang", "Lefèvre", "Jung", "Rossi", "Petrova", "O'Brien", "Han", "Liu", "Khan",
    };
    private static final String[] ORGANISATIONS = {"Example Labs", "Fictional AI", "Placeholder Research"};
    private static final String[] EXTRA_LABELS = {
        "Limitations", "Related Work", "Conclusion", "What's New - Related Work", "고찰", "비전 인코더 (Vision Encoder)",
    };
    private static final String[] STANDARD_LABELS = {"What's New", "Technical Details", "Performance Highlights"};

    private long state;

    /**
     * A generator; the same seed always gives the same text.
     *
     * @param seed any value
     */
    public DigestGenerator(long seed) {
        this.state = seed;
    }

    // ---- randomness: SplitMix64, fully specified here ----------------------------------------

    private long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private int below(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    private int between(int min, int max) {
        return min + below(max - min + 1);
    }

    private boolean chance(int percent) {
        return below(100) < percent;
    }

    private <T> T pick(T[] items) {
        return items[below(items.length)];
    }

    // ---- documents ------------------------------------------------------------------------------

    /**
     * One day's digest.
     *
     * @param date the edition's date
     * @param dialect the dialect
     * @param readmeWrapper whether to wrap the edition in a README page
     * @return the digest's text
     */
    public String day(LocalDate date, Dialect dialect, boolean readmeWrapper) {
        StringBuilder out = new StringBuilder(16 * 1024);
        day(out, date, dialect, readmeWrapper, new Stats());
        return out.toString();
    }

    /**
     * An archive of about {@code utf8Bytes} bytes (whole days, so a little more): consecutive
     * days from 2023-05-01 with the dialects of their time (the oldest first), one day in twenty
     * wrapped in a README page.
     *
     * @param utf8Bytes the size to reach
     * @return the archive's text
     */
    public String archive(long utf8Bytes) {
        return archive(utf8Bytes, null);
    }

    /**
     * An archive in one dialect (see {@link #archive(long)}).
     *
     * @param utf8Bytes the size to reach
     * @param dialect the dialect of every day, or null for the dialects of their time
     * @return the archive's text
     */
    public String archive(long utf8Bytes, Dialect dialect) {
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 64, utf8Bytes * 6 / 10 + 16 * 1024));
        try {
            archive(out, utf8Bytes, dialect);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Writes an archive (see {@link #archive(long)}) to any {@link Appendable}, one day at a time.
     *
     * @param out where to write
     * @param utf8Bytes the size to reach
     * @param dialect the dialect of every day, or null for the dialects of their time
     * @return what was written
     * @throws IOException if writing fails
     */
    public Stats archive(Appendable out, long utf8Bytes, Dialect dialect) throws IOException {
        Stats total = new Stats();
        LocalDate date = LocalDate.of(2023, 5, 1);
        StringBuilder day = new StringBuilder(32 * 1024);
        // The dialects follow each other in the archive as they did in time: the first sixth is
        // the oldest layout, the next third bold labels, the rest the current dialect.
        while (total.utf8Bytes < utf8Bytes) {
            Dialect d = dialect;
            if (d == null) {
                long position = total.utf8Bytes * 6 / Math.max(1, utf8Bytes);
                d = position < 1 ? Dialect.COMPACT_OLDEST : position < 3 ? Dialect.BOLD_LABELS : Dialect.CURRENT;
            }
            day.setLength(0);
            Stats stats = new Stats();
            day(day, date, d, chance(5), stats);
            out.append(day);
            total.add(stats);
            date = date.plusDays(1);
        }
        return total;
    }

    /**
     * Writes an archive of about {@code utf8Bytes} bytes to a file, as UTF-8.
     *
     * @param file the file (replaced)
     * @param utf8Bytes the size to reach
     * @return what was written
     * @throws IOException if writing fails
     */
    public Stats writeArchive(Path file, long utf8Bytes) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            return archive(writer, utf8Bytes, null);
        }
    }

    private void day(StringBuilder out, LocalDate date, Dialect dialect, boolean readmeWrapper, Stats stats) {
        int begin = out.length();
        boolean compact = dialect == Dialect.COMPACT_OLDEST;
        if (readmeWrapper) {
            out.append("# Daily Papers\n\n## Project Description\n\n")
                    .append("매일 올라오는 머신러닝 논문을 한국어로 요약합니다. 이 저장소의 내용은 예시입니다.\n")
                    .append("[Papers](https://papers.example.org) 기반.\n\n");
            stats.readmeBlocks += 2;
        }
        out.append("## Daily Papers (").append(date).append(")\n");
        stats.editions++;
        if (!compact) {
            out.append('\n');
        }
        int papers = between(3, 10);
        for (int i = 0; i < papers; i++) {
            paper(out, date, i, dialect, stats);
        }
        if (readmeWrapper) {
            out.append("## License\n\nThis project is licensed under CC BY-NC 4.0 (fictional example).\n\n")
                    .append("## Citation\n\n```bibtex\n@misc{daily_papers_example,\n  title = {Daily Papers},\n}\n```\n\n")
                    .append("## Star History\n\n![Star History Chart](https://charts.example.org/star.svg)\n\n");
            stats.readmeBlocks += 3;
        }
        for (int i = begin, n = out.length(); i < n; i++) {
            char c = out.charAt(i);
            stats.utf8Bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        stats.chars += out.length() - begin;
    }

    private void paper(StringBuilder out, LocalDate date, int index, Dialect dialect, Stats stats) {
        boolean compact = dialect == Dialect.COMPACT_OLDEST;
        String arxivId = String.format(Locale.ROOT, "%02d%02d.%05d", date.getYear() % 100, date.getMonthValue(),
                below(30000) + index);
        String name = pick(NAME_PARTS_A) + pick(NAME_PARTS_B);
        out.append("### [").append(title(name)).append("](");
        out.append(chance(3) ? "/papers/" : "https://arxiv.org/abs/").append(arxivId);
        if (chance(10)) {
            out.append('v').append(between(2, 4));
        }
        out.append(")\n");
        stats.papers++;
        String gap = compact ? "" : "\n";
        out.append(gap);

        // Media: thumbnails mostly; videos in the bold-label period; some entries have none.
        int media = below(100);
        if (dialect == Dialect.BOLD_LABELS && media < 30) {
            String video = "https://cdn.example.org/v/" + Long.toHexString(nextLong() & 0xFFFFFFFFFL) + ".mp4";
            int form = below(10);
            if (form < 6) {
                out.append("[Watch Video](").append(video).append(")\n");
                out.append("<div><video controls src=\"").append(video).append("\" muted=\"false\"></video></div>\n");
            } else if (form < 8) {
                out.append("[Watch Video]").append(video).append('\n');
                out.append("<div><video controls src=\"").append(video).append("\" muted=\"false\"></video></div>\n");
                stats.videoLinksWithoutParens++;
            } else {
                out.append("<video src='").append(video).append("'></video>\n");
            }
            out.append(gap);
        } else if (media < 92) {
            out.append("![](https://cdn.example.org/thumbs/").append(arxivId).append(".png)\n").append(gap);
        }

        if (dialect != Dialect.CURRENT && chance(15)) {
            out.append("Vote: -\n").append(gap);
            stats.votePlaceholders++;
        } else if (!chance(5)) {
            out.append("Vote: ").append(chance(70) ? below(20) : below(300)).append('\n').append(gap);
        }

        authors(out, dialect, stats);
        out.append(gap);

        if (compact) {
            int points = between(3, 12);
            for (int i = 0; i < points; i++) {
                out.append("- ");
                sentences(out, name, between(1, 2));
                out.append('\n');
            }
            stats.sections += points;
            return; // the last point runs straight into the next heading
        }
        List<String> labels = new ArrayList<>(List.of(STANDARD_LABELS));
        if (chance(10)) {
            labels.remove(below(labels.size()));
        }
        if (chance(12)) {
            labels.add(below(labels.size() + 1), pick(EXTRA_LABELS));
        }
        for (String label : labels) {
            String stars = dialect == Dialect.CURRENT ? (chance(2) ? "**" : "***") : (chance(20) ? "***" : "**");
            String shown = label.equals("What's New") && chance(5) ? "What’s New" : label;
            out.append("- ").append(stars).append(shown).append(stars).append(": ");
            sentences(out, name, between(2, 4));
            if (chance(3)) {
                out.append(' '); // a trailing space, as the generator sometimes left
            }
            out.append('\n');
            if (chance(6)) {
                continuation(out, name);
            }
            stats.sections++;
        }
        out.append('\n');
    }

    private String title(String name) {
        StringBuilder title = new StringBuilder(name).append(": ")
                .append(pick(TITLE_VERBS)).append(' ').append(pick(TITLE_OBJECTS)).append(' ').append(pick(TITLE_TAILS));
        switch (below(25)) {
            case 0: title.append(" (v2)"); break;
            case 1: title.insert(title.indexOf(":") + 2, "[Re] "); break;
            case 2: title.append(" with $\\alpha$-Scaling"); break;
            case 3: title.append(": >80% Fewer FLOPs"); break;
            default: break;
        }
        return title.toString();
    }

    private void authors(StringBuilder out, Dialect dialect, Stats stats) {
        int count = between(1, 14);
        List<String> names = new ArrayList<>(count);
        while (names.size() < count) {
            String name = chance(4) ? pick(ORGANISATIONS) : pick(GIVEN) + " " + pick(FAMILY);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        boolean pythonList = dialect != Dialect.CURRENT && chance(dialect == Dialect.COMPACT_OLDEST ? 60 : 25);
        if (dialect != Dialect.CURRENT && chance(10)) {
            names.add(names.get(below(names.size()))); // the generator listed a name twice
            stats.duplicateAuthors++;
        }
        if (!pythonList && chance(5)) {
            names.add("+"); // "+N more"
            stats.authorPlaceholders++;
        }
        out.append("Authors: ");
        if (pythonList) {
            out.append('[');
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                out.append(i == 0 ? "" : ", ").append(name.indexOf('\'') >= 0 ? "\"" + name + "\"" : "'" + name + "'");
            }
            out.append(']');
        } else {
            out.append(String.join(", ", names));
        }
        out.append('\n');
    }

    private void continuation(StringBuilder out, String name) {
        switch (below(3)) {
            case 0:
                out.append("  - (1) ");
                sentences(out, name, 1);
                out.append("\n  - (2) ");
                sentences(out, name, 1);
                out.append('\n');
                break;
            case 1:
                out.append("1) ");
                sentences(out, name, 1);
                out.append('\n');
                break;
            default:
                sentences(out, name, 1);
                out.append('\n');
                break;
        }
    }

    // ---- Korean prose with glossed English terms -----------------------------------------------

    private void sentences(StringBuilder out, String name, int count) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ').append(pick(CONNECTIVES)).append(", ");
            }
            sentence(out, name);
        }
    }

    private void sentence(StringBuilder out, String name) {
        switch (below(8)) {
            case 0:
                out.append(name).append(particle(name, "은", "는")).append(' ');
                term(out, "을", "를");
                out.append(" 활용하여 ");
                plain(out, "의", "의");
                out.append(' ').append(noun("을", "를")).append(" 크게 개선하는 새로운 방법을 제안합니다.");
                break;
            case 1:
                out.append(pick(SUBJECTS)).append(' ');
                term(out, "과", "와");
                out.append(" ");
                term(out, "을", "를");
                out.append(" 결합하여 ").append(noun("과", "와")).append(' ').append(noun("을", "를"))
                        .append(" 동시에 향상시켰습니다.");
                break;
            case 2:
                out.append(pick(BENCHMARKS)).append(" 실험에서 ").append(name).append(particle(name, "은", "는"))
                        .append(" 기존 방법보다 ").append(between(2, 40)).append('.').append(below(10))
                        .append("% 높은 정확도를 달성했습니다(").append(pick(BENCHMARKS)).append(": ")
                        .append(between(30, 80)).append('.').append(below(10)).append(" → ")
                        .append(between(40, 95)).append('.').append(below(10)).append(").");
                break;
            case 3:
                out.append("이 방법은 ");
                term(out, "에서", "에서");
                out.append(" 발생하는 ").append(pick(NOUNS)).append(" 문제를 해결하기 위해 ");
                term(out, "을", "를");
                out.append(" 단계적으로 적용합니다.");
                break;
            case 4:
                out.append("처리량이 ").append(between(1, 5)).append('.').append(below(10)).append("배 향상되었고, ")
                        .append(noun("은", "는")).append(' ').append(between(10, 70)).append("% 줄었습니다.");
                break;
            case 5:
                out.append("제안된 파이프라인은 세 단계로 구성됩니다: (1) ");
                term(out, "", "");
                out.append(", (2) ");
                plain(out, "", "");
                out.append(", (3) 평가.");
                break;
            case 6:
                out.append("연구진은 다양한 작업(예: ");
                plain(out, "", "");
                out.append(", ");
                plain(out, "", "");
                out.append(")에서 ");
                term(out, "의", "의");
                out.append(" 효과를 검증했습니다.");
                break;
            default:
                out.append(pick(SUBJECTS)).append(' ');
                term(out, "이", "가");
                out.append(" ").append(pick(NOUNS)).append("에 미치는 영향을 체계적으로 분석하고, ");
                term(out, "을", "를");
                out.append(" 위한 새로운 벤치마크를 공개했습니다.");
                break;
        }
    }

    /** A term in one of the gloss shapes of bilingual.md, in about their real proportions. */
    private void term(StringBuilder out, String afterConsonant, String afterVowel) {
        Term t = pick(TERMS);
        int shape = below(100);
        String spoken;
        if (shape < 46 || t.acronym == null && shape < 84) {
            out.append(t.korean).append('(').append(t.english).append(')');
            spoken = t.korean;
        } else if (shape < 62) {
            out.append(t.korean).append('(').append(t.acronym).append(')');
            spoken = t.korean;
        } else if (shape < 70) {
            out.append(t.english).append(" (").append(t.acronym).append(')');
            spoken = t.english;
        } else if (shape < 76) {
            out.append(t.korean).append('(').append(t.english).append("; ").append(t.acronym).append(')');
            spoken = t.korean;
        } else if (shape < 81) {
            out.append(t.acronym).append('(').append(t.english).append(')');
            spoken = t.acronym;
        } else if (shape < 84) {
            out.append(t.korean).append('(').append(t.english).append(", ").append(t.acronym).append(')');
            spoken = t.korean;
        } else if (shape < 86) {
            out.append(t.english).append('(').append(t.korean).append(')');
            spoken = t.english;
        } else {
            out.append(t.korean); // most mentions are not glossed
            spoken = t.korean;
        }
        out.append(particle(spoken, afterConsonant, afterVowel));
    }

    /** A plain Korean noun with its particle. */
    private String noun(String afterConsonant, String afterVowel) {
        String noun = pick(NOUNS);
        return noun + particle(noun, afterConsonant, afterVowel);
    }

    /** A Korean term without a gloss. */
    private void plain(StringBuilder out, String afterConsonant, String afterVowel) {
        Term t = pick(TERMS);
        out.append(t.korean).append(particle(t.korean, afterConsonant, afterVowel));
    }

    /** The particle form that fits the last syllable (with or without a final consonant). */
    private static String particle(String word, String afterConsonant, String afterVowel) {
        char last = word.charAt(word.length() - 1);
        if (last >= 0xAC00 && last <= 0xD7A3) {
            return (last - 0xAC00) % 28 != 0 ? afterConsonant : afterVowel;
        }
        return "aeiouyAEIOUY".indexOf(last) >= 0 ? afterVowel : afterConsonant;
    }

    // ---- command line ---------------------------------------------------------------------------

    /**
     * Writes an archive to a file: {@code --seed N --size 1g --out FILE} (sizes in UTF-8 bytes,
     * with an optional k/m/g suffix for KiB/MiB/GiB).
     *
     * @param args the arguments
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        long seed = 1;
        long size = 10 * 1024;
        Path outFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed": seed = Long.parseLong(args[i + 1]); break;
                case "--size": size = parseSize(args[i + 1]); break;
                case "--out": outFile = Path.of(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (outFile == null) {
            throw new IllegalArgumentException("usage: DigestGenerator [--seed N] [--size 1g] --out FILE");
        }
        long start = System.nanoTime();
        Stats stats = new DigestGenerator(seed).writeArchive(outFile, size);
        System.out.printf(Locale.ROOT, "%s: %s (%.1f s)%n", outFile, stats, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Parses {@code 123}, {@code 10k}, {@code 8m}, {@code 1g} (binary multiples).
     *
     * @param size the size
     * @return the number of bytes
     */
    public static long parseSize(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * unit;
    }

}
