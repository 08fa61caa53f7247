package io.github.dailypapers.digest.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A visitor that walks a digest in document order and combines what the visits return.
 *
 * <p>Every method visits the element's children by default, so a subclass overrides only the
 * methods for the elements it cares about. To count all authors of a file:
 *
 * <pre>{@code
 * int authors = digest.accept(new DigestTraversal<Integer>() {
 *     protected Integer defaultResult() { return 0; }
 *     protected Integer combine(Integer total, Integer next) { return total + next; }
 *     public Integer visitAuthor(Author author) { return 1; }
 * });
 * }</pre>
 *
 * <p>Children in document order: a digest's editions, README blocks and unrecognised lines
 * (ordered by position); an edition's papers; a paper's media, authors and sections; a
 * section's glosses. The depth is fixed, so deep input cannot overflow the stack.
 *
 * @param <R> what each visit returns
 */
public abstract class DigestTraversal<R> implements DigestVisitor<R> {

    /** Creates a traversal. */
    protected DigestTraversal() {}

    /**
     * The result of visiting an element with no children; also the start of every combination.
     * Returns {@code null} unless overridden.
     *
     * @return the default result
     */
    protected R defaultResult() {
        return null;
    }

    /**
     * Combines the result so far with the result of visiting the next child. Returns
     * {@code next} unless overridden.
     *
     * @param soFar the result so far
     * @param next the next child's result
     * @return the combined result
     */
    protected R combine(R soFar, R next) {
        return next;
    }

    /**
     * Visits the given nodes in order and combines their results, starting from
     * {@link #defaultResult()}.
     *
     * @param nodes the nodes
     * @return the combined result
     */
    protected final R visitAll(List<? extends DigestNode> nodes) {
        R result = defaultResult();
        for (DigestNode node : nodes) {
            result = combine(result, node.accept(this));
        }
        return result;
    }

    @Override
    public R visitDigest(Digest digest) {
        List<DigestNode> children = new ArrayList<>(digest.editions());
        children.addAll(digest.readmeBlocks());
        children.addAll(digest.unrecognisedLines());
        // A stable sort: nodes built by hand (no span: as if at offset 0) keep the order above.
        children.sort(Comparator.comparingInt(node -> node.span().map(SourceSpan::offset).orElse(0)));
        return visitAll(children);
    }

    @Override
    public R visitEdition(Edition edition) {
        return visitAll(edition.papers());
    }

    @Override
    public R visitPaper(Paper paper) {
        List<DigestNode> children = new ArrayList<>();
        paper.media().ifPresent(children::add);
        children.addAll(paper.authors());
        children.addAll(paper.sections());
        return visitAll(children);
    }

    @Override
    public R visitMedia(Media media) {
        return defaultResult();
    }

    @Override
    public R visitAuthor(Author author) {
        return defaultResult();
    }

    @Override
    public R visitSection(Section section) {
        return visitAll(section.glosses());
    }

    @Override
    public R visitGloss(Gloss gloss) {
        return defaultResult();
    }

    @Override
    public R visitReadmeBlock(ReadmeBlock block) {
        return defaultResult();
    }

    @Override
    public R visitUnrecognisedLine(UnrecognisedLine line) {
        return defaultResult();
    }
}
