package org.ocaq.attendance;

import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.school.TermService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The family's side of attendance: a child's lessons with their marks and homework, and advance absence reports.
 * <p>
 * A report marks the child excused, with the reason as note, on every lesson of the child's classes in its days that
 * has not started and is not cancelled. These pre-marks are the family's until the teacher saves the sheet; a mark
 * the school set is never replaced by one. Making or taking back a pre-mark moves the sheet's version on, so that a
 * teacher with the sheet open is told someone changed it instead of silently writing over the report.
 */
@Service
@Transactional
public class FamilyAttendanceService {

    static final int REASON_MAX = 500;
    static final int REPORT_DAYS_MAX = 92;
    static final int JOURNAL_DAYS_MAX = 400;

    private final PeopleRosterService people;
    private final TimetableService timetable;
    private final TermService terms;
    private final AbsenceReportRepository reports;
    private final FamilyAttendanceStore store;
    private final AccessPolicy access;
    private final Clock clock;
    private final org.ocaq.school.SchoolService schools;

    FamilyAttendanceService(PeopleRosterService people, TimetableService timetable, TermService terms,
                            AbsenceReportRepository reports, FamilyAttendanceStore store, AccessPolicy access,
                            Clock clock, org.ocaq.school.SchoolService schools) {
        this.schools = schools;
        this.people = people;
        this.timetable = timetable;
        this.terms = terms;
        this.reports = reports;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A child's lessons between two days (both included) with the mark of each taken sheet, the family's pending
     * reports, and topic, homework and materials from the lesson records: for the child's family, the child's
     * teachers and the school's coordinator. A constant number of statements however many lessons there are.
     */
    @Transactional(readOnly = true)
    public ChildJournal childJournal(long childId, LocalDate from, LocalDate to) {
        ChildSummary child = visibleChild(childId);
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > JOURNAL_DAYS_MAX) {
            throw new FieldProblems(Map.of("to", List.of("absence.journal.range-invalid")));
        }
        List<LessonFacts> lessons = timetable.childLessons(childId, from, to).stream()
                .sorted(Comparator.comparing(LessonFacts::date).thenComparing(LessonFacts::startsAt)).toList();
        List<Long> lessonIds = lessons.stream().map(LessonFacts::lessonId).toList();
        Map<Long, FamilyAttendanceStore.ChildMark> marks = store.marksOf(childId, lessonIds);
        Map<Long, FamilyAttendanceStore.RecordText> records = store.records(lessonIds);
        List<JournalEntry> entries = new ArrayList<>();
        for (LessonFacts lesson : lessons) {
            FamilyAttendanceStore.ChildMark mark = marks.get(lesson.lessonId());
            FamilyAttendanceStore.RecordText record = records.get(lesson.lessonId());
            boolean counted = mark != null && mark.taken() && !mark.reportedByFamily();
            boolean reported = mark != null && mark.reportedByFamily();
            entries.add(new JournalEntry(lesson.lessonId(), lesson.date(), lesson.startsAt(), lesson.className(),
                    lesson.cancelled(), counted ? mark.status() : null,
                    counted || reported ? mark.note() : null, reported,
                    record == null ? null : record.topic(), record == null ? null : record.homework(),
                    record == null ? List.of() : record.materialLinks()));
        }
        boolean lateCounts = child.schoolId() == null || schools.lateCountsAsPresent(child.schoolId());
        return new ChildJournal(childId, child.fullName(), entries, lateCounts);
    }

