package org.ocaq.attendance;

import org.ocaq.classes.LessonFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the family side reads and writes of sheets, marks, lesson records and notices, in plain SQL like
 * {@link SheetStore}: a child's marks over many lessons in one statement, a family's pre-marks as upserts that never
 * overwrite the school's own mark, and the notice claim whose primary key lets only one sender win.
 */
@Repository
class FamilyAttendanceStore {

    /** One mark of one child; taken says whether the sheet was saved by the school (a pre-mark alone is not). */
    record ChildMark(long lessonId, AttendanceStatus status, String note, boolean reportedByFamily, boolean taken) {
    }

    record RecordText(long lessonId, String topic, String homework, List<String> materialLinks) {
    }

    /** An unexcused absence on a taken sheet that nobody was told of yet. */
    record PendingNotice(long lessonId, long childId, long familyId, LocalDate lessonDate) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    FamilyAttendanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    Map<Long, ChildMark> marksOf(long childId, Collection<Long> lessonIds) {
        Map<Long, ChildMark> marks = new HashMap<>();
        if (lessonIds.isEmpty()) {
            return marks;
        }
        named.query("""
                select m.lesson_id, m.status, m.note, m.reported_by_family, s.taken_at is not null
                from attendance_mark m join attendance_sheet s on s.lesson_id = m.lesson_id
                where m.child_id = :childId and m.lesson_id in (:lessonIds)""",
                new MapSqlParameterSource("childId", childId).addValue("lessonIds", lessonIds),
                rs -> {
                    marks.put(rs.getLong(1), new ChildMark(rs.getLong(1), AttendanceStatus.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)));
                });
        return marks;
    }

    Map<Long, RecordText> records(Collection<Long> lessonIds) {
        Map<Long, RecordText> records = new HashMap<>();
        if (lessonIds.isEmpty()) {
            return records;
        }
        named.query("""
                select lesson_id, topic, homework, material_links from lesson_record
                where lesson_id in (:lessonIds)""", new MapSqlParameterSource("lessonIds", lessonIds), rs -> {
            String links = rs.getString(4);
            records.put(rs.getLong(1), new RecordText(rs.getLong(1), rs.getString(2), rs.getString(3),
                    links == null ? List.of() : Arrays.stream(links.split("\n")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList()));
        });
        return records;
    }

    /**
     * Marks the child excused with the family's reason on each lesson: the sheet is made if missing, and its version
     * moves on either way, so that a teacher who has it open is told someone changed it rather than overwriting the
     * report. A mark the school set stays as it is.
     */
    void premark(List<LessonFacts> lessons, long childId, long familyId, String reason) {
        if (lessons.isEmpty()) {
            return;
        }
        touchSheets(lessons);
        jdbc.batchUpdate("""
                insert into attendance_mark (lesson_id, child_id, family_id, status, note, reported_by_family)
                values (?, ?, ?, 'EXCUSED', ?, true)
                on duplicate key update note = if(reported_by_family, values(note), note),
                    status = if(reported_by_family, values(status), status)""",
                lessons.stream().map(l -> new Object[]{l.lessonId(), childId, familyId, reason}).toList());
    }

    /** Takes the family's pre-marks of the child off these lessons; the school's own marks stay. */
    void removePremarks(List<LessonFacts> lessons, long childId) {
        if (lessons.isEmpty()) {
            return;
        }
        int[] removed = jdbc.batchUpdate("""
                delete from attendance_mark where lesson_id = ? and child_id = ? and reported_by_family""",
                lessons.stream().map(l -> new Object[]{l.lessonId(), childId}).toList());
        List<LessonFacts> changed = new java.util.ArrayList<>();
        for (int i = 0; i < removed.length; i++) {
            if (removed[i] != 0) {
                changed.add(lessons.get(i));
            }
        }
        if (!changed.isEmpty()) {
            named.update("update attendance_sheet set version = version + 1 where lesson_id in (:lessonIds)",
                    new MapSqlParameterSource("lessonIds", changed.stream().map(LessonFacts::lessonId).toList()));
        }
    }

    private void touchSheets(List<LessonFacts> lessons) {
        jdbc.batchUpdate("""
                insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date, taken_at,
                    taken_by) values (?, 0, ?, ?, ?, ?, null, null)
                on duplicate key update version = version + 1""",
                lessons.stream().map(l -> new Object[]{l.lessonId(), l.schoolId(), l.classId(), l.termId(), l.date()})
                        .toList());
    }

    List<PendingNotice> pendingNotices(LocalDate since, LocalDate until, int limit) {
        return jdbc.query("""
                select m.lesson_id, m.child_id, m.family_id, s.lesson_date
                from attendance_sheet s
                join attendance_mark m on m.lesson_id = s.lesson_id
                left join absence_notice n on n.lesson_id = m.lesson_id and n.child_id = m.child_id
                where s.lesson_date between ? and ? and s.taken_at is not null and m.status = 'UNEXCUSED'
                and n.lesson_id is null
                order by s.lesson_date, m.lesson_id, m.child_id
                limit ?""",
                (rs, n) -> new PendingNotice(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)), since, until, limit);
    }

    /** The notices still owed for one lesson's sheet (recent lessons only). */
    List<PendingNotice> pendingNoticesOf(long lessonId, LocalDate since) {
        return jdbc.query("""
                select m.lesson_id, m.child_id, m.family_id, s.lesson_date
                from attendance_sheet s
                join attendance_mark m on m.lesson_id = s.lesson_id
                left join absence_notice n on n.lesson_id = m.lesson_id and n.child_id = m.child_id
                where s.lesson_id = ? and s.lesson_date >= ? and s.taken_at is not null and m.status = 'UNEXCUSED'
                and n.lesson_id is null
                order by m.child_id""",
                (rs, n) -> new PendingNotice(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)), lessonId, since);
    }

    /**
     * Records that the family is being told of this absence, if it still stands and nobody told them yet: true for
     * exactly one caller, however many run at once (the second waits on the key and then inserts nothing).
     */
    boolean claimNotice(long lessonId, long childId, Instant at) {
        int inserted = jdbc.update("""
                insert ignore into absence_notice (lesson_id, child_id, queued_at)
                select m.lesson_id, m.child_id, ? from attendance_mark m
                where m.lesson_id = ? and m.child_id = ? and m.status = 'UNEXCUSED'""",
                Timestamp.from(at), lessonId, childId);
        return inserted == 1 || inserted == Statement.SUCCESS_NO_INFO;
    }
}
