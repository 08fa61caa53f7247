package io.github.dailypapers.digest.model;

import java.util.Optional;

/**
 * An element of a parsed digest: it knows where it came from and accepts a visitor.
 *
 * <p>All nodes are immutable and safe to share between threads.
 */
public interface DigestNode {

    /**
     * Where this element is in the parsed input; empty for an element that was built rather
     * than parsed. Spans are not part of {@code equals}.
     *
     * @return the element's source span, or empty
     */
    Optional<SourceSpan> span();

    /**
     * Calls the visitor method for this element's type.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(DigestVisitor<R> visitor);
}
