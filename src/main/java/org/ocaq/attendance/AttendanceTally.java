package org.ocaq.attendance;

import java.util.OptionalDouble;

/**
 * How many marks of each kind: the one place the attendance rate is worked out. The rate is attended / marked, where
 * every mark counts as marked and a late arrival counts as attended only if the school says so (it does unless the
 * coordinator turned it off). An excused absence is still an absence for the rate; it is only counted apart.
 */
public record AttendanceTally(long present, long late, long excused, long unexcused) {

    public static final AttendanceTally EMPTY = new AttendanceTally(0, 0, 0, 0);

    public AttendanceTally {
        if (present < 0 || late < 0 || excused < 0 || unexcused < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
    }

    public static AttendanceTally of(AttendanceStatus status) {
        return EMPTY.plus(status, 1);
    }

    public AttendanceTally plus(AttendanceStatus status, long count) {
        return switch (status) {
            case PRESENT -> new AttendanceTally(present + count, late, excused, unexcused);
            case LATE -> new AttendanceTally(present, late + count, excused, unexcused);
            case EXCUSED -> new AttendanceTally(present, late, excused + count, unexcused);
            case UNEXCUSED -> new AttendanceTally(present, late, excused, unexcused + count);
        };
    }

    public AttendanceTally plus(AttendanceTally other) {
        return new AttendanceTally(present + other.present, late + other.late, excused + other.excused,
                unexcused + other.unexcused);
    }

    public long count(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> present;
            case LATE -> late;
            case EXCUSED -> excused;
            case UNEXCUSED -> unexcused;
        };
    }

    /** Every mark, whatever it says. */
    public long marked() {
        return present + late + excused + unexcused;
    }

    public long absent() {
        return excused + unexcused;
    }

    public long attended(boolean lateCountsAsPresent) {
        return present + (lateCountsAsPresent ? late : 0);
    }

    /** The share of marks that count as attended, 0 to 1; empty when nobody was marked. */
    public OptionalDouble rate(boolean lateCountsAsPresent) {
        long marked = marked();
        return marked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended(lateCountsAsPresent) / marked);
    }
}
