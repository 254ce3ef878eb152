package org.ocaq.attendance;

import org.ocaq.school.TermSummary;

import java.util.List;
import java.util.OptionalDouble;

/** A school's attendance in one term: one line per class with taken lessons, the totals, and the rate per week. */
public record SchoolAttendanceReport(long schoolId, String schoolName, TermSummary term, boolean lateCountsAsPresent,
                                     List<ClassAttendanceRate> classes, AttendanceTally total,
                                     List<RatePoint> series) {

    public SchoolAttendanceReport {
        classes = List.copyOf(classes);
        series = List.copyOf(series);
    }

    public OptionalDouble rate() {
        return total.rate(lateCountsAsPresent);
    }

    public OptionalDouble rate(AttendanceTally tally) {
        return tally.rate(lateCountsAsPresent);
    }

    public int lessons() {
        return classes.stream().mapToInt(ClassAttendanceRate::lessons).sum();
    }
}
