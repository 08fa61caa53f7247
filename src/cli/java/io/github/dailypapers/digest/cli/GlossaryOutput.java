package io.github.dailypapers.digest.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.dailypapers.digest.glossary.GlossaryConflict;
import io.github.dailypapers.digest.glossary.GlossaryEntry;
import io.github.dailypapers.digest.glossary.RejectedEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code digest glossary} shows a glossary: a table that fits the terminal for people, TSV
 * and JSON Lines with full cells for programs. Entries, conflicts and rejected glosses each
 * have their own shape.
 */
final class GlossaryOutput {

    /** The output forms. */
    enum Form { TABLE, TSV, JSON }

    private final PrintWriter out;
    private final Form form;
    private final int width;

    GlossaryOutput(PrintWriter out, Form form, int width) {
        this.out = out;
        this.form = form;
        this.width = width;
    }

    /** The entries; the table's footer says how many glosses were left out as unsound. */
    void entries(List<GlossaryEntry> entries, int rejected) throws IOException {
        switch (form) {
            case JSON -> {
                for (GlossaryEntry e : entries) {
                    json(e, null);
                }
            }
            case TSV -> {
                out.println("count\tterm\tgloss\tacronym\tkind\tfirst\tlast");
                entries.forEach(e -> out.println(tsv(e)));
            }
            case TABLE -> {
                TextTable table = entryTable();
                entries.forEach(e -> table.add(entryCells(e, null)));
                List<String> left = print(table, entries.size());
                out.println(entries.size() + (entries.size() == 1 ? " entry" : " entries")
                        + (rejected == 0 ? "" : "; " + rejected + " left out as unsound (--rejected lists them)"));
                leftOut(left);
            }
        }
    }

    /** The glosses left out of the glossary, with why. */
    void rejected(List<RejectedEntry> rejected) throws IOException {
        switch (form) {
            case JSON -> {
                for (RejectedEntry r : rejected) {
                    json(r.entry(), r.reason());
                }
            }
            case TSV -> {
                out.println("count\tterm\tgloss\tacronym\tkind\tfirst\tlast\treason");
                rejected.forEach(r -> out.println(tsv(r.entry()) + "\t" + r.reason()));
            }
            case TABLE -> {
                TextTable table = new TextTable("COUNT", "TERM", "GLOSS", "ACRONYM", "FIRST", "LAST", "WHY")
                        .rightAligned(0).shrinkable(1, 2, 3).optional(4, 5);
                rejected.forEach(r -> table.add(entryCells(r.entry(), r.reason().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' '))));
                List<String> left = print(table, rejected.size());
                out.println(rejected.size() + (rejected.size() == 1 ? " gloss" : " glosses") + " left out as unsound");
                leftOut(left);
            }
        }
    }

    /** The conflicts: each subject once, with its variants. */
    void conflicts(List<GlossaryConflict> conflicts) throws IOException {
        switch (form) {
            case JSON -> {
                for (GlossaryConflict c : conflicts) {
                    try (JsonGenerator json = JsonOutput.FACTORY.createGenerator(out)) {
                        json.writeStartObject();
                        json.writeStringField("kind", c.kind().name());
                        json.writeStringField("subject", c.subject());
                        json.writeNumberField("count", c.count());
                        json.writeArrayFieldStart("variants");
                        for (GlossaryConflict.Variant v : c.variants()) {
                            json.writeStartObject();
                            json.writeStringField("meaning", v.meaning());
                            json.writeNumberField("count", v.count());
                            json.writeStringField("first", date(v.first()));
                            json.writeStringField("last", date(v.last()));
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                    out.write('\n');
                }
            }
            case TSV -> {
                out.println("kind\tsubject\tcount\tmeaning\tfirst\tlast");
                for (GlossaryConflict c : conflicts) {
                    for (GlossaryConflict.Variant v : c.variants()) {
                        out.println(c.kind() + "\t" + tsv(c.subject()) + "\t" + v.count() + "\t" + tsv(v.meaning()) + "\t"
                                + cell(v.first()) + "\t" + cell(v.last()));
                    }
                }
            }
            case TABLE -> {
                TextTable table = new TextTable("TERM OR ACRONYM", "COUNT", "GLOSSED AS", "FIRST", "LAST")
                        .rightAligned(1).shrinkable(0, 2).optional(3, 4);
                for (GlossaryConflict c : conflicts) {
                    String subject = c.subject();
                    for (GlossaryConflict.Variant v : c.variants()) {
                        table.add(subject, String.valueOf(v.count()), v.meaning(), cell(v.first()), cell(v.last()));
                        subject = ""; // the subject once, on its first variant
                    }
                }
                List<String> left = print(table, conflicts.size());
                long terms = conflicts.stream().filter(c -> c.kind() == GlossaryConflict.Kind.TERM).count();
                out.println(conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts") + " (" + terms
                        + (terms == 1 ? " term, " : " terms, ") + (conflicts.size() - terms)
                        + (conflicts.size() - terms == 1 ? " acronym)" : " acronyms)"));
                leftOut(left);
            }
        }
    }

    /** Prints the table unless it has no rows; returns the headers of the columns left out. */
    private List<String> print(TextTable table, int rows) {
        return rows == 0 ? List.of() : table.print(out, width);
    }

    /** Says which columns did not fit, and where to see them. */
    private void leftOut(List<String> columns) {
        if (!columns.isEmpty()) {
            out.println("(no room for " + String.join(", ", columns) + ": try --tsv)");
        }
    }

    private static TextTable entryTable() {
        return new TextTable("COUNT", "TERM", "GLOSS", "ACRONYM", "FIRST", "LAST")
                .rightAligned(0).shrinkable(1, 2, 3).optional(4, 5);
    }

    /**
     * A row for people: the kind is left to the TSV and JSON (the row's shape shows it), and an
     * expansion's acronym, which is its term, is not repeated.
     */
    private static String[] entryCells(GlossaryEntry e, String why) {
        String[] cells = {String.valueOf(e.count()), e.term(), e.gloss().orElse(""),
            ShownAcronym.of(e.term(), e.acronym()).orElse(""), cell(e.first()), cell(e.last())};
        if (why == null) {
            return cells;
        }
        String[] withWhy = java.util.Arrays.copyOf(cells, cells.length + 1);
        withWhy[cells.length] = why;
        return withWhy;
    }

    private void json(GlossaryEntry e, RejectedEntry.Reason reason) throws IOException {
        try (JsonGenerator json = JsonOutput.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("term", e.term());
            json.writeStringField("gloss", e.gloss().orElse(null));
            json.writeStringField("acronym", e.acronym().orElse(null));
            json.writeStringField("kind", e.kind().name());
            json.writeNumberField("count", e.count());
            json.writeStringField("first", date(e.first()));
            json.writeStringField("last", date(e.last()));
            if (reason != null) {
                json.writeStringField("reason", reason.name());
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static String tsv(GlossaryEntry e) {
        return e.count() + "\t" + tsv(e.term()) + "\t" + tsv(e.gloss().orElse("")) + "\t" + tsv(e.acronym().orElse(""))
                + "\t" + e.kind() + "\t" + cell(e.first()) + "\t" + cell(e.last());
    }

    private static String tsv(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static String cell(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
