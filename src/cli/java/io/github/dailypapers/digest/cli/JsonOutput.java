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
import io.github.dailypapers.digest.model.SourceSpan;
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
        try (Streamed object = begin(source)) {
            object.add(digest);
            object.end();
        }
    }

    /** Starts the object of one input, to which its parts are added in order. */
    Streamed begin(String source) throws IOException {
        return new Streamed(source);
    }

    /** Indents every line after the first by two spaces. */
    private static final class Indented extends java.io.FilterWriter {
        Indented(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(c);
            if (c == '\n') {
                out.write("  ");
            }
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(chars[i]);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(s.charAt(i));
            }
        }
    }

    /** What writes one item of a spooled array. */
    private interface Item {
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * The JSON object of one input, written as its parts come: editions go straight to the
     * output (an edition split between parts stays one object), README blocks, unrecognised
     * lines and diagnostics are spooled and copied after them, so the object is still one line
     * with its fields in the usual order.
     */
    final class Streamed implements AutoCloseable {
        private final JsonGenerator json;
        private final SpillWriter blocks = new SpillWriter();
        private final SpillWriter lines = new SpillWriter();
        private final SpillWriter diagnostics = new SpillWriter();
        private final long[] counts = new long[3];
        private boolean editionOpen;
        /** The heading of the open edition: a part that starts with the same heading continues it. */
        private Optional<SourceSpan> openHeading = Optional.empty();

        private Streamed(String source) throws IOException {
            json = FACTORY.createGenerator(out);
            if (pretty) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            json.writeStartObject();
            json.writeNumberField("schema", SCHEMA_VERSION);
            json.writeStringField("source", source);
            json.writeArrayFieldStart("editions");
        }

        /** Writes the next part of the input. */
        void add(Digest part) throws IOException {
            for (Edition edition : part.editions()) {
                boolean continues = editionOpen && edition.headingSpan().isPresent()
                        && edition.headingSpan().equals(openHeading);
                if (!continues) {
                    closeEdition();
                    openEdition(json, edition);
                    editionOpen = true;
                    openHeading = edition.headingSpan();
                }
                for (Paper paper : edition.papers()) {
                    writePaper(json, paper);
                }
            }
            for (ReadmeBlock block : part.readmeBlocks()) {
                item(blocks, 0, g -> {
                    g.writeStartObject();
                    g.writeStringField("heading", block.heading());
                    g.writeNumberField("level", block.level());
                    g.writeNumberField("line", block.span().orElseThrow().line());
                    g.writeStringField("markdown", block.markdown());
                    g.writeEndObject();
                });
            }
            for (UnrecognisedLine line : part.unrecognisedLines()) {
                item(lines, 1, g -> {
                    g.writeStartObject();
                    g.writeNumberField("line", line.span().orElseThrow().line());
                    g.writeNumberField("column", line.span().orElseThrow().column());
                    g.writeStringField("text", line.text());
                    g.writeEndObject();
                });
            }
            for (Diagnostic diagnostic : part.diagnostics()) {
                item(diagnostics, 2, g -> {
                    g.writeStartObject();
                    g.writeStringField("severity", diagnostic.severity().name());
                    g.writeStringField("code", diagnostic.code().name());
                    g.writeNumberField("line", diagnostic.line());
                    g.writeNumberField("column", diagnostic.column());
                    g.writeStringField("message", diagnostic.message());
                    g.writeEndObject();
                });
            }
            json.flush();
        }

        /** Writes the spooled arrays and ends the object and its line. */
        void end() throws IOException {
            closeEdition();
            json.writeEndArray();
            json.flush();
            // The generator has written an open object; the rest is copied in as it was spooled.
            copy("blocks", blocks, counts[0]);
            copy("unrecognisedLines", lines, counts[1]);
            copy("diagnostics", diagnostics, counts[2]);
            out.write(pretty ? "\n}" : "}");
            out.write('\n');
            out.flush();
        }

        private void closeEdition() throws IOException {
            if (editionOpen) {
                json.writeEndArray();
                json.writeEndObject();
                editionOpen = false;
                openHeading = Optional.empty();
            }
        }

        private void item(SpillWriter spool, int array, Item item) throws IOException {
            if (counts[array]++ > 0) {
                spool.write(pretty ? ", " : ",");
            }
            try (JsonGenerator g = FACTORY.createGenerator(spool)) {
                if (pretty) {
                    g.setPrettyPrinter(new DefaultPrettyPrinter());
                }
                item.write(g);
            }
        }

        private void copy(String name, SpillWriter spool, long count) throws IOException {
            out.write(pretty ? ",\n  \"" + name + "\" : [ " : ",\"" + name + "\":[");
            // Items were indented as top-level values; in the object they sit one level deeper.
            spool.copyTo(pretty ? new Indented(out) : out);
            out.write(pretty ? (count == 0 ? "]" : " ]") : "]");
        }

        @Override
        public void close() throws IOException {
            blocks.close();
            lines.close();
            diagnostics.close();
        }
    }

    /** Writes an edition's fields up to the start of its papers array. */
    private static void openEdition(JsonGenerator json, Edition edition) throws IOException {
        json.writeStartObject();
        writeNullable(json, "date", edition.date().map(Object::toString));
        json.writeStringField("heading", edition.heading().orElse(""));
        json.writeNumberField("line", edition.span().orElseThrow().line());
        json.writeArrayFieldStart("papers");
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
