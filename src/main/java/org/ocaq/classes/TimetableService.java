package org.ocaq.classes;

import org.ocaq.school.TermDetails;
import org.ocaq.school.TermService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lessons of a class, made from its weekly slots across a term minus its breaks. The school's coordinator makes
 * them; the coordinator and the class's teachers see them and move or cancel one.
 */
@Service
@Transactional
public class TimetableService {

    private final LessonRepository lessons;
    private final SchoolClassRepository classes;
    private final TermService terms;
    private final AccessPolicy access;
    private final Clock clock;
    // Enrolment implements it and needs ClassService, which needs this service: looked up when first used.
    private final org.springframework.beans.factory.ObjectProvider<FamilyClasses> familyClasses;

    TimetableService(LessonRepository lessons, SchoolClassRepository classes, TermService terms, AccessPolicy access,
                     Clock clock,
                     org.springframework.beans.factory.ObjectProvider<FamilyClasses> familyClasses) {
        this.familyClasses = familyClasses;
        this.lessons = lessons;
        this.classes = classes;
        this.terms = terms;
        this.access = access;
        this.clock = clock;
    }

    /** Makes the class's lessons for the whole term; lessons that exist already stay as they are. */
    public int generateLessons(long classId, long termId) {
        SchoolClass schoolClass = loadClass(classId);
        access.checkChange(Owner.school(schoolClass.getSchoolId()));
        TermDetails term = terms.getTerm(termId);
        if (term.term().schoolId() != schoolClass.getSchoolId()) {
            throw new AccessDeniedException("Not in your scope");
        }
        return generate(schoolClass, term, null);
    }

    @Transactional(readOnly = true)
    public List<LessonSummary> lessons(long classId, LocalDate from, LocalDate to) {
        SchoolClass schoolClass = loadClass(classId);
        access.checkSee(Owner.schoolClass(schoolClass.getSchoolId(), classId));
        return lessons.findInRange(classId, from, to).stream().map(Lesson::toSummary).toList();
    }

    /**
     * One lesson with its class, school, term and the school's time zone, for whoever may see the class. A guessed id
     * gets the same answer whether or not the lesson exists. One statement (the zone is remembered).
     */
    @Transactional(readOnly = true)
    public LessonFacts lessonFacts(long lessonId) {
        LessonRepository.LessonRow row = lessons.findRow(lessonId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        access.checkSee(Owner.schoolClass(row.schoolId(), row.classId()));
        return facts(row);
    }

    /** The lessons of the classes the signed-in teacher teaches, between two days. */
    @Transactional(readOnly = true)
    public List<LessonFacts> myLessons(LocalDate from, LocalDate to) {
        Set<Long> taught = access.requireUser().scope(org.ocaq.security.ScopeKind.TAUGHT_CLASS);
        if (taught.isEmpty()) {
            return List.of();
        }
        return lessons.findRows(taught, from, to).stream().map(this::facts).toList();
    }

    /** The lessons of one class between two days, with their facts; for whoever may see the class. */
    @Transactional(readOnly = true)
    public List<LessonFacts> classLessons(long classId, LocalDate from, LocalDate to) {
        SchoolClass schoolClass = loadClass(classId);
        access.checkSee(Owner.schoolClass(schoolClass.getSchoolId(), classId));
        return lessons.findRows(List.of(classId), from, to).stream().map(this::facts).toList();
    }

    /**
     * The lessons a child's places cover between two days (their class, their term, from their first day); for whoever
     * may see the child's family.
     */
    @Transactional(readOnly = true)
    public List<LessonFacts> childLessons(long childId, LocalDate from, LocalDate to) {
        List<ChildPlace> places = familyClasses.getObject().placesOfChild(childId);
        if (places.isEmpty()) {
            return List.of();
        }
        Set<Long> classIds = new HashSet<>();
        places.forEach(p -> classIds.add(p.classId()));
        // Only the lessons the child's places cover: a child who joined mid-term has no lessons before that.
        return lessons.findRows(classIds, from, to).stream()
                .filter(l -> places.stream().anyMatch(p -> p.classId() == l.classId() && p.covers(l.termId(), l.date())))
                .map(this::facts).toList();
    }

    private LessonFacts facts(LessonRepository.LessonRow row) {
        return new LessonFacts(row.id(), row.classId(), row.schoolId(), row.termId(), row.className(), row.date(),
                row.startsAt(), row.durationMinutes(), row.status(), terms.schoolTimeZone(row.schoolId()), row.note(),
                row.version());
    }

    /**
     * Moves one lesson to another local date and time; the timetable will not make it again at its old place. Fails
     * with {@link OptimisticLockingFailureException} if someone changed the lesson since it was read (expectedVersion).
     */
    public void moveLesson(long lessonId, long expectedVersion, LocalDate date, LocalTime startsAt) {
        Lesson lesson = loadForChange(lessonId, expectedVersion);
        if (date == null || startsAt == null) {
            throw new FieldProblems(Map.of("date", List.of("classes.lesson.date-required")));
        }
        lesson.moveTo(date, startsAt);
    }

    /** Cancels one lesson; fails like {@link #moveLesson} if someone changed it since it was read. */
    public void cancelLesson(long lessonId, long expectedVersion, String reason) {
        Lesson lesson = loadForChange(lessonId, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new FieldProblems(Map.of("reason", List.of("classes.lesson.reason-required")));
        }
        if (reason.strip().length() > 500) {
            throw new FieldProblems(Map.of("reason", List.of("classes.lesson.reason-too-long")));
        }
        lesson.cancel(reason.strip());
    }

    /**
     * After the class's slots changed: its lessons from tomorrow (in the school's time zone) that nobody moved or
     * cancelled are made again from the new slots; past lessons and lessons changed by hand stay.
     */
    void regenerateFutureLessons(SchoolClass schoolClass) {
        Map<Long, TermDetails> byTerm = new LinkedHashMap<>();
        for (Long termId : lessons.findTermIds(schoolClass.getId())) {
            byTerm.put(termId, terms.getTerm(termId));
        }
        for (TermDetails term : byTerm.values()) {
            LocalDate tomorrow = LocalDate.now(clock.withZone(term.timeZone())).plusDays(1);
            lessons.deleteUntouchedFrom(schoolClass.getId(), term.term().id(), tomorrow);
            generate(schoolClass, term, tomorrow);
        }
    }

    private int generate(SchoolClass schoolClass, TermDetails term, LocalDate from) {
        Set<String> existing = new HashSet<>();
        lessons.findPlannedKeys(schoolClass.getId()).forEach(k -> existing.add(k.getPlannedOn() + " " + k.getPlannedAt()));
        int made = 0;
        for (LessonGenerator.PlannedLesson planned : LessonGenerator.generate(term.term().startsOn(),
                term.term().endsOn(), term.breaks(), schoolClass.getSlots(), from)) {
            if (existing.add(planned.date() + " " + planned.startsAt())) {
                lessons.save(new Lesson(schoolClass.getId(), term.term().id(), planned));
                made++;
            }
        }
        return made;
    }

    private Lesson loadForChange(long lessonId, long expectedVersion) {
        // A guessed id gets the same answer whether or not the lesson exists.
        Lesson lesson = lessons.findById(lessonId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        SchoolClass schoolClass = loadClass(lesson.getClassId());
        access.checkChange(Owner.schoolClass(schoolClass.getSchoolId(), schoolClass.getId()));
        if (lesson.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Lesson " + lessonId + " was changed by someone else");
        }
        return lesson;
    }

    private SchoolClass loadClass(long classId) {
        return classes.findById(classId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }
}
