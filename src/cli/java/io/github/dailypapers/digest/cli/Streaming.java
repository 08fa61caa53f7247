package io.github.dailypapers.digest.cli;

import java.util.Locale;

/**
 * Which inputs are read part by part ({@code DigestParser.stream}) instead of whole, so that the
 * heap needed does not grow with an input's size: standard input (its size is unknown) and
 * files larger than {@link #STREAM_BYTES}. A file parsed whole takes about ten times its size in
 * heap, so the bound is a twenty-fourth of the heap (at most 64 MiB): with the default heap
 * most files are parsed whole, and in parallel, while {@code java -Xmx256m} streams every file
 * over about 10 MiB.
 */
final class Streaming {

    static final long STREAM_BYTES = Math.max(1L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 24));

    private static final long TWO_GIB = 2L << 30;

    private Streaming() {}

    static boolean isStreamed(InputFiles.Input input) {
        return input.isStdin() || (input.error() == null && OrderedPipeline.size(input) > STREAM_BYTES);
    }

    /** The message for an input that ran out of memory; a larger heap is advised only where it can help. */
    static String outOfMemory(String name, long bytes) {
        String size = String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
        String advice = bytes > TWO_GIB ? "" : "; a larger heap (java -Xmx...) may help";
        return InputError.line(name, "out of memory while parsing (" + size + " file, "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB heap; a single paper or README block"
                + " larger than the heap cannot be read)" + advice);
    }
}
