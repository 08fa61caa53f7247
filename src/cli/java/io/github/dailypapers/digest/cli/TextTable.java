package io.github.dailypapers.digest.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table whose columns line up in a terminal even with Korean text (Hangul and other East
 * Asian wide characters take two columns), and that fits a given width: when the cells are too
 * wide, the columns marked shrinkable are narrowed (see {@link #columnWidths}) and their longer
 * cells cut with an ellipsis; if that would leave a shrinkable column narrower than
 * {@value #COMFORTABLE} (and narrower than its cells), the columns marked optional are left out,
 * the last marked first. Columns are left-aligned unless marked right-aligned.
 * Control characters in cells are shown as spaces, so a cell is always one line.
 *
 * <p>picocli's {@code Help.TextTable} is not used: it interprets {@code @|…|@} markup in cells
 * and its truncation counts a wide character as one column.
 */
final class TextTable {

    /** Between two columns. */
    private static final String GAP = "  ";
    private static final String ELLIPSIS = "…";
    /** Narrowest a shrinkable column gets: room for two letters or one Hangul, and the ellipsis. */
    private static final int MIN_SHRUNK = 3;
    /** Narrower than this, a cut term or gloss is hard to read: optional columns make room. */
    static final int COMFORTABLE = 16;

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] shrinkable;
    private final boolean[] right;
    private final List<Integer> optional = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header.clone());
        shrinkable = new boolean[header.length];
        right = new boolean[header.length];
    }

    /** Marks columns that may be narrowed, cutting their cells, to fit the width. */
    TextTable shrinkable(int... columns) {
        for (int c : columns) {
            shrinkable[c] = true;
        }
        return this;
    }

    /** Marks columns that are left out, the last marked first, when the shrinkable ones would get too narrow. */
    TextTable optional(int... columns) {
        for (int c : columns) {
            optional.add(c);
        }
        return this;
    }

    /** Marks columns whose cells are aligned to the right (numbers). */
    TextTable rightAligned(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    void add(String... cells) {
        if (cells.length != shrinkable.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + shrinkable.length + " columns");
        }
        String[] row = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            row[c] = oneLine(cells[c] == null ? "" : cells[c]);
        }
        rows.add(row);
    }

    /**
     * Prints the header and rows, each line at most {@code maxWidth} columns wide as far as the
     * shrinkable columns and leaving out optional ones allow.
     *
     * @return the headers of the columns left out, in table order
     */
    List<String> print(PrintWriter out, int maxWidth) {
        boolean[] shown = new boolean[shrinkable.length];
        java.util.Arrays.fill(shown, true);
        int[] widths = columnWidths(maxWidth, shown);
        for (int i = optional.size() - 1; i >= 0 && tooNarrow(widths, shown); i--) {
            shown[optional.get(i)] = false;
            widths = columnWidths(maxWidth, shown);
        }
        List<String> left = new ArrayList<>();
        for (int c = 0; c < shown.length; c++) {
            if (!shown[c]) {
                left.add(rows.get(0)[c]);
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                if (!shown[c]) {
                    continue;
                }
                if (line.length() > 0) {
                    line.append(GAP);
                }
                String cell = cut(row[c], widths[c]);
                String padding = " ".repeat(widths[c] - width(cell));
                line.append(right[c] ? padding + cell : cell + padding);
            }
            out.println(line.toString().stripTrailing());
        }
        return left;
    }

    /** Whether a shrinkable column was cut below {@link #COMFORTABLE}. */
    private boolean tooNarrow(int[] widths, boolean[] shown) {
        int[] natural = columnWidths(Integer.MAX_VALUE, shown);
        for (int c = 0; c < widths.length; c++) {
            if (shown[c] && shrinkable[c] && widths[c] < Math.min(natural[c], COMFORTABLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The natural width of every column; then, while the table is too wide, one shrinkable column
     * loses one column of width: the one where that cuts the fewest cells (the widest on a tie),
     * so a column with a few very long cells gives way before one whose cells are all long.
     * Columns keep their header's width while another can shrink, and never go below
     * {@link #MIN_SHRUNK}. Columns not shown take no room.
     */
    int[] columnWidths(int maxWidth, boolean[] shown) {
        int columns = shrinkable.length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        // cells[c][w]: how many data cells of column c are exactly w columns wide (cut ones: the width they get).
        int[][] cells = new int[columns][];
        for (int c = 0; c < columns; c++) {
            cells[c] = new int[widths[c] + 1];
        }
        for (String[] row : rows.subList(1, rows.size())) {
            for (int c = 0; c < columns; c++) {
                cells[c][width(row[c])]++;
            }
        }
        int total = -GAP.length();
        for (int c = 0; c < columns; c++) {
            total += shown[c] ? widths[c] + GAP.length() : 0;
        }
        for (int floor : new int[] {-1, MIN_SHRUNK}) {
            while (total > maxWidth) {
                int best = -1;
                for (int c = 0; c < columns; c++) {
                    int min = floor > 0 ? floor : Math.max(MIN_SHRUNK, width(rows.get(0)[c]));
                    if (shown[c] && shrinkable[c] && widths[c] > min && (best < 0 || cells[c][widths[c]] < cells[best][widths[best]]
                            || (cells[c][widths[c]] == cells[best][widths[best]] && widths[c] > widths[best]))) {
                        best = c;
                    }
                }
                if (best < 0) {
                    break;
                }
                // Cells of the old width are now cut to the new one.
                int w = widths[best]--;
                cells[best][w - 1] += cells[best][w];
                total--;
            }
        }
        return widths;
    }

    /** The cell if it fits in {@code columns}, else its start and an ellipsis, in at most that many columns. */
    static String cut(String cell, int columns) {
        if (width(cell) <= columns) {
            return cell;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        int room = columns - width(ELLIPSIS);
        for (int i = 0; i < cell.length(); ) {
            int cp = cell.codePointAt(i);
            int w = isWide(cp) ? 2 : 1;
            if (used + w > room) {
                break;
            }
            kept.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return kept.toString().stripTrailing() + ELLIPSIS;
    }

    private static String oneLine(String cell) {
        StringBuilder s = new StringBuilder(cell.length());
        cell.codePoints().map(cp -> Character.isISOControl(cp) ? ' ' : cp).forEach(s::appendCodePoint);
        return s.toString();
    }

    static int width(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
