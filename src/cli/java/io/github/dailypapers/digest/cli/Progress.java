package io.github.dailypapers.digest.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn in place with {@code \r} at most ten times a
 * second: {@code [#########...........]  1,234/5,000 files  12.3/50.0 MB  45.6 MB/s}. It appears
 * only after {@code delayNanos} (so short runs never show it) and ends with the final count and
 * a line end. Anything else written to the same terminal must call {@link #clear()} first.
 */
final class Progress {

    static final long AUTO_DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 20;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final long totalBytes;
    private final long delayNanos;
    private final LongSupplier clock;
    private final long start;
    private int done;
    private long doneBytes;
    private boolean visible;
    private boolean everShown;
    private long lastDraw;
    private int lastWidth;

    /** A disabled progress bar: draws nothing. */
    static Progress off() {
        return new Progress(null, false, 0, 0, 0, System::nanoTime);
    }

    Progress(PrintWriter err, boolean enabled, int total, long totalBytes, long delayNanos, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
        this.totalBytes = totalBytes;
        this.delayNanos = delayNanos;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** One more input is done. */
    void advance(long bytes) {
        done++;
        doneBytes += bytes;
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start >= delayNanos && (!everShown || now - lastDraw >= REDRAW_NANOS)) {
            draw(now);
        }
    }

    /** Erases the bar, if it is showing, so that a message can be written; it comes back with the next redraw. */
    void clear() {
        if (visible) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            visible = false;
        }
    }

    /** The final state and a line end, if the bar was ever shown. */
    void finish() {
        if (enabled && everShown) {
            draw(clock.getAsLong());
            err.print('\n');
            err.flush();
            visible = false;
        }
    }

    private void draw(long now) {
        String line = render(now);
        err.print("\r" + line + (line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : ""));
        err.flush();
        lastWidth = Math.max(lastWidth, line.length());
        visible = true;
        everShown = true;
        lastDraw = now;
    }

    String render(long now) {
        double fraction = totalBytes > 0 ? (double) doneBytes / totalBytes : total > 0 ? (double) done / total : 1;
        fraction = Math.min(1, fraction);
        int filled = (int) Math.round(fraction * BAR);
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        return String.format(Locale.ROOT, "[%s%s] %,d/%,d files  %.1f/%.1f MB  %.1f MB/s",
                "#".repeat(filled), ".".repeat(BAR - filled), done, total, doneBytes / 1e6, totalBytes / 1e6,
                doneBytes / 1e6 / seconds);
    }
}
