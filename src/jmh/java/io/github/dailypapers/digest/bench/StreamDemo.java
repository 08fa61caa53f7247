package io.github.dailypapers.digest.bench;

import io.github.dailypapers.digest.DigestParser;
import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.Paper;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads an archive of any size with {@link DigestParser#stream(Reader)} and reports the time and
 * the peak heap: {@code java -Xmx128m ... StreamDemo /tmp/archive-1g.md [--glosses]}.
 */
public final class StreamDemo {

    private StreamDemo() {}

    private static long liveAfterLastGc() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        boolean glosses = args.length > 1 && args[1].equals("--glosses");
        long bytes = Files.size(file);
        DigestParser parser = DigestParser.builder().build();
        long parts = 0;
        long editions = 0;
        long papers = 0;
        long sections = 0;
        long diagnostics = 0;
        long glossCount = 0;
        long maxLiveAfterGc = 0;
        long maxUsed = 0;
        long start = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Iterator<Digest> it = parser.stream(reader).iterator();
            while (it.hasNext()) {
                Digest part = it.next();
                parts++;
                // After each part: the heap in use (garbage included), and what the latest
                // collection left alive in the heap's pools (the live set).
                maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                maxLiveAfterGc = Math.max(maxLiveAfterGc, liveAfterLastGc());
                editions += part.editions().size();
                diagnostics += part.diagnostics().size();
                for (Paper paper : part.papers()) {
                    papers++;
                    sections += paper.sections().size();
                    if (glosses) {
                        glossCount += paper.sections().stream().mapToLong(s -> s.glosses().size()).sum();
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long gcs = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        System.out.printf(Locale.ROOT, "%s: %,d bytes in %.1f s = %.0f MB/s (UTF-8, MB = 10^6 bytes)%n", file, bytes,
                seconds, bytes / seconds / 1e6);
        System.out.printf(Locale.ROOT, "%,d parts, %,d editions, %,d papers, %,d sections, %,d diagnostics%s%n", parts,
                editions, papers, sections, diagnostics, glosses ? String.format(Locale.ROOT, ", %,d glosses", glossCount) : "");
        System.out.printf(Locale.ROOT, "max heap (-Xmx) %,d MiB; largest heap in use seen after a part %,d MiB; "
                + "largest live heap after a collection %,d MiB; %,d collections, %,d ms%n",
                Runtime.getRuntime().maxMemory() >> 20, maxUsed >> 20, maxLiveAfterGc >> 20, gcs, gcMillis);
    }
}
