package io.github.dailypapers.it.consumer;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.DigestWriter;
import io.github.dailypapers.digest.glossary.Glossary;
import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.DiagnosticCode;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.DigestTraversal;
import io.github.dailypapers.digest.model.DigestVisitor;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.SectionKind;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Uses the library as an application would — parse, visit, build, write — and checks that it
 * needs nothing at run time but itself and the ANTLR runtime: no Immutables (a compile-only
 * annotation processor), no picocli or Jackson (the command line's optional dependencies).
 *
 * <p>The same file is in src/it/module-path-consumer and src/it/classpath-consumer; it checks
 * the module-specific facts when it runs as a named module. It prints what it checked and ends
 * with "CONSUMER OK"; a failed check throws, which makes the JVM exit with status 1.
 */
public final class Main {

    /** A digest in the canonical form, so that writing what was read gives back the same text. */
    private static final String CANONICAL = """
            ## Daily Papers (2025-03-14)

            ### [SparseKV: Pruning the Key-Value Cache](https://arxiv.org/abs/2503.01234)

            ![](https://cdn.example.org/thumbs/2503.01234.png)

            Vote: 17

            Authors: Minji Kim, Daniel O'Neil

            - ***What's New***: 키-값 캐시(Key-Value Cache)를 저랭크 적응(low-rank adaptation)으로 줄입니다.
            - ***Technical Details***: 그룹 쿼리 주의(Grouped-Query Attention; GQA)를 씁니다.
            """;

    private static final String LIBRARY_MODULE = "io.github.dailypapers.digest";
    private static final String ANTLR_MODULE = "org.antlr.antlr4.runtime";

    private Main() {}

    /**
     * Runs every check.
     *
     * @param args ignored
     * @throws Exception if a check cannot run
     */
    public static void main(String[] args) throws Exception {
        boolean modular = Main.class.getModule().isNamed();
        System.out.println("consumer on the " + (modular ? "module path" : "class path")
                + ", Java " + Runtime.version());

        parseVisitWrite();
        buildAndWrite();
        noOptionalClassesAtRunTime();
        if (modular) {
            moduleGraph();
        } else {
            check(!DigestParser.class.getModule().isNamed(), "the library is in the unnamed module");
        }
        loadEveryLibraryClass();

        System.out.println("CONSUMER OK (" + (modular ? "module path" : "class path") + ")");
    }

    private static void parseVisitWrite() {
        DigestParser parser = DigestParser.builder().build();
        Digest digest = parser.parse(CANONICAL);

        check(digest.diagnostics().isEmpty(), "no diagnostics, got " + digest.diagnostics());
        check(digest.editions().size() == 1, "one edition");
        Edition edition = digest.editions().get(0);
        check(edition.date().equals(java.util.Optional.of(LocalDate.of(2025, 3, 14))), "the date");
        Paper paper = edition.papers().get(0);
        check(paper.title().equals("SparseKV: Pruning the Key-Value Cache"), "the title");
        check(paper.arxivId().orElseThrow().equals("2503.01234"), "the arXiv id");
        check(paper.votes().getAsInt() == 17, "the votes");
        check(paper.sections().get(0).kind() == SectionKind.WHATS_NEW, "the first section's kind");

        // A traversal that sums: one per author.
        int authors = digest.accept(new DigestTraversal<Integer>() {
            @Override
            protected Integer defaultResult() {
                return 0;
            }

            @Override
            protected Integer combine(Integer soFar, Integer next) {
                return soFar + next;
            }

            @Override
            public Integer visitAuthor(Author author) {
                return 1;
            }
        });
        check(authors == 2, "2 authors, got " + authors);

        // A traversal for its side effect: the Korean-English glossary.
        Map<String, String> terms = new TreeMap<>();
        digest.accept(new DigestTraversal<Void>() {
            @Override
            public Void visitGloss(Gloss gloss) {
                terms.put(gloss.term(), gloss.gloss().orElse("") + gloss.acronym().map(a -> " (" + a + ")").orElse(""));
                return null;
            }
        });
        check(terms.equals(Map.of(
                "키-값 캐시", "Key-Value Cache",
                "저랭크 적응", "low-rank adaptation",
                "그룹 쿼리 주의", "Grouped-Query Attention (GQA)")), "the glossary, got " + terms);

        // The same glossary through the glossary API, counted and dated.
        Glossary glossary = Glossary.builder().add(digest).build();
        check(glossary.entries().size() == 3 && glossary.conflicts().isEmpty() && glossary.entries().stream()
                .allMatch(e -> e.count() == 1 && e.first().isPresent() && e.first().equals(e.last())),
                "the glossary API, got " + glossary);

        // A visitor implemented in full, as a consumer may.
        List<String> kinds = new ArrayList<>();
        kinds.add(digest.accept(new NodeKinds()));
        kinds.add(paper.accept(new NodeKinds()));
        kinds.add(paper.sections().get(1).glosses().get(0).accept(new NodeKinds()));
        check(kinds.equals(List.of("digest", "paper", "gloss")), "the visitor's results, got " + kinds);

        String written = DigestWriter.write(digest);
        check(written.equals(CANONICAL), "writing gives back the canonical input, got\n" + written);

        Digest lenient = parser.parse("## Daily Papers (2025-03-14)\n\n### [A](https://arxiv.org/abs/2501.00001)\n\nVote: -\n");
        check(lenient.diagnostics().size() == 1
                && lenient.diagnostics().get(0).code() == DiagnosticCode.VOTE_PLACEHOLDER,
                "one VOTE_PLACEHOLDER diagnostic, got " + lenient.diagnostics());
        check(lenient.papers().get(0).votes().isEmpty(), "unknown votes");

        System.out.println("parsed 1 paper with " + authors + " authors and " + terms.size()
                + " glosses; visited; wrote it back unchanged");
    }

    private static void buildAndWrite() {
        Digest built = Digest.builder()
                .addEditions(Edition.builder()
                        .date(LocalDate.of(2025, 3, 15))
                        .addPapers(Paper.builder()
                                .title("Tiny Critics")
                                .url("https://arxiv.org/abs/2503.04321")
                                .arxivId("2503.04321")
                                .votes(3)
                                .addAuthors(Author.of("Seo-yeon Park"))
                                .addSections(Section.builder()
                                        .kind(SectionKind.WHATS_NEW)
                                        .label("What's New")
                                        .text("소형 보상 모델(small reward model)을 씁니다.")
                                        .build())
                                .build())
                        .build())
                .build();
        String markdown = DigestWriter.write(built);
        Digest reread = DigestParser.builder().build().parse(markdown);
        check(reread.equals(built), "a built model reads back equal");
        check(built.toString().contains("Tiny Critics"), "toString of a built model");
        System.out.println("built a model, wrote " + markdown.length() + " chars, read it back equal");
    }

    private static void noOptionalClassesAtRunTime() {
        for (String name : List.of(
                "org.immutables.value.Value", // compile-only annotations of the model
                "picocli.CommandLine", // the command line's optional dependencies
                "com.fasterxml.jackson.core.JsonFactory")) {
            try {
                Class.forName(name);
                throw new AssertionError(name + " must not be on the run-time path");
            } catch (ClassNotFoundException expected) {
                System.out.println("not on the run-time path, as expected: " + name);
            }
        }
        List<String> jars = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            for (String entry : System.getProperty(property, "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    jars.add(Path.of(entry).getFileName().toString());
                }
            }
        }
        for (String jar : jars) {
            check(!jar.contains("immutables") && !jar.contains("picocli") && !jar.contains("jackson"),
                    "only the library and ANTLR on the run-time path, got " + jars);
        }
        System.out.println("run-time path: " + jars);
    }

    private static void moduleGraph() {
        Module library = DigestParser.class.getModule();
        check(library.isNamed() && library.getName().equals(LIBRARY_MODULE), "the library is the named module " + LIBRARY_MODULE);
        check(Main.class.getModule().canRead(library), "the consumer reads the library");
        check(library.isExported("io.github.dailypapers.digest")
                && library.isExported("io.github.dailypapers.digest.model")
                && library.isExported("io.github.dailypapers.digest.glossary"), "the API packages are exported");
        check(!library.isExported("io.github.dailypapers.digest.internal"), "internal is not exported");
        check(!library.getPackages().contains("io.github.dailypapers.digest.cli"), "the command line is not in the module");

        Set<String> mandatory = new TreeSet<>();
        for (ModuleDescriptor.Requires requires : library.getDescriptor().requires()) {
            if (!requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                mandatory.add(requires.name());
            }
        }
        check(mandatory.equals(Set.of("java.base", ANTLR_MODULE)), "the library requires only java.base and ANTLR, got " + mandatory);
        Set<String> all = new TreeSet<>();
        library.getDescriptor().requires().forEach(r -> all.add(r.name()));
        check(all.equals(Set.of("java.base", ANTLR_MODULE, "org.immutables.value.annotations")),
                "besides those, only the compile-only Immutables annotations (requires static), got " + all);

        Set<String> resolved = new TreeSet<>();
        ModuleLayer.boot().configuration().modules().forEach(m -> resolved.add(m.name()));
        check(resolved.contains(ANTLR_MODULE), "the ANTLR runtime is resolved");
        for (String absent : List.of("org.immutables.value.annotations", "info.picocli", "com.fasterxml.jackson.core")) {
            check(ModuleLayer.boot().findModule(absent).isEmpty(), absent + " is not in the module graph");
        }
        System.out.println("module graph: " + LIBRARY_MODULE + " requires " + mandatory);
    }

    /**
     * Loads and links every class of the library jar, with its members' signatures and
     * annotations: a missing class at run time would show here. The jar holds no command line
     * (that is the separate -cli.jar): no class of its package and no Main-Class.
     */
    private static void loadEveryLibraryClass() throws Exception {
        URL location = DigestParser.class.getProtectionDomain().getCodeSource().getLocation();
        Path jar = Path.of(location.toURI());
        ClassLoader loader = DigestParser.class.getClassLoader();
        int classes = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            check(file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Main-Class") == null,
                    "the library jar has no Main-Class");
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                check(!entry.startsWith("io/github/dailypapers/digest/cli/"), "no command line class in the library jar: " + entry);
                if (!entry.endsWith(".class") || entry.endsWith("module-info.class")
                        || entry.startsWith("META-INF/")) {
                    continue;
                }
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                Class<?> type = Class.forName(name, true, loader);
                type.getDeclaredAnnotations();
                type.getGenericSuperclass();
                type.getGenericInterfaces();
                type.getDeclaredFields();
                type.getDeclaredConstructors();
                for (Method method : type.getDeclaredMethods()) {
                    method.getGenericReturnType();
                    method.getGenericParameterTypes();
                    method.getDeclaredAnnotations();
                }
                classes++;
            }
        }
        check(classes > 50, "found the library's classes in " + jar);
        System.out.println("loaded and linked " + classes + " library classes from " + jar.getFileName());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("check failed: " + what);
        }
    }

    /** Names the kind of each element: implements every method of the visitor interface. */
    private static final class NodeKinds implements DigestVisitor<String> {
        @Override
        public String visitDigest(Digest digest) {
            return "digest";
        }

        @Override
        public String visitEdition(Edition edition) {
            return "edition";
        }

        @Override
        public String visitPaper(Paper paper) {
            return "paper";
        }

        @Override
        public String visitMedia(Media media) {
            return "media";
        }

        @Override
        public String visitAuthor(Author author) {
            return "author";
        }

        @Override
        public String visitSection(Section section) {
            return "section";
        }

        @Override
        public String visitGloss(Gloss gloss) {
            return "gloss";
        }

        @Override
        public String visitReadmeBlock(ReadmeBlock block) {
            return "readme block";
        }

        @Override
        public String visitUnrecognisedLine(UnrecognisedLine line) {
            return "unrecognised line";
        }
    }
}
