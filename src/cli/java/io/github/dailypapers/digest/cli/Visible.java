package io.github.dailypapers.digest.cli;

/**
 * Makes text from an input safe to show on a terminal: every character that a terminal would
 * act on instead of showing is written as {@code \}{@code uXXXX} (its UTF-16 code in hex), so an
 * input cannot clear the screen, set the window title or reorder what is shown. Escaped: the C0
 * and C1 control characters and DEL except tab and line feed (ESC, BEL, CR, ...), U+2028 and
 * U+2029, the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069)
 * and lone surrogates. Everything else, Hangul included, is shown as it is.
 */
final class Visible {

    private Visible() {}

    /**
     * The text with every unsafe character escaped.
     *
     * @param text any text, or null
     * @return the text itself when nothing needs escaping
     */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(text, i)) {
                s.append(String.format("\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true; // DEL and the C1 controls (CSI, OSC, ...)
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\u2028' || c == '\u2029' || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
