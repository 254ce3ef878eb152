package org.ocaq.attendance;

import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.enrolment.EnrolmentService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The teacher's side of a lesson: its record (topic, unit, homework, materials) and its attendance sheet.
 * <p>
 * A sheet lists every child who sits in the class on the lesson's day (a child who joined mid-term only from their
 * first day) and anyone already marked. It can be taken from the lesson's start, in the school's time zone, and
 * changed later; a change after the lesson's day goes into an audit trail the coordinator reads. Two people saving
 * the same sheet are told apart by its version: the second gets {@link SheetChangedProblem} and nothing is written.
 */
@Service
@Transactional
public class AttendanceService {

    static final int NOTE_MAX = 500;
    private static final Pattern LINK = Pattern.compile("https?://\\S{1,490}");

    private final TimetableService timetable;
    private final EnrolmentService enrolment;
    private final PeopleRosterService people;
    private final SheetStore sheets;
    private final LessonRecordRepository records;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.ocaq.curriculum.CurriculumService curriculum;

    AttendanceService(TimetableService timetable, EnrolmentService enrolment, PeopleRosterService people,
                      SheetStore sheets, LessonRecordRepository records, AccessPolicy access,
                      ApplicationEventPublisher events, Clock clock, org.ocaq.curriculum.CurriculumService curriculum) {
        this.curriculum = curriculum;
        this.timetable = timetable;
        this.enrolment = enrolment;
        this.people = people;
        this.sheets = sheets;
        this.records = records;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The sheet of a lesson, for the class's teachers and the school's coordinator. Six statements at most for a
     * teacher, whatever the size of the class: the user's scopes, the lesson, the places, the children and the
     * teacher's right to see their families, and the sheet with its marks.
     */
    @Transactional(readOnly = true)
    public AttendanceSheet open(long lessonId) {
        CurrentUser user = access.requireUser();
        LessonFacts lesson = timetable.lessonFacts(lessonId);
        List<ChildSummary> roster = enrolment.classRosterOn(lesson.classId(), lesson.schoolId(), lesson.termId(),
                lesson.date());
        SheetStore.StoredSheet stored = sheets.read(lessonId);
        Map<Long, SheetStore.StoredMark> marks = new HashMap<>();
        stored.marks().forEach(m -> marks.put(m.childId(), m));

        List<SheetRow> rows = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (ChildSummary child : roster) {
            listed.add(child.id());
            rows.add(row(child, marks.get(child.id()), true));
        }
        // Children marked who no longer sit in the class (they left after the lesson) stay on its sheet.
        List<Long> gone = marks.keySet().stream().filter(id -> !listed.contains(id)).sorted().toList();
        if (!gone.isEmpty()) {
            for (ChildSummary child : people.children(gone)) {
                rows.add(row(child, marks.get(child.id()), false));
            }
        }
        return new AttendanceSheet(lesson, stored.version(), stored.takenAt(), rows, user.accountId(),
                lockOf(lesson), afterTheDay(lesson));
    }

    /**
     * Saves the marks of an opened sheet in one transaction and returns the sheet as it now stands. Every child on it
     * needs a status; notes are optional. After the lesson's day, each change is kept with who made it and when.
     *
     * @throws SheetChangedProblem if someone saved the sheet since it was opened (nothing is written)
     */
    public AttendanceSheet save(AttendanceSheet sheet, List<MarkEntry> entries) {
        CurrentUser user = access.requireUser();
        LessonFacts lesson = sheet.lesson();
        if (sheet.openedBy() != user.accountId()) {
            throw new AccessDeniedException("A sheet is saved by whoever opened it");
        }
        access.checkChange(Owner.schoolClass(lesson.schoolId(), lesson.classId()));
        AttendanceSheet.Lock lock = lockOf(lesson);
        if (lock != null) {
            throw new FieldProblems(Map.of("sheet", List.of(lock.messageKey())));
        }
        Map<Long, MarkEntry> byChild = validate(sheet, entries);

        Instant now = clock.instant();
        boolean audited = afterTheDay(lesson);
        List<SheetStore.MarkWrite> writes = new ArrayList<>();
        List<SheetStore.ChangeWrite> changes = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            MarkEntry entry = byChild.get(row.childId());
            String note = cleanNote(entry.note());
            boolean same = entry.status() == row.status() && Objects.equals(note, row.note())
                    && !row.reportedByFamily();
            if (!same) {
                writes.add(new SheetStore.MarkWrite(row.childId(), row.familyId(), entry.status(), note));
                // A change of a mark after the day is audited; a first mark entered late changes nothing recorded
                // (the sheet's taken time shows when it was entered).
                if (audited && row.status() != null) {
                    changes.add(new SheetStore.ChangeWrite(row.childId(), row.status(), row.note(), entry.status(),
                            note));
                }
            }
            // A family's advance report the teacher keeps is written too: from now on it is the school's mark.
            rows.add(new SheetRow(row.childId(), row.familyId(), row.fullName(), entry.status(), note, false,
                    row.placed()));
        }
        if (!sheets.advance(lesson.lessonId(), sheet.version(), lesson.schoolId(), lesson.classId(), lesson.termId(),
                lesson.date(), now, user.accountId())) {
            throw new SheetChangedProblem();
        }
        sheets.writeMarks(lesson.lessonId(), writes);
        sheets.writeChanges(lesson.lessonId(), now, user.accountId(), user.displayName(), changes);
        boolean anyUnexcused = rows.stream().anyMatch(r -> r.status() == AttendanceStatus.UNEXCUSED);
        events.publishEvent(new AttendanceSaved(lesson.lessonId(), anyUnexcused));
        long newVersion = sheet.version() == null ? 1 : sheet.version() + 1;
        return new AttendanceSheet(lesson, newVersion, now, rows, user.accountId(), null, audited);
    }

