package io.github.dailypapers.digest.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Turns every {@link IOException} of the writer below into an {@link OutputFailure}, which a
 * {@link java.io.PrintWriter} on top lets through: a full disk or a closed pipe ends the run
 * instead of being noted in {@code checkError()} and forgotten.
 */
final class FailFastWriter extends FilterWriter {

    FailFastWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) {
        try {
            out.write(chars, off, len);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        try {
            out.write(s, off, len);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }
}
