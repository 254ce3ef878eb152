package org.ocaq.attendance;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheets and marks in plain SQL: a sheet is read in one statement and saved in at most three round-trips (the
 * sheet's version, one batch of marks, one batch of audit rows). The mark's key is the lesson and the child, so an
 * upsert needs no id and no read before it. See docs/decisions/0009-attendance-sheets-in-plain-sql.md.
 */
@Repository
class SheetStore {

    /** A sheet's header and its marks as stored. */
    record StoredSheet(Long version, Instant takenAt, List<StoredMark> marks) {
    }

    record StoredMark(long childId, long familyId, AttendanceStatus status, String note, boolean reportedByFamily) {
    }

    record MarkWrite(long childId, long familyId, AttendanceStatus status, String note) {
    }

    record ChangeWrite(long childId, AttendanceStatus oldStatus, String oldNote, AttendanceStatus newStatus,
                       String newNote) {
    }

    private final JdbcTemplate jdbc;

    SheetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    StoredSheet read(long lessonId) {
        List<StoredMark> marks = new ArrayList<>();
        Long[] version = {null};
        Instant[] takenAt = {null};
        jdbc.query("""
                select s.version, s.taken_at, m.child_id, m.family_id, m.status, m.note, m.reported_by_family
                from attendance_sheet s left join attendance_mark m on m.lesson_id = s.lesson_id
                where s.lesson_id = ?""", rs -> {
            version[0] = rs.getLong(1);
            Timestamp taken = rs.getTimestamp(2);
            takenAt[0] = taken == null ? null : taken.toInstant();
            long childId = rs.getLong(3);
            if (!rs.wasNull()) {
                marks.add(new StoredMark(childId, rs.getLong(4), AttendanceStatus.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getBoolean(7)));
            }
        }, lessonId);
        return new StoredSheet(version[0], takenAt[0], marks);
    }

    /**
     * Takes the sheet from the version it was read at to the next; false if someone else got there first (a newer
     * version, or a sheet made since it was read as missing).
     */
    boolean advance(long lessonId, Long readVersion, long schoolId, long classId, long termId, LocalDate date,
                    Instant takenAt, long takenBy) {
        if (readVersion == null) {
            try {
                jdbc.update("""
                        insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date,
                            taken_at, taken_by) values (?, 1, ?, ?, ?, ?, ?, ?)""",
                        lessonId, schoolId, classId, termId, date, Timestamp.from(takenAt), takenBy);
                return true;
            } catch (DuplicateKeyException madeMeanwhile) {
                return false;
            }
        }
        return jdbc.update("""
                update attendance_sheet set version = version + 1, taken_at = ?, taken_by = ?, lesson_date = ?
                where lesson_id = ? and version = ?""",
                Timestamp.from(takenAt), takenBy, date, lessonId, readVersion) == 1;
    }

    void writeMarks(long lessonId, List<MarkWrite> marks) {
        if (marks.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into attendance_mark (lesson_id, child_id, family_id, status, note, reported_by_family)
                values (?, ?, ?, ?, ?, false)
                on duplicate key update status = values(status), note = values(note), reported_by_family = false""",
                marks.stream().map(m -> new Object[]{lessonId, m.childId(), m.familyId(), m.status().name(), m.note()})
                        .toList());
    }

    void writeChanges(long lessonId, Instant at, long byAccount, String byName, List<ChangeWrite> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into attendance_change (lesson_id, child_id, changed_at, changed_by, changed_by_name,
                    old_status, new_status, old_note, new_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                changes.stream().map(c -> new Object[]{lessonId, c.childId(), Timestamp.from(at), byAccount, byName,
                        c.oldStatus() == null ? null : c.oldStatus().name(), c.newStatus().name(), c.oldNote(),
                        c.newNote()}).toList());
    }

    record SheetState(long lessonId, long schoolId, long classId, boolean taken) {
    }

    List<SheetState> states(java.util.Collection<Long> lessonIds) {
        String marks = String.join(",", java.util.Collections.nCopies(lessonIds.size(), "?"));
        return jdbc.query("select lesson_id, school_id, class_id, taken_at is not null from attendance_sheet"
                        + " where lesson_id in (" + marks + ")",
                (rs, n) -> new SheetState(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)),
                lessonIds.toArray());
    }

    record StoredChange(long childId, Instant changedAt, long changedBy, String changedByName,
                        AttendanceStatus oldStatus, String oldNote, AttendanceStatus newStatus, String newNote) {
    }

    List<StoredChange> changes(long lessonId) {
        return jdbc.query("""
                select child_id, changed_at, changed_by, changed_by_name, old_status, old_note, new_status, new_note
                from attendance_change where lesson_id = ? order by changed_at, id""",
                (rs, n) -> new StoredChange(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3),
                        rs.getString(4), rs.getString(5) == null ? null : AttendanceStatus.valueOf(rs.getString(5)),
                        rs.getString(6), AttendanceStatus.valueOf(rs.getString(7)), rs.getString(8)), lessonId);
    }
}
