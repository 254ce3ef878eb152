package org.ocaq.attendance;

import org.ocaq.school.TermSummary;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A class's attendance in one term: children (rows, in the order of their names) by taken lessons (columns, by day),
 * with each child's, each lesson's and the whole class's counts, and the rate per lesson day for the chart.
 */
public record ClassAttendanceReport(long classId, String className, long schoolId, TermSummary term,
                                    boolean lateCountsAsPresent, List<LessonColumn> lessons,
                                    List<ChildAttendanceRow> children, AttendanceTally total,
                                    List<RatePoint> series) {

    public ClassAttendanceReport {
        lessons = List.copyOf(lessons);
        children = List.copyOf(children);
        series = List.copyOf(series);
    }

    public OptionalDouble rate() {
        return total.rate(lateCountsAsPresent);
    }

    public OptionalDouble rate(AttendanceTally tally) {
        return tally.rate(lateCountsAsPresent);
    }
}
