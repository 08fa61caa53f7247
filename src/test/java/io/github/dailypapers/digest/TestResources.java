package io.github.dailypapers.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources as UTF-8 text (for the tests of every package). */
public final class TestResources {

    /** The real digest of 2024-10-28 (CC BY-NC 4.0: see NOTICE.md beside it). */
    public static final String SAMPLE = "/samples/daily-papers-2024-10-28.md";

    private TestResources() {}

    /**
     * A test resource's text.
     *
     * @param name its absolute resource name ({@code /samples/…})
     * @return its text, decoded as UTF-8
     */
    public static String read(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
