package io.github.dailypapers.digest.model;

/**
 * An element of a parsed digest: it knows where it came from and accepts a visitor.
 *
 * <p>All nodes are immutable and safe to share between threads.
 */
public interface DigestNode {

    /**
     * Where this element is in the parsed input. Spans are not part of {@code equals}.
     *
     * @return the element's source span
     */
    SourceSpan span();

    /**
     * Calls the visitor method for this element's type.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(DigestVisitor<R> visitor);
}