    /**
     * Whether attendance was taken, for lessons the caller may see (one statement for the sheets; lessons of classes
     * the caller may not see are refused).
     */
    @Transactional(readOnly = true)
    public Map<Long, Boolean> takenSheets(java.util.Collection<Long> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        List<SheetStore.SheetState> states = sheets.states(lessonIds);
        access.checkSeeAll(states.stream().map(s -> Owner.schoolClass(s.schoolId(), s.classId()))
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, Boolean> taken = new HashMap<>();
        states.forEach(s -> taken.put(s.lessonId(), s.taken()));
        return taken;
    }

    /** The audit trail of a lesson's sheet, oldest first: for the school's coordinator and the network office. */
    @Transactional(readOnly = true)
    public List<AttendanceChange> changes(long lessonId) {
        LessonFacts lesson = timetable.lessonFacts(lessonId);
        access.checkChange(Owner.school(lesson.schoolId()));
        List<SheetStore.StoredChange> stored = sheets.changes(lessonId);
        Map<Long, String> names = new HashMap<>();
        if (!stored.isEmpty()) {
            people.children(stored.stream().map(SheetStore.StoredChange::childId).distinct().toList())
                    .forEach(c -> names.put(c.id(), c.fullName()));
        }
        return stored.stream().map(c -> new AttendanceChange(lessonId, c.childId(), names.get(c.childId()),
                c.changedAt(), c.changedBy(), c.changedByName(), c.oldStatus(), c.oldNote(), c.newStatus(),
                c.newNote())).toList();
    }

    /** A lesson's record (empty if nobody wrote one yet), for whoever may see the class. */
    @Transactional(readOnly = true)
    public LessonRecordDetails lessonRecord(long lessonId) {
        timetable.lessonFacts(lessonId);
        return records.findById(lessonId).map(LessonRecord::toDetails)
                .orElseGet(() -> new LessonRecordDetails(lessonId, LessonRecordForm.empty(), null, null, null));
    }

    /**
     * Writes a lesson's record, before or after the lesson: the class's teachers and the coordinator. expectedVersion
     * is the version read (null for a record not written yet); a change by someone else in between is refused.
     */
    public LessonRecordDetails saveLessonRecord(long lessonId, Long expectedVersion, LessonRecordForm form) {
        CurrentUser user = access.requireUser();
        LessonFacts lesson = timetable.lessonFacts(lessonId);
        access.checkChange(Owner.schoolClass(lesson.schoolId(), lesson.classId()));
        LessonRecordForm clean = validate(form);
        LessonRecord record = records.findById(lessonId).orElse(null);
        Long current = record == null ? null : record.getVersion();
        if (!Objects.equals(current, expectedVersion)) {
            throw new OptimisticLockingFailureException("Lesson record " + lessonId + " was changed by someone else");
        }
        if (record == null) {
            record = new LessonRecord(lessonId, lesson.schoolId(), lesson.classId(), lesson.date());
        }
        record.apply(clean, clock.instant(), user.accountId());
        return records.saveAndFlush(record).toDetails();
    }

    /**
     * Links a lesson to a lesson plan of the curriculum in one step (the class's teachers and the coordinator): the
     * record follows the plan, and takes its title as topic and unit where those are still empty.
     */
    public LessonRecordDetails followLessonPlan(long lessonId, long planId) {
        CurrentUser user = access.requireUser();
        LessonFacts lesson = timetable.lessonFacts(lessonId);
        access.checkChange(Owner.schoolClass(lesson.schoolId(), lesson.classId()));
        org.ocaq.curriculum.PlanDetails plan = curriculum.plan(planId);
        LessonRecord record = records.findById(lessonId)
                .orElseGet(() -> new LessonRecord(lessonId, lesson.schoolId(), lesson.classId(), lesson.date()));
        record.followPlan(planId, plan.plan().title().az(), clock.instant(), user.accountId());
        return records.saveAndFlush(record).toDetails();
    }

    /** How far a class has come through the course it follows, from the plans its lessons followed. */
    @Transactional(readOnly = true)
    public java.util.Optional<org.ocaq.curriculum.CourseProgress> courseProgress(long classId) {
        return curriculum.progress(classId, records.followedPlans(classId));
    }

    private SheetRow row(ChildSummary child, SheetStore.StoredMark mark, boolean placed) {
        if (mark == null) {
            return new SheetRow(child.id(), child.familyId(), child.fullName(), null, null, false, placed);
        }
        return new SheetRow(child.id(), child.familyId(), child.fullName(), mark.status(), mark.note(),
                mark.reportedByFamily(), placed);
    }

    private AttendanceSheet.Lock lockOf(LessonFacts lesson) {
        if (lesson.cancelled()) {
            return AttendanceSheet.Lock.CANCELLED;
        }
        if (clock.instant().isBefore(lesson.start().toInstant())) {
            return AttendanceSheet.Lock.NOT_STARTED;
        }
        if (!access.mayChange(Owner.schoolClass(lesson.schoolId(), lesson.classId()))) {
            return AttendanceSheet.Lock.READ_ONLY;
        }
        return null;
    }

    private boolean afterTheDay(LessonFacts lesson) {
        return LocalDate.now(clock.withZone(lesson.zone())).isAfter(lesson.date());
    }

    private static Map<Long, MarkEntry> validate(AttendanceSheet sheet, List<MarkEntry> entries) {
        Map<Long, MarkEntry> byChild = new LinkedHashMap<>();
        for (MarkEntry entry : entries) {
            if (sheet.row(entry.childId()).isEmpty()) {
                // Only the children the server put on the sheet can be marked; a guessed id is not a pupil here.
                throw new AccessDeniedException("Not on this sheet");
            }
            byChild.put(entry.childId(), entry);
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> unmarked = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            MarkEntry entry = byChild.get(row.childId());
            if (entry == null || entry.status() == null) {
                unmarked.add(row.fullName());
            } else if (entry.note() != null && entry.note().strip().length() > NOTE_MAX) {
                problems.put("note-" + row.childId(), List.of("attendance.sheet.note-too-long"));
            }
        }
        if (!unmarked.isEmpty()) {
            problems.put("sheet", List.of("attendance.sheet.unmarked"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        return byChild;
    }

    private static String cleanNote(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static LessonRecordForm validate(LessonRecordForm form) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        tooLong(problems, "topic", form.topic(), 300);
        tooLong(problems, "curriculumUnit", form.curriculumUnit(), 300);
        tooLong(problems, "homework", form.homework(), 2000);
        tooLong(problems, "notes", form.notes(), 2000);
        List<String> links = form.materialLinks().stream().filter(l -> l != null && !l.isBlank()).map(String::strip)
                .toList();
        if (links.stream().anyMatch(l -> !LINK.matcher(l).matches())) {
            problems.put("materialLinks", List.of("attendance.record.link-invalid"));
        } else if (String.join("\n", links).length() > 2000) {
            problems.put("materialLinks", List.of("attendance.record.links-too-long"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        return new LessonRecordForm(form.topic(), form.curriculumUnit(), form.homework(), form.notes(), links);
    }

    private static void tooLong(Map<String, List<String>> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, List.of("attendance.record." + field + "-too-long"));
        }
    }
}
