package org.ocaq.attendance;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The figures of attendance reports in plain SQL, one statement per question whatever the number of rows. Only sheets
 * on which attendance was taken count (taken_at set): a sheet made by a family's advance report alone is not a
 * lesson anyone recorded yet. Each query starts from one of the sheet indexes, (class_id, term_id, lesson_date) or
 * (school_id, term_id, lesson_date), and reaches the marks by their primary key (lesson_id, child_id).
 */
@Component
class AttendanceReportQueries {

    /** One mark of a class's term, or a taken sheet with no marks (childId and status null). */
    record ClassMark(long lessonId, LocalDate day, Long childId, AttendanceStatus status) {
    }

    /** One mark in a child's history. */
    record ChildMark(long lessonId, LocalDate day, long schoolId, long classId, AttendanceStatus status, String note) {
    }

    /** How many marks of one status a lesson has; status null for a taken sheet without marks. */
    record LessonCount(long classId, long lessonId, LocalDate day, AttendanceStatus status, long count) {
    }

    /** How many marks of one status a school has on one day; status null for taken sheets without marks. */
    record SchoolDayCount(long schoolId, LocalDate day, AttendanceStatus status, long count) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AttendanceReportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ClassMark> classMarks(long schoolId, long classId, long termId) {
        return jdbc.query("""
                        select s.lesson_id, s.lesson_date, m.child_id, m.status
                        from attendance_sheet s left join attendance_mark m on m.lesson_id = s.lesson_id
                        where s.class_id = :classId and s.term_id = :termId and s.school_id = :schoolId
                          and s.taken_at is not null
                        order by s.lesson_date, s.lesson_id""",
                new MapSqlParameterSource().addValue("classId", classId).addValue("termId", termId)
                        .addValue("schoolId", schoolId),
                (rs, n) -> {
                    long childId = rs.getLong(3);
                    boolean none = rs.wasNull();
                    return new ClassMark(rs.getLong(1), rs.getObject(2, LocalDate.class), none ? null : childId,
                            none ? null : AttendanceStatus.valueOf(rs.getString(4)));
                });
    }

    List<ChildMark> childMarks(long childId, long termId) {
        return jdbc.query("""
                        select s.lesson_id, s.lesson_date, s.school_id, s.class_id, m.status, m.note
                        from attendance_mark m join attendance_sheet s on s.lesson_id = m.lesson_id
                        where m.child_id = :childId and s.term_id = :termId and s.taken_at is not null
                        order by s.lesson_date, s.lesson_id""",
                new MapSqlParameterSource().addValue("childId", childId).addValue("termId", termId),
                (rs, n) -> new ChildMark(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4),
                        AttendanceStatus.valueOf(rs.getString(5)), rs.getString(6)));
    }

    /** Mark counts per lesson and status of a school's term. */
    List<LessonCount> schoolCounts(long schoolId, long termId) {
        return jdbc.query("""
                        select s.class_id, s.lesson_id, s.lesson_date, m.status, count(m.child_id)
                        from attendance_sheet s left join attendance_mark m on m.lesson_id = s.lesson_id
                        where s.school_id = :schoolId and s.term_id = :termId and s.taken_at is not null
                        group by s.class_id, s.lesson_id, s.lesson_date, m.status""",
                new MapSqlParameterSource().addValue("schoolId", schoolId).addValue("termId", termId),
                (rs, n) -> new LessonCount(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        status(rs.getString(4)), rs.getLong(5)));
    }

    /** Mark counts per school, day and status for lessons held between two days (both included). */
    List<SchoolDayCount> dayCounts(Collection<Long> schoolIds, LocalDate from, LocalDate to) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(jdbc.query("""
                        select s.school_id, s.lesson_date, m.status, count(m.child_id)
                        from attendance_sheet s left join attendance_mark m on m.lesson_id = s.lesson_id
                        where s.school_id in (:schoolIds) and s.lesson_date between :from and :to
                          and s.taken_at is not null
                        group by s.school_id, s.lesson_date, m.status""",
                new MapSqlParameterSource().addValue("schoolIds", schoolIds).addValue("from", from)
                        .addValue("to", to),
                (rs, n) -> new SchoolDayCount(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        status(rs.getString(3)), rs.getLong(4))));
    }

    /** Taken lessons per school between two days, for the country's table. */
    java.util.Map<Long, Long> lessonsPerSchool(Collection<Long> schoolIds, LocalDate from, LocalDate to) {
        java.util.Map<Long, Long> lessons = new java.util.HashMap<>();
        if (schoolIds.isEmpty()) {
            return lessons;
        }
        jdbc.query("""
                        select s.school_id, count(*) from attendance_sheet s
                        where s.school_id in (:schoolIds) and s.lesson_date between :from and :to
                          and s.taken_at is not null
                        group by s.school_id""",
                new MapSqlParameterSource().addValue("schoolIds", schoolIds).addValue("from", from)
                        .addValue("to", to),
                rs -> {
                    lessons.put(rs.getLong(1), rs.getLong(2));
                });
        return lessons;
    }

    private static AttendanceStatus status(String value) {
        return value == null ? null : AttendanceStatus.valueOf(value);
    }
}
