package io.github.dailypapers.digest.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text kept in memory while it is small and in a temporary file once it is not, to be copied
 * out later: how the JSON of a large input holds its later arrays while its editions are
 * written, without a heap that grows with the input.
 */
final class SpillWriter extends Writer {

    static final int IN_MEMORY_CHARS = 1 << 20;

    private final StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer spilled;

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (spilled == null && memory.length() + len > IN_MEMORY_CHARS) {
            file = Files.createTempFile("digest-", ".json.part");
            spilled = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            spilled.append(memory);
            memory.setLength(0);
        }
        if (spilled != null) {
            spilled.write(chars, off, len);
        } else {
            memory.append(chars, off, len);
        }
    }

    /** Copies everything written so far to {@code out}. */
    void copyTo(Writer out) throws IOException {
        if (spilled == null) {
            out.append(memory);
            return;
        }
        spilled.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    @Override
    public void flush() throws IOException {
        if (spilled != null) {
            spilled.flush();
        }
    }

    /** Deletes the temporary file, if there is one. */
    @Override
    public void close() throws IOException {
        if (spilled != null) {
            spilled.close();
            Files.deleteIfExists(file);
            spilled = null;
        }
    }
}
