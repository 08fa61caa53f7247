package io.github.dailypapers.digest.cli;

import java.util.Optional;

/**
 * The readable outputs' one rule for showing an acronym: not when it is the term itself, as in an
 * expansion ({@code CoT(Chain of Thought)} has the term and the acronym {@code CoT}), where it would
 * only repeat what the reader has just seen. JSON and TSV keep it, for programs.
 */
final class ShownAcronym {

    private ShownAcronym() {}

    static Optional<String> of(String term, Optional<String> acronym) {
        return acronym.filter(a -> !a.equals(term));
    }
}
