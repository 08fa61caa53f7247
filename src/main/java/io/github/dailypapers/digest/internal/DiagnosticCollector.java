package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one parse, with spans made from String indexes. */
final class DiagnosticCollector {

    private final SourceText source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    DiagnosticCollector(SourceText source) {
        this.source = source;
    }

    void report(DiagnosticCode code, String message, int start, int end) {
        diagnostics.add(Diagnostic.of(code, message, source.span(start, Math.max(start, end))));
    }

    /** The diagnostics in document order (stable for those at the same position). */
    List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator.comparingInt(d -> d.span().offset()));
        return copy;
    }
}
