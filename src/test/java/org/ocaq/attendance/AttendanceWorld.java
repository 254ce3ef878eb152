package org.ocaq.attendance;

import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.privacy.ConsentKind;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolService;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.TestData;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.ocaq.testsupport.TestData.as;

/**
 * A Berlin school's class with a Saturday 10:00 slot through a term from 9 January to 17 April 2027 (across the
 * change to summer time on 28 March), its lessons generated, and children placed through real applications.
 */
public final class AttendanceWorld {

    public static final LocalDate TERM_START = LocalDate.of(2027, 1, 9);
    public static final LocalDate TERM_END = LocalDate.of(2027, 4, 17);

    public final TestData.World w;
    public final long classId;
    public final long termId;
    public final List<Long> children = new ArrayList<>();

    private final TestData testData;
    private final UserDetailsService users;
    private final PeopleService people;
    private final ConsentService consents;
    private final ApplicationService applications;
    private final TimetableService timetable;

    /** Makes worlds; a bean of the test configuration, so tests need only this one field. */
    public static final class Factory {

        private final TestData testData;
        private final UserDetailsService users;
        private final SchoolService schools;
        private final ClassService classes;
        private final TimetableService timetable;
        private final PeopleService people;
        private final ConsentService consents;
        private final ApplicationService applications;

        public Factory(TestData testData, UserDetailsService users, SchoolService schools, ClassService classes,
                       TimetableService timetable, PeopleService people, ConsentService consents,
                       ApplicationService applications) {
            this.testData = testData;
            this.users = users;
            this.schools = schools;
            this.classes = classes;
            this.timetable = timetable;
            this.people = people;
            this.consents = consents;
            this.applications = applications;
        }

        public AttendanceWorld create() {
            return new AttendanceWorld(testData, users, schools, classes, timetable, people, consents, applications);
        }
    }

    private AttendanceWorld(TestData testData, UserDetailsService users, SchoolService schools, ClassService classes,
                           TimetableService timetable, PeopleService people, ConsentService consents,
                           ApplicationService applications) {
        this.testData = testData;
        this.users = users;
        this.people = people;
        this.consents = consents;
        this.applications = applications;
        this.timetable = timetable;
        this.w = testData.world();
        long[] ids = as(users, w.coordinator(), () -> {
            long term = schools.createTerm(w.schoolId(), "Yaz 2027", TERM_START, TERM_END);
            long schoolClass = classes.createClass(w.schoolId(), new ClassForm("Oxu " + TestData.unique("q"),
                    "Azərbaycan dili", "A1", 5, 12, "az", 40, "Otaq 1", null, true,
                    List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 90))));
            classes.assignTeacher(schoolClass, w.teacherId());
            timetable.generateLessons(schoolClass, term);
            return new long[]{term, schoolClass};
        });
        this.termId = ids[0];
        this.classId = ids[1];
    }

    /** Places the world's own child and count-1 siblings in the class (accepted applications); returns them all. */
    public List<Long> placeChildren(int count) {
        List<Long> added = new ArrayList<>();
        as(users, w.parent(), () -> {
            consents.give(w.childId(), ConsentKind.DATA_PROCESSING);
            added.add(w.childId());
            for (int i = 1; i < count; i++) {
                long id = people.addChild(w.familyId(), new ChildForm("Uşaq" + i, "Əliyev", null,
                        LocalDate.of(2018, 1, 1).plusDays(i), "az"));
                consents.give(id, ConsentKind.DATA_PROCESSING);
                added.add(id);
            }
        });
        place(w.parent(), added);
        children.addAll(added);
        return added;
    }

    /** A child of another family of the school, with its own parent (email returned with the ids). */
    public record OtherFamily(String parent, long familyId, long childId) {
    }

    /** Another family of the school with one child, not placed yet; its parent writes in the given language. */
    public OtherFamily otherFamily(String firstName, String lastName, String guardianLanguage) {
        String parent = "valideyn-" + TestData.unique("o") + "@test.example";
        long parentId = testData.account(parent, "Valideyn " + lastName, org.ocaq.shared.Role.PARENT);
        GuardianForm guardian = new GuardianForm("Valideyn " + lastName, parent, null, guardianLanguage);
        long[] ids = SystemContext.call(() -> {
            long familyId = people.createFamily(w.schoolId(), "Ailə " + lastName, List.of(guardian),
                    List.of(new ChildForm(firstName, lastName, null, LocalDate.of(2018, 6, 1), "az")));
            people.linkGuardianAccount(familyId, parentId, guardian);
            return new long[]{familyId, people.getFamily(familyId).children().getFirst().id()};
        });
        as(users, parent, () -> consents.give(ids[1], ConsentKind.DATA_PROCESSING));
        return new OtherFamily(parent, ids[0], ids[1]);
    }

    public void place(String parent, List<Long> childIds) {
        List<Long> applied = as(users, parent, () -> applications.apply(classId, termId, childIds));
        as(users, w.coordinator(), () -> applications.acceptAll(applied));
    }

    /** The class's lesson on a day, as the coordinator sees it. */
    public LessonFacts lessonOn(LocalDate day) {
        return as(users, w.coordinator(), () -> timetable.classLessons(classId, day, day).getFirst());
    }

    /** The class's teacher marks everyone on the lesson's sheet present and saves (the clock must be past its start). */
    public void markAllPresent(AttendanceService attendance, long lessonId) {
        as(users, w.teacher(), () -> {
            AttendanceSheet sheet = attendance.open(lessonId);
            attendance.save(sheet, sheet.rows().stream()
                    .map(r -> new MarkEntry(r.childId(), AttendanceStatus.PRESENT, null)).toList());
        });
    }
}
