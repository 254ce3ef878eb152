package org.ocaq.classes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One lesson of a class, made from its timetable. Date and time are local to the school's time zone, never an
 * instant. plannedOn/plannedAt keep where the timetable put it, so a lesson moved by hand is not made again.
 */
@Entity
@Table(name = "lesson")
class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long classId;
    private Long termId;
    private LocalDate plannedOn;
    private LocalTime plannedAt;
    private LocalDate lessonDate;
    private LocalTime startsAt;
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    private LessonStatus status;

    private boolean moved;
    private String note;

    protected Lesson() {
    }

    Lesson(Long classId, Long termId, LessonGenerator.PlannedLesson planned) {
        this.classId = classId;
        this.termId = termId;
        this.plannedOn = planned.date();
        this.plannedAt = planned.startsAt();
        this.lessonDate = planned.date();
        this.startsAt = planned.startsAt();
        this.durationMinutes = planned.durationMinutes();
        this.status = LessonStatus.SCHEDULED;
    }

    void moveTo(LocalDate date, LocalTime time) {
        this.lessonDate = date;
        this.startsAt = time;
        this.moved = true;
    }

    void cancel(String reason) {
        this.status = LessonStatus.CANCELLED;
        this.note = reason;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getClassId() {
        return classId;
    }

    LessonSummary toSummary() {
        return new LessonSummary(id, classId, termId, lessonDate, startsAt, durationMinutes, status, moved, note,
                version);
    }
}
