package io.github.dailypapers.digest.glossary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Occurrences of one glossary key: how many, the first and last date, and how each spelling
 * was written, so the entry can be shown as its most frequent spelling (the first seen on a tie).
 *
 * @param <S> what a spelling is
 */
final class Tally<S> {

    private final Map<S, Integer> spellings = new LinkedHashMap<>();
    private int count;
    private LocalDate first;
    private LocalDate last;

    void add(S spelling, LocalDate date) {
        add(spelling, 1, date, date);
    }

    void add(S spelling, int times, LocalDate from, LocalDate to) {
        spellings.merge(spelling, times, Integer::sum);
        count += times;
        if (from != null && (first == null || from.isBefore(first))) {
            first = from;
        }
        if (to != null && (last == null || to.isAfter(last))) {
            last = to;
        }
    }

    S spelling() {
        S best = null;
        int most = 0;
        for (Map.Entry<S, Integer> e : spellings.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    int count() {
        return count;
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }
}
