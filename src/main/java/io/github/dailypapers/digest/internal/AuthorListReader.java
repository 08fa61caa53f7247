package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Author;
import io.github.dailypapers.digest.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the value of an {@code Authors:} line in either form: a plain {@code ", "}-separated
 * list, or a Python list literal ({@code ['A', "B'C", 'D\'E']}). Drops {@code +} placeholders,
 * empty items and repeated names, each with a diagnostic.
 */
final class AuthorListReader {

    private final SourceText source;
    private final DiagnosticCollector diagnostics;
    private final String text;

    AuthorListReader(SourceText source, DiagnosticCollector diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.text = source.text();
    }

    /** One raw item: its value and where it was written. */
    private record Item(String name, int start, int end) {}

    List<Author> read(int start, int end) {
        int from = Blanks.skip(text, start, end);
        int to = Blanks.trimEnd(text, from, end);
        if (from >= to) {
            return List.of();
        }
        List<Item> items = null;
        if (text.charAt(from) == '[' && text.charAt(to - 1) == ']') {
            items = readPythonList(from + 1, to - 1);
            if (items == null) {
                diagnostics.report(DiagnosticCode.MALFORMED_AUTHOR_LIST,
                        "authors look like a Python list but are not one; split on commas instead", from, to);
                items = splitPlain(from + 1, to - 1, true);
            }
        } else {
            items = splitPlain(from, to, false);
        }
        return keep(items);
    }

    private List<Author> keep(List<Item> items) {
        List<Author> authors = new ArrayList<>(items.size());
        // A short list is searched directly; a hash set pays off only for long ones.
        Set<String> seen = items.size() > 16 ? new HashSet<>() : null;
        for (Item item : items) {
            if (item.name.isEmpty()) {
                diagnostics.report(DiagnosticCode.EMPTY_AUTHOR, "empty author dropped", item.start, item.end);
            } else if (item.name.equals("+")) {
                diagnostics.report(DiagnosticCode.AUTHOR_PLACEHOLDER,
                        "'+' placeholder for more authors dropped", item.start, item.end);
            } else if (seen != null ? !seen.add(item.name) : isKept(authors, item.name)) {
                diagnostics.report(DiagnosticCode.DUPLICATE_AUTHOR,
                        "author '" + item.name + "' listed again; only the first is kept", item.start, item.end);
            } else {
                authors.add(Author.builder().name(item.name).span(source.span(item.start, item.end)).build());
            }
        }
        return authors;
    }

    private static boolean isKept(List<Author> authors, String name) {
        for (Author author : authors) {
            if (author.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Splits on {@code ", "}; each item is trimmed (and unquoted, in the fallback for lists). */
    private List<Item> splitPlain(int start, int end, boolean unquote) {
        List<Item> items = new ArrayList<>();
        int itemStart = start;
        while (true) {
            int itemEnd = separatorAt(itemStart, end);
            int a = Blanks.skip(text, itemStart, itemEnd);
            int b = Blanks.trimEnd(text, a, itemEnd);
            if (unquote && b - a >= 2 && isQuote(text.charAt(a)) && text.charAt(b - 1) == text.charAt(a)) {
                items.add(new Item(text.substring(a + 1, b - 1), a, b));
            } else {
                items.add(new Item(text.substring(a, b), a, b));
            }
            if (itemEnd == end) {
                return items;
            }
            itemStart = itemEnd + 2;
        }
    }

    /** Parses the inside of a Python list of string literals; null if it is not one. */
    private List<Item> readPythonList(int start, int end) {
        List<Item> items = new ArrayList<>();
        int i = Blanks.skip(text, start, end);
        if (i == end) {
            return items;
        }
        while (true) {
            // i < end here (each way to reach end returns above), so PIT cannot kill the first
            // test; it stays because a reader of any input must never read past its line.
            if (i >= end || !isQuote(text.charAt(i))) {
                return null;
            }
            char quote = text.charAt(i);
            int literalStart = i;
            StringBuilder name = new StringBuilder();
            i++;
            boolean closed = false;
            while (i < end) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < end) {
                    char next = text.charAt(i + 1);
                    if (next == '\\' || next == '\'' || next == '"') {
                        name.append(next);
                    } else {
                        name.append(c).append(next);
                    }
                    i += 2;
                } else if (c == quote) {
                    closed = true;
                    i++;
                    break;
                } else {
                    name.append(c);
                    i++;
                }
            }
            if (!closed) {
                return null;
            }
            items.add(new Item(name.toString(), literalStart, i));
            i = Blanks.skip(text, i, end);
            if (i == end) {
                return items;
            }
            if (text.charAt(i) != ',') {
                return null;
            }
            i = Blanks.skip(text, i + 1, end);
            if (i == end) {
                return items; // a trailing comma, as Python allows
            }
        }
    }

    /** The next {@code ", "} before {@code end}, or {@code end}. Bounded, so lines stay linear. */
    private int separatorAt(int from, int end) {
        for (int i = from; i + 1 < end; i++) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return end;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }
}
