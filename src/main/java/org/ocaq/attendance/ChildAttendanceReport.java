package org.ocaq.attendance;

import org.ocaq.school.TermSummary;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A child's attendance in one term: the counts, the rate under the school's rule for late arrivals, and every lesson
 * the reader may see (a teacher sees the lessons of the classes they teach).
 */
public record ChildAttendanceReport(long childId, String childName, TermSummary term, boolean lateCountsAsPresent,
                                    AttendanceTally tally, List<ChildAttendanceEntry> history) {

    public ChildAttendanceReport {
        history = List.copyOf(history);
    }

    public OptionalDouble rate() {
        return tally.rate(lateCountsAsPresent);
    }
}
