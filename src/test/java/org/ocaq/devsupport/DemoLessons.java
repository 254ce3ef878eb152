package org.ocaq.devsupport;

import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.LessonRecordForm;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.HolderKind;
import org.ocaq.certificate.PersonalIssue;
import org.ocaq.enrolment.EnrolmentService;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.enrolment.ApplicationState;
import org.ocaq.enrolment.ApplicationSummary;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.FamilySummary;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.privacy.ConsentKind;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolService;
import org.ocaq.school.TermSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.ocaq.testsupport.TestData.as;

/**
 * The Berlin demo school's autumn in motion: its children placed in classes through applications the coordinator
 * accepted, the lessons of both terms made from the timetable, and attendance and lesson records for the lessons
 * already held, taken by each class's teacher. Everything goes through the services, as people would do it.
 */
@Component
@Profile("demo")
@Order(1)
public class DemoLessons implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLessons.class);
    private static final String[] TOPICS = {"Əlifba: A, B, C hərfləri", "Ə hərfi və səsi", "Ailəm haqqında danışırıq",
            "Novruz bayramı", "Rəqəmlər 1–20", "Rənglər və geyimlər", "Nağıl: Tıq-tıq xanım", "Şəhərimiz Bakı",
            "Ğ və Q hərfləri", "Mahnı: Çırpınırdı Qara dəniz", "Heyvanlar aləmi", "Ş və Ç hərfləri",
            "Qış fəsli", "Dədə Qorqud dastanından", "Təkrar və oyunlar"};
    private static final String[] HOMEWORK = {"Dərslikdə səh. 12–13 oxuyun", "Beş söz yazın və şəklini çəkin",
            "Şeiri əzbərləyin", "Ailə üzvlərinizin adlarını yazın", "Mahnını evdə oxuyun"};

    private final UserDetailsService users;
    private final SchoolService schools;
    private final ClassService classes;
    private final TimetableService timetable;
    private final PeopleService people;
    private final ConsentService consents;
    private final ApplicationService applications;
    private final AttendanceService attendance;
    private final CertificateService certificates;
    private final EnrolmentService enrolment;
    private final Clock clock;

    public DemoLessons(UserDetailsService users, SchoolService schools, ClassService classes,
                       TimetableService timetable, PeopleService people, ConsentService consents,
                       ApplicationService applications, AttendanceService attendance,
                       CertificateService certificates, EnrolmentService enrolment, Clock clock) {
        this.users = users;
        this.schools = schools;
        this.classes = classes;
        this.timetable = timetable;
        this.people = people;
        this.consents = consents;
        this.applications = applications;
        this.attendance = attendance;
        this.certificates = certificates;
        this.enrolment = enrolment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        long schoolId = as(users, DemoNetwork.COORDINATOR, () -> schools.coordinatedSchools().getFirst().id());
        List<ClassSummary> berlinClasses = as(users, DemoNetwork.COORDINATOR, () -> classes.allClasses(schoolId));
        List<TermSummary> terms = as(users, DemoNetwork.COORDINATOR, () -> schools.terms(schoolId)).stream()
                .sorted(Comparator.comparing(TermSummary::startsOn)).toList();
        TermSummary autumn = terms.getFirst();
        ClassSummary first = berlinClasses.getFirst();
        boolean present = !as(users, DemoNetwork.COORDINATOR, () -> timetable.classLessons(first.id(),
                autumn.startsOn(), autumn.endsOn())).isEmpty();
        if (present) {
            log.info("Demo lessons already present");
            return;
        }
        as(users, DemoNetwork.COORDINATOR, () -> {
            for (ClassSummary schoolClass : berlinClasses) {
                for (TermSummary term : terms) {
                    timetable.generateLessons(schoolClass.id(), term.id());
                }
            }
        });
        placeChildren(schoolId, berlinClasses, autumn);
        // The children have been coming since the term began; their places were only recorded now.
        as(users, DemoNetwork.COORDINATOR, () -> berlinClasses.forEach(c -> enrolment.classRoster(c.id())
                .forEach(child -> enrolment.placedSince(child.id(), c.id(), autumn.id(), autumn.startsOn()))));
        int sheets = takeAttendance(berlinClasses, autumn);
        // Certificates of the autumn so far, by the usual rule, so that families and the public check have some.
        int issued = as(users, DemoNetwork.COORDINATOR, () -> berlinClasses.stream()
                .mapToInt(c -> certificates.issueForClass(c.id(), autumn.id(), 1L, 75, "Aynur Məmmədova").size())
                .sum());
        issued += personalCertificates(schoolId);
        log.info("Demo lessons loaded in {} ms: {} classes, {} sheets taken, {} certificates issued",
                (System.nanoTime() - started) / 1_000_000, berlinClasses.size(), sheets, issued);
    }

    /**
     * The demo teacher came back from last summer's training course in Baku, and the demo learner finished a course:
     * each finds a certificate under their own account.
     */
    private int personalCertificates(long berlinId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate summer = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 7, 6);
        long teacher = as(users, DemoNetwork.COORDINATOR, () -> people.listTeachers(berlinId, "", 0, 100)).stream()
                .filter(t -> DemoNetwork.TEACHER.equals(t.email())).findFirst().orElseThrow().id();
        as(users, DemoNetwork.ADMIN, () -> certificates.issueToPerson(new PersonalIssue(HolderKind.TEACHER, teacher,
                4L, "Pedaqoji kurs: Azərbaycan dilinin tədrisi (Bakı)", summer, summer.plusDays(11), null, null,
                "Səbinə Quliyeva")));
        List<LearnerSummary> learner = as(users, DemoNetwork.STUDENT, () -> people.myLearnerRecords());
        if (!learner.isEmpty()) {
            as(users, DemoNetwork.ADMIN, () -> certificates.issueToPerson(new PersonalIssue(HolderKind.LEARNER,
                    learner.getFirst().id(), 3L, "Azərbaycan dili A1 (onlayn)", today.minusMonths(5),
                    today.minusMonths(1), 36, null, "Səbinə Quliyeva")));
        }
        return learner.isEmpty() ? 1 : 2;
    }

    private void placeChildren(long schoolId, List<ClassSummary> berlinClasses, TermSummary autumn) {
        List<String> parents = new ArrayList<>();
        parents.add(DemoNetwork.PARENT);
        for (int f = 2; f <= 18; f++) {
            parents.add("valideyn.berlin." + f + "@ocaq.example");
        }
        for (String parent : parents) {
            as(users, parent, () -> {
                Map<Long, List<Long>> byClass = new LinkedHashMap<>();
                for (FamilySummary family : people.myFamilies()) {
                    for (ChildSummary child : family.children()) {
                        consents.give(child.id(), ConsentKind.DATA_PROCESSING);
                        int age = Period.between(child.dateOfBirth(), autumn.startsOn()).getYears();
                        // The narrowest class that fits: language classes by age before the mixed music class.
                        berlinClasses.stream().filter(c -> age >= c.minAge() && age <= c.maxAge())
                                .min(Comparator.comparingInt(c -> c.maxAge() - c.minAge()))
                                .ifPresent(c -> byClass.computeIfAbsent(c.id(), k -> new ArrayList<>())
                                        .add(child.id()));
                    }
                }
                byClass.forEach((classId, childIds) -> applications.apply(classId, autumn.id(), childIds));
            });
        }
        as(users, DemoNetwork.COORDINATOR, () -> {
            List<Long> waiting = applications.queue(schoolId, null, autumn.id(), Set.of(ApplicationState.SUBMITTED),
                    0, 1000).stream().map(ApplicationSummary::id).toList();
            applications.acceptAll(waiting);
        });
    }

    private int takeAttendance(List<ClassSummary> berlinClasses, TermSummary autumn) {
        Random random = new Random(2026_11);
        int taken = 0;
        Map<Long, String> teacherOf = new LinkedHashMap<>();
        for (int t = 4; t >= 1; t--) {
            String email = t == 1 ? DemoNetwork.TEACHER : "muellim.berlin." + t + "@ocaq.example";
            as(users, email, () -> classes.myClasses().forEach(c -> teacherOf.put(c.id(), email)));
        }
        for (ClassSummary schoolClass : berlinClasses) {
            String teacher = teacherOf.get(schoolClass.id());
            LocalDate today = LocalDate.now(clock);
            List<LessonFacts> lessons = as(users, teacher, () -> timetable.classLessons(schoolClass.id(),
                    autumn.startsOn(), today.plusDays(7)));
            int n = 0;
            for (LessonFacts lesson : lessons) {
                int index = n++;
                boolean held = lesson.start().toInstant().isBefore(clock.instant());
                as(users, teacher, () -> {
                    attendance.saveLessonRecord(lesson.lessonId(), null, new LessonRecordForm(
                            TOPICS[index % TOPICS.length], "Bölmə " + (1 + index / 4),
                            HOMEWORK[index % HOMEWORK.length], "", List.of()));
                    if (held) {
                        AttendanceSheet sheet = attendance.open(lesson.lessonId());
                        attendance.save(sheet, sheet.rows().stream().map(r -> mark(r.childId(), random)).toList());
                    }
                });
                if (held) {
                    taken++;
                }
            }
        }
        return taken;
    }

    private static MarkEntry mark(long childId, Random random) {
        int roll = random.nextInt(100);
        if (roll < 88) {
            return new MarkEntry(childId, AttendanceStatus.PRESENT, null);
        } else if (roll < 93) {
            return new MarkEntry(childId, AttendanceStatus.LATE, "Nəqliyyat gecikdi");
        } else if (roll < 97) {
            return new MarkEntry(childId, AttendanceStatus.EXCUSED, "Xəstə idi");
        }
        return new MarkEntry(childId, AttendanceStatus.UNEXCUSED, null);
    }
}
