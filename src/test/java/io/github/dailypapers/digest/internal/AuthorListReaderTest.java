package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value of an {@code Authors:} line, in its plain and its Python-list form. */
class AuthorListReaderTest {

    private record Read(List<String> names, List<String> diagnostics) {}

    private static Read read(String value) {
        SourceText source = new SourceText(value);
        DiagnosticCollector diagnostics = new DiagnosticCollector(source);
        List<Author> authors = new AuthorListReader(source, diagnostics).read(0, value.length());
        return new Read(authors.stream().map(Author::name).toList(),
                diagnostics.sorted().stream().map(AuthorListReaderTest::describe).toList());
    }

    private static String describe(Diagnostic d) {
        return d.span().offset() + "+" + d.span().length() + " " + d.code();
    }

    @Test
    void aPythonListOfStringLiterals() {
        assertEquals(new Read(List.of("Ann", "Bo'b", "C\"d"), List.of()), read("['Ann', \"Bo'b\", 'C\\\"d',]"));
        assertEquals(new Read(List.of(), List.of()), read("[ ]"));
    }

    @Test
    void aListWhoseItemsAreNotQuotedIsSplitOnCommas() {
        // Items that begin and end with the same letter are not quoted.
        assertEquals(new Read(List.of("x", "bob"), List.of("0+8 MALFORMED_AUTHOR_LIST")), read("[x, bob]"));
    }

    @Test
    void inTheFallbackOnlyAPairOfQuotesIsTakenOff() {
        // '' is an empty name; a single quote is a name of its own.
        assertEquals(new Read(List.of("Ann", "'", "Bo"), List.of("0+16 MALFORMED_AUTHOR_LIST", "6+2 EMPTY_AUTHOR")),
                read("[Ann, '', ', Bo]"));
    }

    @Test
    void anUnclosedLiteralOrAMissingCommaIsNoPythonList() {
        assertEquals(new Read(List.of("Ann", "Bo"), List.of("0+11 MALFORMED_AUTHOR_LIST")), read("['Ann', Bo]"));
        assertEquals(new Read(List.of("Ann' 'Bo"), List.of("0+12 MALFORMED_AUTHOR_LIST")), read("['Ann' 'Bo']"));
        assertEquals(new Read(List.of("'Ann\\"), List.of("0+7 MALFORMED_AUTHOR_LIST")), read("['Ann\\]"));
    }
}
