package io.github.dailypapers.digest.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Turns every {@link IOException} of the writer below into an {@link OutputFailure}, which a
 * {@link java.io.PrintWriter} on top lets through: a full disk or a closed pipe ends the run
 * instead of being noted in {@code checkError()} and forgotten. After the first failure
 * everything is dropped, so the failure is reported once, however the run then ends.
 */
final class FailFastWriter extends FilterWriter {

    private boolean failed;

    FailFastWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) {
        if (failed) {
            return;
        }
        try {
            out.write(c);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) {
        if (failed) {
            return;
        }
        try {
            out.write(chars, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        if (failed) {
            return;
        }
        try {
            out.write(s, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() {
        if (failed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
        if (failed) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    private OutputFailure fail(IOException e) {
        failed = true;
        return new OutputFailure(e);
    }
}
