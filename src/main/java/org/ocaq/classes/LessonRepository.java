package org.ocaq.classes;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    @Query("""
            select l from Lesson l where l.classId = :classId and l.lessonDate between :from and :to
            order by l.lessonDate, l.startsAt, l.id""")
    List<Lesson> findInRange(Long classId, LocalDate from, LocalDate to);

    @Query("select l from Lesson l where l.classId in :classIds order by l.lessonDate, l.startsAt, l.id")
    List<Lesson> findByClasses(Collection<Long> classIds);

    /** A lesson with its class's school and name, in one statement. */
    @Query("""
            select new org.ocaq.classes.LessonRepository$LessonRow(l.id, l.classId, c.schoolId, l.termId, c.name,
                l.lessonDate, l.startsAt, l.durationMinutes, l.status, l.note, l.version)
            from Lesson l join SchoolClass c on c.id = l.classId where l.id = :lessonId""")
    java.util.Optional<LessonRow> findRow(long lessonId);

    /** Lessons of several classes between two days, with their class's school and name. */
    @Query("""
            select new org.ocaq.classes.LessonRepository$LessonRow(l.id, l.classId, c.schoolId, l.termId, c.name,
                l.lessonDate, l.startsAt, l.durationMinutes, l.status, l.note, l.version)
            from Lesson l join SchoolClass c on c.id = l.classId
            where l.classId in :classIds and l.lessonDate between :from and :to
            order by l.lessonDate, l.startsAt, c.sortKey, l.id""")
    List<LessonRow> findRows(Collection<Long> classIds, LocalDate from, LocalDate to);

    record LessonRow(long id, long classId, long schoolId, long termId, String className, LocalDate date,
                     LocalTime startsAt, int durationMinutes, LessonStatus status, String note, long version) {
    }

    @Query("select distinct l.termId from Lesson l where l.classId = :classId")
    List<Long> findTermIds(Long classId);

    interface PlannedKey {
        LocalDate getPlannedOn();

        LocalTime getPlannedAt();
    }

    @Query("select l.plannedOn as plannedOn, l.plannedAt as plannedAt from Lesson l where l.classId = :classId")
    List<PlannedKey> findPlannedKeys(Long classId);

    /** Future lessons that nobody moved or cancelled by hand: the timetable may make them again. */
    @Modifying(flushAutomatically = true)
    @Query("""
            delete from Lesson l where l.classId = :classId and l.termId = :termId and l.plannedOn >= :from
            and l.moved = false and l.status = org.ocaq.classes.LessonStatus.SCHEDULED""")
    int deleteUntouchedFrom(Long classId, Long termId, LocalDate from);
}
