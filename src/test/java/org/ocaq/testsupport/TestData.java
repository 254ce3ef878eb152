package org.ocaq.testsupport;

import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.security.AccountService;
import org.ocaq.security.NewAccount;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds small, separate worlds for tests: a school with its coordinator, a class with its teacher, a family with its
 * parent. Every call makes new, uniquely named data, so tests never depend on each other or on the demo network.
 */
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final SchoolService schools;
    private final ClassService classes;
    private final PeopleService people;

    TestData(AccountService accounts, SchoolService schools, ClassService classes, PeopleService people) {
        this.accounts = accounts;
        this.schools = schools;
        this.classes = classes;
        this.people = people;
    }

    /** A school with a coordinator, a class with a teacher, and a family with a parent and one child. */
    public record World(long schoolId, String coordinator, long coordinatorId, long classId, String teacher,
                        long teacherId, long familyId, String parent, long parentId, long childId) {
    }

    public static String unique(String stem) {
        return stem + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    public World world() {
        return SystemContext.call(() -> {
            String key = unique("w");
            schools.ensureCountry("DE", 16);
            long schoolId = schools.createSchool(new SchoolForm("Sınaq məktəbi " + key, "Berlin", "DE",
                    Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null));
            String coordinator = "koord-" + key + "@test.example";
            long coordinatorId = account(coordinator, "Koordinator " + key, Role.COORDINATOR);
            schools.appointCoordinator(schoolId, coordinatorId);
            long classId = classes.createClass(schoolId, new ClassForm("Azərbaycan dili " + key, "Azərbaycan dili",
                    "A1", 6, 10, "az", 12));
            String teacher = "muellim-" + key + "@test.example";
            long teacherId = account(teacher, "Müəllim " + key, Role.TEACHER);
            people.addTeacher(schoolId, teacherId, new TeacherForm("Müəllim " + key, teacher, "az", null));
            classes.assignTeacher(classId, teacherId);
            String parent = "valideyn-" + key + "@test.example";
            long parentId = account(parent, "Valideyn " + key, Role.PARENT);
            GuardianForm guardian = new GuardianForm("Valideyn " + key, parent, null, "az");
            long familyId = people.createFamily(schoolId, "Ailə " + key, List.of(guardian),
                    List.of(new ChildForm("Gülşən", "Əliyeva", "GULSHAN ALIYEVA", LocalDate.of(2018, 3, 14), "az, de")));
            people.linkGuardianAccount(familyId, parentId, guardian);
            long childId = people.getFamily(familyId).children().get(0).id();
            return new World(schoolId, coordinator, coordinatorId, classId, teacher, teacherId, familyId, parent,
                    parentId, childId);
        });
    }

    public long account(String email, String name, Role... roles) {
        return SystemContext.call(() -> accounts.createAccount(
                new NewAccount(email, name, Languages.AZERBAIJANI, Set.of(roles), PASSWORD)));
    }

    /** Runs work signed in as the account with that email, as the real sign-in would set it up. */
    public static <T> T as(UserDetailsService users, String email, Callable<T> work) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(UserDetailsService users, String email, Runnable work) {
        as(users, email, () -> {
            work.run();
            return null;
        });
    }
}
