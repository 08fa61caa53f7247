/**
 * The model of a digest: {@link io.github.dailypapers.digest.model.Digest} with its
 * editions, papers, authors, sections, glosses, README blocks, unrecognised lines and
 * diagnostics, plus the visitor API ({@link io.github.dailypapers.digest.model.DigestVisitor},
 * {@link io.github.dailypapers.digest.model.DigestTraversal}).
 *
 * <p>Every model object is immutable and thread-safe, including the bilingual view of a section,
 * which is computed on first use exactly once and then shared. Collections are unmodifiable and
 * never null. Source spans and diagnostics are not part of {@code equals}. Builders are not
 * thread-safe.
 */
package io.github.dailypapers.digest.model;
