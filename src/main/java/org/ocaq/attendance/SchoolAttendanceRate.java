package org.ocaq.attendance;

import java.util.OptionalDouble;

/** One school's line of a country report, rated under that school's own rule for late arrivals. */
public record SchoolAttendanceRate(long schoolId, String schoolName, String city, boolean lateCountsAsPresent,
                                   long lessons, AttendanceTally tally) {

    public OptionalDouble rate() {
        return tally.rate(lateCountsAsPresent);
    }

    public long attended() {
        return tally.attended(lateCountsAsPresent);
    }
}
