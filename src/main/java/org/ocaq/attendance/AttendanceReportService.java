package org.ocaq.attendance;

import org.ocaq.classes.ClassFacts;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.school.CountrySchools;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.school.TermSummary;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.shared.AzText;
import org.ocaq.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Attendance reports: a child's term, a class's term as a matrix, a school's term by class, and a country's schools
 * between two days. Only lessons on which attendance was taken count. Who may read what:
 * <ul>
 *   <li>a child: their family, the school's coordinator, and the teachers of the child's classes (only the lessons
 *   of the classes they teach);</li>
 *   <li>a class: its teachers and the school's coordinator;</li>
 *   <li>a school: its coordinator;</li>
 *   <li>a country: the network office only; a coordinator reads their school's report instead (a country table
 *   trimmed to one school would only repeat it);</li>
 *   <li>the network office reads everything.</li>
 * </ul>
 * A guessed id gets the same refusal whether or not it exists. The class report runs a fixed number of statements
 * whatever the number of children and lessons. See docs/decisions/0011-attendance-reports.md.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceReportService {

    /** The longest range a country report covers: a school year and a bit. */
    static final int MAX_COUNTRY_DAYS = 400;

    private final AttendanceReportQueries queries;
    private final AccessPolicy access;
    private final ClassService classes;
    private final PeopleRosterService people;
    private final SchoolService schools;
    private final SchoolEnrolmentSettings schoolFacts;

    AttendanceReportService(AttendanceReportQueries queries, AccessPolicy access, ClassService classes,
                            PeopleRosterService people, SchoolService schools, SchoolEnrolmentSettings schoolFacts) {
        this.queries = queries;
        this.access = access;
        this.classes = classes;
        this.people = people;
        this.schools = schools;
        this.schoolFacts = schoolFacts;
    }

    /** A child's rate and history in a term of the school whose lessons the child attended. */
    public ChildAttendanceReport childReport(long childId, long termId) {
        // Checks that the reader may see the child's family: the family, the school's coordinator, or a teacher of
        // one of the child's classes; anything else, a guessed id included, is refused here.
        ChildSummary child = people.children(List.of(childId)).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        List<AttendanceReportQueries.ChildMark> marks = queries.childMarks(childId, termId);
        Long schoolId = marks.isEmpty() ? child.schoolId() : Long.valueOf(marks.getFirst().schoolId());
        if (schoolId == null) {
            throw new AccessDeniedException("Not in your scope");
        }
        TermSummary term = schoolFacts.term(schoolId, termId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        boolean family = seesWholeFamily(child.familyId());
        if (!family) {
            // Others read a child only within a school they work at, and then only the classes they may see.
            access.checkSee(Owner.school(schoolId));
        }
        Map<Long, Boolean> visibleClass = new HashMap<>();
        Map<Long, String> classNames = new HashMap<>();
        List<ChildAttendanceEntry> history = new ArrayList<>();
        AttendanceTally tally = AttendanceTally.EMPTY;
        for (AttendanceReportQueries.ChildMark mark : marks) {
            boolean visible = family || visibleClass.computeIfAbsent(mark.classId(),
                    id -> access.maySee(Owner.schoolClass(mark.schoolId(), id)));
            if (!visible) {
                continue;
            }
            String className = classNames.computeIfAbsent(mark.classId(),
                    id -> classes.classFacts(id).map(ClassFacts::name).orElse(""));
            history.add(new ChildAttendanceEntry(mark.lessonId(), mark.day(), mark.classId(), className, mark.status(),
                    mark.note()));
            tally = tally.plus(mark.status(), 1);
        }
        return new ChildAttendanceReport(childId, child.fullName(), term, schools.lateCountsAsPresent(schoolId), tally,
                history);
    }

    /**
     * A class's term as a matrix of children by taken lessons, with rates per child, per lesson and for the class,
     * and the rate per lesson day for the chart. Eight statements, whatever the size of the class.
     */
    public ClassAttendanceReport classReport(long classId, long termId) {
        ClassFacts facts = classes.classFacts(classId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        access.checkSee(Owner.schoolClass(facts.schoolId(), classId));
        TermSummary term = schoolFacts.term(facts.schoolId(), termId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        boolean lateCounts = schools.lateCountsAsPresent(facts.schoolId());

        Map<Long, LessonColumn> lessons = new LinkedHashMap<>();
        Map<Long, Map<Long, AttendanceStatus>> marksByChild = new HashMap<>();
        for (AttendanceReportQueries.ClassMark mark : queries.classMarks(facts.schoolId(), classId, termId)) {
            LessonColumn lesson = lessons.computeIfAbsent(mark.lessonId(),
                    id -> new LessonColumn(id, mark.day(), AttendanceTally.EMPTY));
            if (mark.childId() == null) {
                continue;
            }
            lessons.put(mark.lessonId(), new LessonColumn(lesson.lessonId(), lesson.day(),
                    lesson.tally().plus(mark.status(), 1)));
            marksByChild.computeIfAbsent(mark.childId(), id -> new HashMap<>()).put(mark.lessonId(), mark.status());
        }
        Map<Long, String> names = new HashMap<>();
        people.children(marksByChild.keySet()).forEach(c -> names.put(c.id(), c.fullName()));
        List<ChildAttendanceRow> rows = new ArrayList<>();
        marksByChild.forEach((childId, marks) -> rows.add(new ChildAttendanceRow(childId,
                names.getOrDefault(childId, ""), marks, tallyOf(marks.values()))));
        rows.sort(Comparator.comparing((ChildAttendanceRow r) -> AzText.sortKey(r.childName()),
                java.util.Arrays::compare).thenComparingLong(ChildAttendanceRow::childId));

        AttendanceTally total = lessons.values().stream().map(LessonColumn::tally)
                .reduce(AttendanceTally.EMPTY, AttendanceTally::plus);
        Map<LocalDate, AttendanceTally> byDay = new TreeMap<>();
        lessons.values().forEach(l -> byDay.merge(l.day(), l.tally(), AttendanceTally::plus));
        return new ClassAttendanceReport(classId, facts.name(), facts.schoolId(), term, lateCounts,
                List.copyOf(lessons.values()), rows, total, series(byDay, lateCounts));
    }

    /** A school's term, one line per class that took attendance, with the rate per week. */
    public SchoolAttendanceReport schoolReport(long schoolId, long termId) {
        // Change rights stand for "runs the school": its coordinator or the network office, not its teachers.
        access.checkChange(Owner.school(schoolId));
        TermSummary term = schoolFacts.term(schoolId, termId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        boolean lateCounts = schools.lateCountsAsPresent(schoolId);
        Map<Long, String> classNames = new HashMap<>();
        classes.allClasses(schoolId).forEach(c -> classNames.put(c.id(), c.name()));

        Map<Long, Set<Long>> lessonsByClass = new HashMap<>();
        Map<Long, AttendanceTally> tallyByClass = new HashMap<>();
        Map<LocalDate, AttendanceTally> byWeek = new TreeMap<>();
        for (AttendanceReportQueries.LessonCount count : queries.schoolCounts(schoolId, termId)) {
            lessonsByClass.computeIfAbsent(count.classId(), id -> new LinkedHashSet<>()).add(count.lessonId());
            tallyByClass.putIfAbsent(count.classId(), AttendanceTally.EMPTY);
            if (count.status() == null) {
                continue;
            }
            tallyByClass.merge(count.classId(), AttendanceTally.EMPTY.plus(count.status(), count.count()),
                    AttendanceTally::plus);
            byWeek.merge(weekOf(count.day()), AttendanceTally.EMPTY.plus(count.status(), count.count()),
                    AttendanceTally::plus);
        }
        List<ClassAttendanceRate> lines = new ArrayList<>();
        tallyByClass.forEach((classId, tally) -> lines.add(new ClassAttendanceRate(classId,
                classNames.getOrDefault(classId, ""), lessonsByClass.get(classId).size(), tally)));
        lines.sort(Comparator.comparing((ClassAttendanceRate l) -> AzText.sortKey(l.className()),
                java.util.Arrays::compare).thenComparingLong(ClassAttendanceRate::classId));
        AttendanceTally total = lines.stream().map(ClassAttendanceRate::tally)
                .reduce(AttendanceTally.EMPTY, AttendanceTally::plus);
        return new SchoolAttendanceReport(schoolId, schoolFacts.schoolName(schoolId), term, lateCounts, lines, total,
                series(byWeek, lateCounts));
    }

    /**
     * The schools of a country between two days (both included; terms are per school, so a country is read by
     * dates), each rated under its own rule for late arrivals, with the country's rate per week. Network office only.
     */
    public CountryAttendanceReport countryReport(String countryCode, LocalDate from, LocalDate to) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_COUNTRY_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("A range of at most " + MAX_COUNTRY_DAYS + " days is needed");
        }
        List<SchoolSummary> inCountry = schools.schoolsByCountry().stream()
                .filter(c -> c.countryCode().equals(countryCode)).findFirst().map(CountrySchools::schools)
                .orElse(List.of());
        Map<Long, SchoolSummary> byId = new LinkedHashMap<>();
        inCountry.forEach(s -> byId.put(s.id(), s));
        Map<Long, Boolean> lateRules = byId.isEmpty() ? Map.of() : schools.lateCountsAsPresent(byId.keySet());
        Function<Long, Boolean> lateCounts = id -> lateRules.getOrDefault(id, true);

        Map<Long, AttendanceTally> tallyBySchool = new HashMap<>();
        Map<LocalDate, long[]> byWeek = new TreeMap<>();
        for (AttendanceReportQueries.SchoolDayCount count : queries.dayCounts(byId.keySet(), from, to)) {
            if (count.status() == null) {
                continue;
            }
            AttendanceTally tally = AttendanceTally.EMPTY.plus(count.status(), count.count());
            tallyBySchool.merge(count.schoolId(), tally, AttendanceTally::plus);
            long[] week = byWeek.computeIfAbsent(weekOf(count.day()), d -> new long[2]);
            week[0] += tally.attended(lateCounts.apply(count.schoolId()));
            week[1] += tally.marked();
        }
        Map<Long, Long> lessons = queries.lessonsPerSchool(byId.keySet(), from, to);
        List<SchoolAttendanceRate> lines = new ArrayList<>();
        byId.values().stream().filter(s -> lessons.containsKey(s.id())).forEach(s -> lines.add(
                new SchoolAttendanceRate(s.id(), s.name(), s.city(), lateCounts.apply(s.id()), lessons.get(s.id()),
                        tallyBySchool.getOrDefault(s.id(), AttendanceTally.EMPTY))));
        List<RatePoint> series = new ArrayList<>();
        byWeek.forEach((week, counts) -> series.add(new RatePoint(week, counts[0], counts[1])));
        return new CountryAttendanceReport(countryCode, from, to, lines, series);
    }

    /** Whether the signed-in person may read the whole school's report (and set its rule for late arrivals). */
    public boolean mayReadSchool(long schoolId) {
        return access.mayChange(Owner.school(schoolId));
    }

    /** The classes whose reports the signed-in person may read in a school: all for its coordinator, else theirs. */
    public List<ClassSummary> reportableClasses(long schoolId) {
        if (access.mayChange(Owner.school(schoolId))) {
            return classes.allClasses(schoolId);
        }
        return classes.myClasses().stream().filter(c -> c.schoolId() == schoolId).toList();
    }

    /** The child's own family and the network office read the child's whole term; others what they teach or run. */
    private boolean seesWholeFamily(long familyId) {
        return access.isAdmin() || access.currentUser().map(u -> isParentOf(u, familyId)).orElse(false);
    }

    private static boolean isParentOf(CurrentUser user, long familyId) {
        return user.has(Role.PARENT) && user.inScope(ScopeKind.FAMILY, familyId);
    }

    private static AttendanceTally tallyOf(Iterable<AttendanceStatus> statuses) {
        AttendanceTally tally = AttendanceTally.EMPTY;
        for (AttendanceStatus status : statuses) {
            tally = tally.plus(status, 1);
        }
        return tally;
    }

    private static List<RatePoint> series(Map<LocalDate, AttendanceTally> byDay, boolean lateCounts) {
        List<RatePoint> points = new ArrayList<>();
        byDay.forEach((day, tally) -> points.add(new RatePoint(day, tally.attended(lateCounts), tally.marked())));
        return points;
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
