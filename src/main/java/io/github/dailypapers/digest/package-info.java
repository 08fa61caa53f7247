/**
 * Reads and writes Daily Papers digests: {@link io.github.dailypapers.digest.DigestParser}
 * turns Markdown of any dialect into the model of {@link io.github.dailypapers.digest.model},
 * and {@link io.github.dailypapers.digest.DigestWriter} turns a model back into canonical
 * Markdown.
 *
 * <p>Thread safety: a built {@code DigestParser} is immutable and may be shared by any number
 * of threads; {@code DigestWriter} is stateless; {@code DigestParser.Builder} is not
 * thread-safe (build the parser once, then share it).
 */
package io.github.dailypapers.digest;
