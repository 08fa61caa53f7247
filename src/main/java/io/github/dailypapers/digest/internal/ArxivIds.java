package io.github.dailypapers.digest.internal;

import java.util.Optional;

/** Finds the new-style arXiv id ({@code YYMM.NNNNN} with an optional {@code vN}) in a URL. */
public final class ArxivIds {

    private ArxivIds() {}

    /**
     * The id in the URL's last path segment, when the segment before it is {@code abs},
     * {@code pdf} or {@code papers} (arxiv.org and Hugging Face paper links, absolute or
     * relative). A {@code .pdf} suffix, a query and a fragment are ignored.
     *
     * @param url a paper's URL
     * @return the id, or empty
     */
    public static Optional<String> fromUrl(String url) {
        // Index arithmetic on the URL; only the id itself is copied.
        int pathEnd = indexOfAny(url, '?', '#');
        if (pathEnd < 0) {
            pathEnd = url.length();
        }
        while (pathEnd > 0 && url.charAt(pathEnd - 1) == '/') {
            pathEnd--;
        }
        int slash = pathEnd == 0 ? -1 : url.lastIndexOf('/', pathEnd - 1);
        if (slash < 0) {
            return Optional.empty();
        }
        int lastStart = slash + 1;
        int lastEnd = pathEnd;
        if (lastEnd - lastStart >= 4 && url.startsWith(".pdf", lastEnd - 4)) {
            lastEnd -= 4;
        }
        int parentStart = url.lastIndexOf('/', slash - 1) + 1;
        if (!(isSegment(url, parentStart, slash, "abs") || isSegment(url, parentStart, slash, "pdf")
                || isSegment(url, parentStart, slash, "papers"))) {
            return Optional.empty();
        }
        return isNewStyleId(url, lastStart, lastEnd) ? Optional.of(url.substring(lastStart, lastEnd)) : Optional.empty();
    }

    private static boolean isSegment(String url, int from, int to, String segment) {
        return to - from == segment.length() && url.startsWith(segment, from);
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    static boolean isNewStyleId(String s) {
        return isNewStyleId(s, 0, s.length());
    }

    /** Whether {@code [from, n)} of s is {@code YYMM.NNNN(N)} with an optional {@code vN}. */
    static boolean isNewStyleId(String s, int from, int n) {
        int i = from;
        for (; i < from + 4; i++) {
            if (i >= n || !isDigit(s.charAt(i))) {
                return false;
            }
        }
        if (i >= n || s.charAt(i++) != '.') {
            return false;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (digits < 4 || digits > 5) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i++) != 'v' || i == n) {
            return false;
        }
        while (i < n) {
            if (!isDigit(s.charAt(i++))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
