package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dailypapers.digest.model.SectionKind;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The allocation-free versions of small helpers must answer exactly as the straightforward
 * String versions they replaced (kept here as the reference).
 */
class FastPathEquivalenceTest {

    private static Gen<String> from(String... pieces) {
        return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 12).map(picks -> {
            StringBuilder s = new StringBuilder();
            picks.forEach(i -> s.append(pieces[i]));
            return s.toString();
        });
    }

    // ---- the reference implementations ----------------------------------------------------------

    private static SectionKind referenceKindOf(String label) {
        switch (label.replace('\u2019', '\'').strip().toLowerCase(Locale.ROOT)) {
            case "what's new": return SectionKind.WHATS_NEW;
            case "technical details": return SectionKind.TECHNICAL_DETAILS;
            case "performance highlights": return SectionKind.PERFORMANCE_HIGHLIGHTS;
            default: return SectionKind.OTHER;
        }
    }

    private static boolean referenceLooksLikeBrokenLabel(String text) {
        if (text.startsWith("***")) {
            return true;
        }
        if (!text.startsWith("**")) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 120));
        return head.contains("*:") || head.contains(":*");
    }

    private static Optional<String> referenceFromUrl(String url) {
        String path = url;
        int cut = -1;
        for (int i = 0; i < path.length() && cut < 0; i++) {
            cut = path.charAt(i) == '?' || path.charAt(i) == '#' ? i : -1;
        }
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String last = path.substring(slash + 1);
        if (last.endsWith(".pdf")) {
            last = last.substring(0, last.length() - 4);
        }
        String parent = path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
        if (!(parent.equals("abs") || parent.equals("pdf") || parent.equals("papers"))) {
            return Optional.empty();
        }
        return ArxivIds.isNewStyleId(last) ? Optional.of(last) : Optional.empty();
    }

    // ---- the properties -------------------------------------------------------------------------

    @Test
    void kindOfAsTheStringVersion() {
        qt().withFixedSeed(1L).withExamples(20_000)
                .forAll(from("what", "What", "WHAT", "'s", "’s", "\u2018s", " ", "\t", "\u00a0", "\u2003", "new", "NEW",
                        "technical", "TECHNİCAL", "detaİls", "details", "performance", "highlights", "Highlights",
                        "\u212a", "x", "고찰", "é"))
                .checkAssert(label -> assertEquals(referenceKindOf(label), SectionLabels.kindOf(label), label));
        for (String label : new String[] {"What's New", "Technical Details", "Performance Highlights", " what’s new ",
            "TECHNICAL DETAILS", "Performance Highlights\t",
            "What's New - Related Work", "Limitations", "", " "}) {
            assertEquals(referenceKindOf(label), SectionLabels.kindOf(label), label);
        }
    }

    @Test
    void brokenLabelAsTheStringVersion() {
        qt().withFixedSeed(2L).withExamples(20_000)
                .forAll(from("*", "**", "***", ":", "*:", ":*", " ", "Technical Details", "텍스트", "x".repeat(60)))
                .checkAssert(text -> {
                    assertEquals(referenceLooksLikeBrokenLabel(text), SectionLabels.looksLikeBrokenLabel(text, 0, text.length()), text);
                    String framed = "- " + text + "\nnext";
                    assertEquals(referenceLooksLikeBrokenLabel(text),
                            SectionLabels.looksLikeBrokenLabel(framed, 2, 2 + text.length()), text);
                });
    }

    @Test
    void arxivIdsAsTheStringVersion() {
        qt().withFixedSeed(3L).withExamples(20_000)
                .forAll(from("https://arxiv.org", "/", "abs", "pdf", "papers", "2503.01234", "2503.1234", "2503.123456",
                        "v2", "v", ".pdf", "?x=1", "#frag", "//", "x", "."))
                .checkAssert(url -> assertEquals(referenceFromUrl(url), ArxivIds.fromUrl(url), url));
    }
}
