package org.ocaq.attendance;

/** A child's mark for one lesson. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    /** Absent with a reason the school accepts (a family's advance report is one). */
    EXCUSED,
    /** Absent with no reason given: the family is told. */
    UNEXCUSED;

    public boolean absent() {
        return this == EXCUSED || this == UNEXCUSED;
    }
}
