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
        String path = url;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String last = path.substring(slash + 1);
        if (last.endsWith(".pdf")) {
            last = last.substring(0, last.length() - 4);
        }
        String parent = path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
        if (!(parent.equals("abs") || parent.equals("pdf") || parent.equals("papers"))) {
            return Optional.empty();
        }
        return isNewStyleId(last) ? Optional.of(last) : Optional.empty();
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
        int i = 0;
        int n = s.length();
        for (; i < 4; i++) {
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
