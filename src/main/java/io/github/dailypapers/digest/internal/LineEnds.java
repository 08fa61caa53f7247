package io.github.dailypapers.digest.internal;

/**
 * The format's one line-end rule, for every Java class that needs it: a line ends at
 * {@code \r\n}, a lone {@code \r} or {@code \n} (the grammar's {@code NEWLINE} fragment says
 * the same for the lexer). Nothing else ends a line: U+2028, NEL and form feeds are text.
 */
public final class LineEnds {

    private LineEnds() {}

    /**
     * Whether {@code c} can be part of a line end.
     *
     * @param c a char
     * @return true for {@code \r} and {@code \n}
     */
    public static boolean isLineEndChar(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * The length of the line end that starts at {@code i}.
     *
     * @param text the text
     * @param i an index in {@code [0, end)}
     * @param end where the text ends for this purpose (a {@code \r} at {@code end - 1} is a lone one)
     * @return 2 for {@code \r\n}, 1 for a lone {@code \r} or {@code \n}, 0 if no line end starts there
     */
    public static int lengthAt(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\n') {
            return 1;
        }
        if (c == '\r') {
            return i + 1 < end && text.charAt(i + 1) == '\n' ? 2 : 1;
        }
        return 0;
    }

    /**
     * The index of the first line end in {@code [from, to)}, or {@code to} if there is none.
     *
     * @param text the text
     * @param from where to start looking
     * @param to where to stop
     * @return the index of the line end's first char, or {@code to}
     */
    public static int next(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isLineEndChar(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /**
     * Whether a String holds a line end (or part of one), that is whether it is more than one
     * line.
     *
     * @param text the text
     * @return true if it contains {@code \r} or {@code \n}
     */
    public static boolean containsLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // One test rules out all but a few chars: the model checks every title, URL, author
            // and label this way.
            if (c <= '\r' && isLineEndChar(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line starts at {@code i}: at the start of the text, or right after a line end
     * (never between the {@code \r} and {@code \n} of one {@code \r\n}).
     *
     * @param text the text
     * @param i an index in {@code [0, text.length()]}
     * @return whether {@code i} is the start of a line
     */
    public static boolean isLineStart(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before == '\n' || (before == '\r' && (i == text.length() || text.charAt(i) != '\n'));
    }

    /**
     * How many line ends are in {@code [from, to)}; a {@code \r\n} counts once.
     *
     * @param text the text
     * @param from the first index
     * @param to the index past the last
     * @return the number of line ends
     */
    public static int count(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The text with every line end written as {@code \n}.
     *
     * @param text the text
     * @return the text itself if it has no {@code \r}, else a copy with {@code \n} line ends
     */
    public static String normalise(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
