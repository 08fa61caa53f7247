package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.Diagnostic;
import io.github.dailypapers.digest.model.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticCollectorTest {

    @Test
    void diagnosticsComeOutInDocumentOrderStableAtOnePosition() {
        DiagnosticCollector collector = new DiagnosticCollector(new SourceText("line one\nline two\nline three\n"));
        collector.report(DiagnosticCode.UNRECOGNISED_LINE, "third", 18, 28);
        collector.report(DiagnosticCode.UNRECOGNISED_LINE, "first", 0, 8);
        collector.report(DiagnosticCode.INVALID_DATE, "second", 9, 17);
        collector.report(DiagnosticCode.VOTE_PLACEHOLDER, "also second", 9, 12);
        List<Diagnostic> sorted = collector.sorted();
        assertEquals(List.of("first", "second", "also second", "third"),
                sorted.stream().map(Diagnostic::message).toList());
        assertEquals(3, sorted.get(3).span().line());
        assertEquals(10, sorted.get(3).span().length());
    }

    @Test
    void anEndBeforeTheStartGivesAnEmptySpan() {
        DiagnosticCollector collector = new DiagnosticCollector(new SourceText("abc"));
        collector.report(DiagnosticCode.UNRECOGNISED_LINE, "m", 2, 1);
        assertEquals(0, collector.sorted().get(0).span().length());
        assertEquals(2, collector.sorted().get(0).span().offset());
    }
}
