/**
 * The glossary of an archive: every distinct gloss of its sections, with how often and when it
 * was seen, and the terms and acronyms that are glossed in more than one way.
 *
 * <p>Start with {@link io.github.dailypapers.digest.glossary.Glossary#builder()}. A built
 * {@code Glossary} and its entries are immutable and thread-safe; the builder is not
 * thread-safe (add digests from one thread, or in input order, then build).
 */
package io.github.dailypapers.digest.glossary;
