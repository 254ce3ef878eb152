package org.ocaq.attendance;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One point of an attendance chart: a lesson day (class) or the Monday of a week (school, country), and how many of
 * the marks of that day or week counted as attended, under each school's own rule for late arrivals.
 */
public record RatePoint(LocalDate day, long attended, long marked) {

    public OptionalDouble rate() {
        return marked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended / marked);
    }
}
