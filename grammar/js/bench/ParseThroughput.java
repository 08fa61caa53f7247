// Throughput of the Java library on one file, measured as bench/throughput.mjs measures the
// JavaScript reader (docs/performance.md, "JavaScript reader"); not JMH, just a like-for-like
// figure. Run: java -cp <daily-papers-digest jar with the ANTLR runtime> ParseThroughput.java FILE ROUNDS
import io.github.dailypapers.digest.DigestParser;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

public class ParseThroughput {
    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int rounds = Integer.parseInt(args[1]);
        DigestParser parser = DigestParser.builder().build();
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) parser.parse(text); // warm-up (JIT)
        double[] wall = new double[rounds], cpu = new double[rounds];
        int papers = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
            papers += parser.parse(text).editions().size();
            wall[i] = (System.nanoTime() - t) / 1e9; cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e9;
        }
        Arrays.sort(wall); Arrays.sort(cpu);
        double mb = bytes.length / 1e6;
        System.out.printf("Java DigestParser.parse(String): %.1f MB/s wall, %.1f MB/s CPU (medians of %d: %.4f s, %.4f s CPU, %.2f MB) %d%n",
            mb / wall[rounds / 2], mb / cpu[rounds / 2], rounds, wall[rounds / 2], cpu[rounds / 2], mb, papers);
    }
}
