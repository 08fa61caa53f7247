package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dailypapers.digest.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a range of a section's text is in the input: columns count code points, so a surrogate pair is one column. */
class TextPositionsTest {

    /** The line spans of a text whose lines start at column 3 of input lines 10, 11, … (offsets as in the text plus 100). */
    private static List<SourceSpan> lineSpans(String text) {
        List<SourceSpan> spans = new ArrayList<>();
        int start = 0;
        int line = 10;
        for (String content : text.split("\n", -1)) {
            int columns = content.codePointCount(0, content.length());
            spans.add(new SourceSpan(line++, 3, line - 1, 3 + columns, 100 + start, content.length()));
            start += content.length() + 1;
        }
        return spans;
    }

    private static String span(String text, String of) {
        int start = text.indexOf(of);
        SourceSpan s = new TextPositions(text, lineSpans(text)).span(start, start + of.length()).orElseThrow();
        return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn() + " @" + s.offset() + "+" + s.length();
    }

    @Test
    void columnsCountCodePoints() {
        String emoji = "\uD83D\uDE00";
        String text = emoji.repeat(9) + " 모델(model)\n둘째 " + emoji + " 줄(line)";
        assertEquals("10:15-10:22 @121+7", span(text, "(model)"));
        assertEquals("11:9-11:15 @136+6", span(text, "(line)"));
        assertEquals("10:3-11:6 @100+32", span(text, text.substring(0, text.indexOf(emoji + " 줄"))));
    }

    @Test
    void withoutPairsColumnsAreChars() {
        String text = "모델(model)\n둘째 줄(line)";
        assertEquals("10:5-10:12 @102+7", span(text, "(model)"));
        assertEquals("11:7-11:13 @114+6", span(text, "(line)"));
    }

    @Test
    void anUnparsedTextHasNoSpans() {
        assertEquals(java.util.Optional.empty(), new TextPositions("모델(model)", List.of()).span(2, 9));
    }
}
