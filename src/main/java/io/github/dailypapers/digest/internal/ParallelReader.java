package io.github.dailypapers.digest.internal;

import io.github.dailypapers.digest.model.Digest;
import io.github.dailypapers.digest.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Parses a large input on all cores: splits it just before level-1 and level-2 headings (see
 * {@link DigestParts}), parses the parts on the common fork-join pool and joins their digests,
 * which gives exactly the digest of one sequential parse.
 */
public final class ParallelReader {

    private ParallelReader() {}

    /**
     * Parses an input, in parts of at least {@code minPartLength} chars when it is large enough.
     *
     * @param input the whole input
     * @param replacements String indexes where malformed UTF-8 was replaced by U+FFFD
     * @param minPartLength the smallest part worth a task of its own
     * @return the digest of the whole input
     */
    public static Digest read(String input, List<Integer> replacements, int minPartLength) {
        if (input.length() < 2L * minPartLength) {
            return DigestReader.read(input, replacements);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int partLength = Math.max(minPartLength, input.length() / (4 * cores));
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        bounds.addAll(DigestParts.cuts(input, 0, input.length(), partLength));
        bounds.add(input.length());
        int parts = bounds.size() - 1;
        // Each part needs its first line number, so count line ends first (cheap, also parallel).
        int[] lineEnds = IntStream.range(0, parts).parallel()
                .map(i -> LineEnds.count(input, bounds.get(i), bounds.get(i + 1)))
                .toArray();
        int[] firstLines = new int[parts];
        firstLines[0] = 1;
        for (int i = 1; i < parts; i++) {
            firstLines[i] = firstLines[i - 1] + lineEnds[i - 1];
        }
        List<Digest> digests = IntStream.range(0, parts).parallel()
                .mapToObj(i -> DigestReader.read(input, bounds.get(i), bounds.get(i + 1), firstLines[i], replacements)
                        .digest())
                .toList();
        SourceSpan first = digests.get(0).span().orElseThrow();
        SourceSpan last = digests.get(parts - 1).span().orElseThrow();
        return DigestParts.join(digests, new SourceSpan(first.line(), first.column(), last.endLine(),
                last.endColumn(), 0, input.length()));
    }
}
