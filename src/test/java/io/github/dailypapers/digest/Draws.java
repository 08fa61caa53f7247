package io.github.dailypapers.digest;

import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Small random choices for the test generators, drawn so that QuickTheories can shrink them. */
final class Draws {

    private Draws() {}

    static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    static boolean chance(RandomnessSource in, int percent) {
        return in.next(Constraint.between(0, 99)) < percent;
    }
}
