package io.github.dailypapers.digest.internal.text;

import io.github.dailypapers.digest.model.Script;

/**
 * A maximal run of one script in a text.
 *
 * @param start index of the run's first char
 * @param end index just past its last char
 * @param script its script
 */
public record Segment(int start, int end, Script script) {}
