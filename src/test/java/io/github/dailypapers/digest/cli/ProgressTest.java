package io.github.dailypapers.digest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar, on a clock the test sets. */
class ProgressTest {

    private long now;
    private final StringWriter err = new StringWriter();

    private Progress progress(boolean enabled, long delayNanos) {
        return new Progress(new PrintWriter(err), enabled, 4, 4_000_000, delayNanos, () -> now);
    }

    @Test
    void aLongRunShowsTheBarAfterTheDelayAndRedrawsAtMostTenTimesASecond() {
        Progress bar = progress(true, Progress.AUTO_DELAY_NANOS);
        now = 500_000_000L;
        bar.advance(1_000_000);
        assertEquals("", err.toString(), "a short run shows nothing");
        now = 1_200_000_000L;
        bar.advance(1_000_000);
        assertEquals("\r[##########..........] 2/4 files  2.0/4.0 MB  1.7 MB/s", err.toString());
        now = 1_250_000_000L;
        bar.advance(1_000_000);
        assertEquals(1, err.toString().split("\r", -1).length - 1, "not redrawn within 100 ms");
        now = 2_000_000_000L;
        bar.clear();
        assertTrue(err.toString().endsWith("\r" + " ".repeat(54) + "\r"), err.toString());
        bar.advance(1_000_000);
        bar.finish();
        assertTrue(err.toString().endsWith("\r[####################] 4/4 files  4.0/4.0 MB  2.0 MB/s\n"), err.toString());
    }

    @Test
    void aShortRunNeverShowsTheBar() {
        Progress bar = progress(true, Progress.AUTO_DELAY_NANOS);
        for (int i = 0; i < 4; i++) {
            now += 100_000_000L;
            bar.advance(1_000_000);
        }
        bar.clear();
        bar.finish();
        assertEquals("", err.toString());
    }

    @Test
    void aDisabledBarDrawsNothing() {
        Progress bar = progress(false, 0);
        now = 5_000_000_000L;
        bar.advance(1);
        bar.clear();
        bar.finish();
        assertEquals("", err.toString());
        Progress.off().finish();
    }
}
