package io.github.dailypapers.digest.glossary;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.TestResources;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.GlossKind;
import io.github.dailypapers.digest.model.TextRange;
import java.time.LocalDate;
import java.util.List;

/** The fictional archive in {@code src/test/resources/glossary/}, and glosses built by hand. */
final class GlossaryFixtures {

    static final List<String> ARCHIVE = List.of("2024-05-02.md", "2024-06-11.md", "2025-01-15.md");

    private GlossaryFixtures() {}

    static Glossary archive() {
        DigestParser parser = DigestParser.builder().build();
        return Glossary.of(ARCHIVE.stream().map(name -> parser.parse(TestResources.read("/glossary/" + name))).toList());
    }

    static Digest parse(String name) {
        return DigestParser.builder().build().parse(TestResources.read("/glossary/" + name));
    }

    /** A gloss as the finder would report it for the text {@code prefix + term + "(" + group + ")"}. */
    record Found(Gloss gloss, String text) {}

    static Found found(String prefix, String term, String group, GlossKind kind, String gloss, String acronym) {
        String text = prefix + term + "(" + group + ")";
        int start = prefix.length();
        Gloss.Builder b = Gloss.builder().term(term).kind(kind)
                .termRange(new TextRange(start, start + term.length()))
                .groupRange(new TextRange(start + term.length(), text.length()));
        if (gloss != null) {
            b.gloss(gloss);
        }
        if (acronym != null) {
            b.acronym(acronym);
        }
        return new Found(b.build(), text);
    }

    /** Adds a hand-built gloss to a builder, dated. */
    static Glossary.Builder add(Glossary.Builder builder, Found found, String date) {
        builder.add(found.gloss(), found.text(), date == null ? null : LocalDate.parse(date));
        return builder;
    }
}
