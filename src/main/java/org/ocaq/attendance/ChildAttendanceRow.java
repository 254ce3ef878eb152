package org.ocaq.attendance;

import java.util.Map;
import java.util.Optional;

/** One child's row of a class report: the mark per lesson (by lesson id) and the child's counts. */
public record ChildAttendanceRow(long childId, String childName, Map<Long, AttendanceStatus> marks,
                                 AttendanceTally tally) {

    public ChildAttendanceRow {
        marks = Map.copyOf(marks);
    }

    /** The child's mark on a lesson; empty if the child was not on that lesson's sheet. */
    public Optional<AttendanceStatus> mark(long lessonId) {
        return Optional.ofNullable(marks.get(lessonId));
    }
}
