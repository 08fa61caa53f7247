package io.github.dailypapers.digest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Works on many inputs in parallel and hands the results over one by one, in input order: a
 * bounded ordered pipeline. At most {@code threads * 2} inputs (and, beyond the next one, at most
 * {@link #AHEAD_BYTES} of them) are in flight, so memory stays bounded however many inputs there
 * are. Inputs marked inline (standard input, and files streamed part by part) are worked on
 * by the calling thread when their turn comes, never concurrently, and do not count as ahead.
 */
final class OrderedPipeline {

    /**
     * Input bytes that may be read ahead of the one being handed over: 64 MiB, or less with a
     * small heap (a file parsed whole takes about ten times its size in heap).
     */
    static final long AHEAD_BYTES = Math.max(1L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 24));

    private OrderedPipeline() {}

    /**
     * One thread per core but one: the calling thread writes the output, and the JIT compiler
     * and the garbage collector need a core too (on 2 cores, a run of a few thousand files was
     * faster with one parsing thread than with two; see docs/performance.md).
     */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /**
     * Runs {@code work} on every input and {@code emit} on every result, in input order, on the
     * calling thread. {@code work} must not throw; an unchecked exception or error it throws is
     * rethrown here when its input's turn comes.
     */
    static <R> void run(List<InputFiles.Input> inputs, int threads, Predicate<InputFiles.Input> inline,
            Function<InputFiles.Input, R> work, BiConsumer<InputFiles.Input, R> emit) throws InterruptedException {
        if (threads <= 1 || inputs.size() <= 1) {
            for (InputFiles.Input input : inputs) {
                emit.accept(input, work.apply(input));
            }
            return;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "digest-parse-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Futures of inputs [i, next); null for standard input, read below when its turn comes.
            List<Future<R>> pending = new ArrayList<>(Collections.nCopies(inputs.size(), null));
            long[] sizes = new long[inputs.size()];
            int maxAhead = threads * 2;
            int next = 0;
            long aheadBytes = 0;
            for (int i = 0; i < inputs.size(); i++) {
                while (next < inputs.size() && next - i < maxAhead
                        && (next == i || aheadBytes + aheadSize(inputs.get(next), inline) <= AHEAD_BYTES)) {
                    InputFiles.Input input = inputs.get(next);
                    sizes[next] = aheadSize(input, inline);
                    aheadBytes += sizes[next];
                    if (!inline.test(input)) {
                        pending.set(next, pool.submit(() -> work.apply(input)));
                    }
                    next++;
                }
                Future<R> future = pending.set(i, null);
                R result = future == null ? work.apply(inputs.get(i)) : get(future);
                aheadBytes -= sizes[i];
                emit.accept(inputs.get(i), result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R get(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static long aheadSize(InputFiles.Input input, Predicate<InputFiles.Input> inline) {
        return inline.test(input) ? 0 : size(input);
    }

    /** The size of a file input, 0 for standard input or a file that cannot be read. */
    static long size(InputFiles.Input input) {
        Path path = input.path();
        if (path == null) {
            return 0;
        }
        try {
            return Files.size(path);
        } catch (java.io.IOException | SecurityException e) {
            return 0;
        }
    }
}