    /**
     * The family (or the school's coordinator) reports that a child will miss the lessons from firstDay to lastDay,
     * and why. Returns the report's id.
     *
     * @throws FieldProblems for "firstDay", "lastDay" or "reason": a missing reason or one over 500 characters, days
     *                       in the wrong order, more than 92 days, or a first day before today at the child's school
     */
    public long reportAbsence(long childId, LocalDate firstDay, LocalDate lastDay, String reason) {
        ChildSummary child = changeableChild(childId);
        String cleanReason = reason == null ? "" : reason.strip();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(zoneOf(child)));
        if (firstDay == null) {
            problems.put("firstDay", List.of("absence.report.first-day-required"));
        } else if (firstDay.isBefore(today)) {
            problems.put("firstDay", List.of("absence.report.first-day-past"));
        }
        if (lastDay == null) {
            problems.put("lastDay", List.of("absence.report.last-day-required"));
        } else if (firstDay != null && lastDay.isBefore(firstDay)) {
            problems.put("lastDay", List.of("absence.report.last-day-before-first"));
        } else if (firstDay != null && ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > REPORT_DAYS_MAX) {
            problems.put("lastDay", List.of("absence.report.too-many-days"));
        }
        if (cleanReason.isEmpty()) {
            problems.put("reason", List.of("absence.report.reason-required"));
        } else if (cleanReason.length() > REASON_MAX) {
            problems.put("reason", List.of("absence.report.reason-too-long"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        Instant now = clock.instant();
        AbsenceReport report = reports.save(new AbsenceReport(childId, child.familyId(), firstDay, lastDay,
                cleanReason, access.requireUser().accountId(), now));
        store.premark(comingLessons(childId, firstDay, lastDay, now), childId, child.familyId(), cleanReason);
        return report.getId();
    }

    /**
     * The family takes a report back: its pre-marks on lessons not started yet go (or, where another of the child's
     * reports covers the day, take that report's reason). A report whose last day has passed stays as the excuse it
     * was.
     */
    public void withdrawAbsenceReport(long reportId) {
        AbsenceReport report = reports.findById(reportId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        ChildSummary child = changeableChild(report.getChildId());
        if (report.getFamilyId() != child.familyId()) {
            throw new AccessDeniedException("Not in your scope");
        }
        if (report.getLastDay().isBefore(LocalDate.now(clock.withZone(zoneOf(child))))) {
            throw new FieldProblems(Map.of("report", List.of("absence.report.withdraw-past")));
        }
        reports.delete(report);
        List<AbsenceReport> others = reports.findByChildIdOrderByFirstDayDescIdDesc(report.getChildId()).stream()
                .filter(r -> !r.getId().equals(report.getId())).toList();
        List<LessonFacts> lessons = comingLessons(report.getChildId(), report.getFirstDay(), report.getLastDay(),
                clock.instant());
        List<LessonFacts> uncovered = new ArrayList<>();
        Map<AbsenceReport, List<LessonFacts>> stillReported = new LinkedHashMap<>();
        for (LessonFacts lesson : lessons) {
            others.stream().filter(r -> r.covers(lesson.date())).findFirst().ifPresentOrElse(
                    other -> stillReported.computeIfAbsent(other, r -> new ArrayList<>()).add(lesson),
                    () -> uncovered.add(lesson));
        }
        store.removePremarks(uncovered, report.getChildId());
        stillReported.forEach((other, covered) -> store.premark(covered, other.getChildId(), other.getFamilyId(),
                other.getReason()));
    }

    /** A child's advance reports, newest first: for whoever may see the child's family. */
    @Transactional(readOnly = true)
    public List<AbsenceReportSummary> absenceReports(long childId) {
        visibleChild(childId);
        return reports.findByChildIdOrderByFirstDayDescIdDesc(childId).stream().map(AbsenceReport::toSummary).toList();
    }

    /** The first day a report may begin for this child: today at the child's school. */
    @Transactional(readOnly = true)
    public LocalDate firstReportableDay(long childId) {
        return LocalDate.now(clock.withZone(zoneOf(visibleChild(childId))));
    }

    private List<LessonFacts> comingLessons(long childId, LocalDate firstDay, LocalDate lastDay, Instant now) {
        return timetable.childLessons(childId, firstDay, lastDay).stream()
                .filter(l -> !l.cancelled() && l.start().toInstant().isAfter(now)).toList();
    }

    /** The child, if the caller may see its family; a guessed id gets the same answer whether or not it exists. */
    private ChildSummary visibleChild(long childId) {
        return people.children(List.of(childId)).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }

    private ChildSummary changeableChild(long childId) {
        ChildSummary child = visibleChild(childId);
        access.checkChange(Owner.family(child.familyId(), child.schoolId()));
        return child;
    }

    private ZoneId zoneOf(ChildSummary child) {
        return child.schoolId() == null ? ZoneOffset.UTC : terms.schoolTimeZone(child.schoolId());
    }
}
