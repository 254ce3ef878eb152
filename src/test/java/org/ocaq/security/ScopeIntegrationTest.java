package org.ocaq.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

/**
 * Coordinators, teachers and parents reach only their own school, classes and family through the services, whatever
 * ids they guess.
 */
@IntegrationTest
class ScopeIntegrationTest {

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;
    @Autowired AccountService accounts;

    TestData.World a;
    TestData.World b;

    @BeforeEach
    void twoSchools() {
        a = testData.world();
        b = testData.world();
    }

    private static SchoolForm form(String name) {
        return new SchoolForm(name, "Berlin", "DE", Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null,
                null);
    }

    @Test
    void coordinator_reaches_own_school_only() {
        as(users, a.coordinator(), () -> {
            assertThat(schools.getSchool(a.schoolId()).id()).isEqualTo(a.schoolId());
            assertThat(schools.listSchools("", 0, 50)).extracting(s -> s.id()).containsExactly(a.schoolId());
            assertThat(schools.countSchools("")).isEqualTo(1);
            assertThat(people.getFamily(a.familyId()).children()).hasSize(1);
            assertThat(people.listChildren(a.schoolId(), "", 0, 50)).hasSize(1);

            assertThatThrownBy(() -> schools.getSchool(b.schoolId())).isInstanceOf(AccessDeniedException.class);
            long version = schools.getSchool(a.schoolId()).version();
            assertThatThrownBy(() -> schools.updateSchool(b.schoolId(), version, form("Oğurlanmış")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.listClasses(b.schoolId(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.createClass(b.schoolId(), new ClassForm("X", null, null, 6, 9, "az", 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.assignTeacher(b.classId(), a.teacherId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.getFamily(b.familyId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.listChildren(b.schoolId(), "", 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.addChild(b.familyId(), child())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.createFamily(b.schoolId(), "Ailə", List.of(guardian()), List.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.addTeacher(b.schoolId(), null, new TeacherForm("T", null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            // Network-office work is not a coordinator's
            assertThatThrownBy(() -> schools.createSchool(form("Yeni"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schools.appointCoordinator(b.schoolId(), a.coordinatorId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.createAccount(new NewAccount("x@test.example", "X", Languages.ENGLISH,
                    Set.of(Role.NETWORK_ADMIN), null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.grant(a.coordinatorId(), Role.NETWORK_ADMIN, null, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.searchAccounts("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void teacher_sees_own_school_and_classes_but_changes_nothing_of_the_school() {
        as(users, a.teacher(), () -> {
            assertThat(schools.getSchool(a.schoolId()).id()).isEqualTo(a.schoolId());
            assertThat(classes.myClasses()).extracting(c -> c.id()).containsExactly(a.classId());
            assertThat(classes.listClasses(a.schoolId(), 0, 10)).isNotEmpty();

            long version = schools.getSchool(a.schoolId()).version();
            assertThatThrownBy(() -> schools.updateSchool(a.schoolId(), version, form("Dəyişdim")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.createClass(a.schoolId(), new ClassForm("X", null, null, 6, 9, "az", 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.getFamily(a.familyId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.listChildren(a.schoolId(), "", 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schools.getSchool(b.schoolId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.getFamily(b.familyId())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void parent_reaches_own_family_only() {
        as(users, a.parent(), () -> {
            assertThat(people.myFamilies()).extracting(f -> f.id()).containsExactly(a.familyId());
            assertThat(people.getFamily(a.familyId()).children()).extracting(c -> c.fullName())
                    .containsExactly("Əliyeva Gülşən");
            long added = people.addChild(a.familyId(), child());
            assertThat(people.getFamily(a.familyId()).children()).extracting(c -> c.id()).contains(added);

            assertThatThrownBy(() -> people.getFamily(b.familyId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.addChild(b.familyId(), child())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schools.getSchool(a.schoolId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.listChildren(a.schoolId(), "", 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.listClasses(a.schoolId(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThat(schools.listSchools("", 0, 10)).isEmpty();
            assertThatThrownBy(() -> accounts.grant(a.parentId(), Role.COORDINATOR, ScopeKind.COORDINATED_SCHOOL,
                    a.schoolId())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void guessed_ids_that_do_not_exist_are_refused_like_foreign_ones() {
        long nowhere = 987_654_321L;
        as(users, a.coordinator(), () -> {
            assertThatThrownBy(() -> schools.getSchool(nowhere)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.getFamily(nowhere)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> classes.assignTeacher(nowhere, a.teacherId())).isInstanceOf(AccessDeniedException.class);
        });
        as(users, a.parent(), () -> {
            for (long guess = a.familyId() - 3; guess <= a.familyId() + 3; guess++) {
                if (guess == a.familyId()) {
                    continue;
                }
                long id = guess;
                assertThatThrownBy(() -> people.getFamily(id)).isInstanceOf(AccessDeniedException.class);
            }
        });
    }

    @Test
    void a_visitor_reaches_nothing() {
        assertThatThrownBy(() -> schools.getSchool(a.schoolId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.myFamilies()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.listSchools("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.myClasses()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_scope_taken_away_takes_effect_at_once() {
        as(users, a.coordinator(), () -> assertThat(schools.getSchool(a.schoolId()).id()).isEqualTo(a.schoolId()));
        SystemContext.run(() -> accounts.revoke(a.coordinatorId(), ScopeKind.COORDINATED_SCHOOL, a.schoolId()));
        as(users, a.coordinator(), () -> assertThatThrownBy(() -> schools.getSchool(a.schoolId()))
                .isInstanceOf(AccessDeniedException.class));
    }

    private static ChildForm child() {
        return new ChildForm("Ömər", "Şükürov", null, LocalDate.of(2016, 5, 15), "az");
    }

    private static GuardianForm guardian() {
        return new GuardianForm("Səbinə Şükürova", "sebine@test.example", null, "az");
    }
}
