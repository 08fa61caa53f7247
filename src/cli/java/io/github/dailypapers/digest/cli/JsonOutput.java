package io.github.dailypapers.digest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Edition;
import io.github.dailypapers.digest.model.Gloss;
import io.github.dailypapers.digest.model.Media;
import io.github.dailypapers.digest.model.Paper;
import io.github.dailypapers.digest.model.ReadmeBlock;
import io.github.dailypapers.digest.model.Section;
import io.github.dailypapers.digest.model.UnrecognisedLine;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes digests as the versioned JSON contract of {@code docs/cli.md}
 * ({@code docs/schema/digest-v1.schema.json}): one compact object per input and line.
 */
final class JsonOutput {

    static final int SCHEMA_VERSION = 1;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final Writer out;
    private final boolean pretty;

    JsonOutput(Writer out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    void write(String source, Digest digest) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            json.writeStartObject();
            json.writeNumberField("schema", SCHEMA_VERSION);
            json.writeStringField("source", source);
            json.writeArrayFieldStart("editions");
            for (Edition edition : digest.editions()) {
                writeEdition(json, edition);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("blocks");
            for (ReadmeBlock block : digest.readmeBlocks()) {
                json.writeStartObject();
                json.writeStringField("heading", block.heading());
                json.writeNumberField("level", block.level());
                json.writeNumberField("line", block.span().orElseThrow().line());
                json.writeStringField("markdown", block.markdown());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unrecognisedLines");
            for (UnrecognisedLine line : digest.unrecognisedLines()) {
                json.writeStartObject();
                json.writeNumberField("line", line.span().orElseThrow().line());
                json.writeNumberField("column", line.span().orElseThrow().column());
                json.writeStringField("text", line.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic diagnostic : digest.diagnostics()) {
                json.writeStartObject();
                json.writeStringField("severity", diagnostic.severity().name());
                json.writeStringField("code", diagnostic.code().name());
                json.writeNumberField("line", diagnostic.line());
                json.writeNumberField("column", diagnostic.column());
                json.writeStringField("message", diagnostic.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeEdition(JsonGenerator json, Edition edition) throws IOException {
        json.writeStartObject();
        writeNullable(json, "date", edition.date().map(Object::toString));
        json.writeStringField("heading", edition.heading().orElse(""));
        json.writeNumberField("line", edition.span().orElseThrow().line());
        json.writeArrayFieldStart("papers");
        for (Paper paper : edition.papers()) {
            writePaper(json, paper);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePaper(JsonGenerator json, Paper paper) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", paper.title());
        json.writeStringField("url", paper.url().orElse(""));
        writeNullable(json, "arxivId", paper.arxivId());
        if (paper.media().isPresent()) {
            Media media = paper.media().get();
            json.writeObjectFieldStart("media");
            json.writeStringField("type", media.type().name().toLowerCase(Locale.ROOT));
            json.writeStringField("url", media.url());
            json.writeEndObject();
        } else {
            json.writeNullField("media");
        }
        if (paper.votes().isPresent()) {
            json.writeNumberField("votes", paper.votes().getAsInt());
        } else {
            json.writeNullField("votes");
        }
        json.writeArrayFieldStart("authors");
        for (Author author : paper.authors()) {
            json.writeString(author.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sections");
        for (Section section : paper.sections()) {
            writeSection(json, section);
        }
        json.writeEndArray();
        json.writeNumberField("line", paper.span().orElseThrow().line());
        json.writeEndObject();
    }

    private static void writeSection(JsonGenerator json, Section section) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", section.kind().name());
        writeNullable(json, "label", section.label());
        json.writeStringField("text", section.text());
        json.writeNumberField("line", section.span().orElseThrow().line());
        json.writeArrayFieldStart("glosses");
        for (Gloss gloss : section.glosses()) {
            json.writeStartObject();
            json.writeStringField("term", gloss.term());
            writeNullable(json, "gloss", gloss.gloss());
            writeNullable(json, "acronym", gloss.acronym());
            json.writeStringField("kind", gloss.kind().name());
            json.writeNumberField("line", gloss.span().orElseThrow().line());
            json.writeNumberField("column", gloss.span().orElseThrow().column());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeNullable(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }
}
