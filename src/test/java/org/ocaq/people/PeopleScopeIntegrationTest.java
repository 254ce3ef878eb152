package org.ocaq.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.ocaq.security.AccountService;
import org.ocaq.security.ScopeKind;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may see and change a school's people: its coordinator and the network office; its teachers read its teachers;
 * nobody else, and a guessed id of another school or of nothing is refused exactly alike.
 */
@IntegrationTest
class PeopleScopeIntegrationTest {

    private static final long NO_SUCH_ID = 987_654_321L;

    @Autowired TestData testData;
    @Autowired PeopleService people;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @Test
    void a_coordinator_reaches_no_people_of_another_school_and_guessed_ids_are_refused_alike() {
        TestData.World a = testData.world();
        TestData.World b = testData.world();
        long teacherOfB = TestData.as(users, b.coordinator(), () -> people.listTeachers(b.schoolId(), "", 0, 1))
                .getFirst().id();
        FamilyDetails familyOfB = TestData.as(users, b.coordinator(), () -> people.getFamilyDetails(b.familyId()));

        TestData.as(users, a.coordinator(), () -> {
            String otherSchool = denied(() -> people.getFamilyDetails(b.familyId()));
            assertThat(denied(() -> people.getFamilyDetails(NO_SUCH_ID))).isEqualTo(otherSchool);
            assertThat(denied(() -> people.updateFamily(b.familyId(), familyOfB.version(), "X", List.of(), List.of())))
                    .isEqualTo(otherSchool);
            assertThat(denied(() -> people.updateFamily(NO_SUCH_ID, 0, "X", List.of(), List.of())))
                    .isEqualTo(otherSchool);
            assertThat(denied(() -> people.getTeacher(teacherOfB))).isEqualTo(otherSchool);
            assertThat(denied(() -> people.getTeacher(NO_SUCH_ID))).isEqualTo(otherSchool);
            assertThat(denied(() -> people.updateTeacher(teacherOfB, 0, new TeacherForm("X", null, null, null))))
                    .isEqualTo(otherSchool);
            assertThat(denied(() -> people.updateTeacher(NO_SUCH_ID, 0, new TeacherForm("X", null, null, null))))
                    .isEqualTo(otherSchool);
            denied(() -> people.listFamilies(b.schoolId(), "", 0, 10));
            denied(() -> people.countFamilies(b.schoolId(), ""));
            denied(() -> people.listTeachers(b.schoolId(), "", 0, 10));
            denied(() -> people.listLearners(b.schoolId(), "", 0, 10));
            denied(() -> people.inviteTeacher(b.schoolId(), new TeacherForm("X Y", "xy@test.example", null, null),
                    Locale.ENGLISH));
            denied(() -> people.inviteLearner(b.schoolId(), "X Y", "xy@test.example", Locale.ENGLISH));

            // A guardian or child of another family slipped into an own family's save is refused as a guessed id.
            FamilyDetails own = people.getFamilyDetails(a.familyId());
            assertThat(denied(() -> people.updateFamily(a.familyId(), own.version(), own.name(),
                    familyOfB.guardians(), own.children()))).isEqualTo(otherSchool);
            assertThat(denied(() -> people.updateFamily(a.familyId(), own.version(), own.name(), own.guardians(),
                    familyOfB.children()))).isEqualTo(otherSchool);
        });
        assertThat(TestData.as(users, b.coordinator(), () -> people.getFamilyDetails(b.familyId()).name()))
                .isEqualTo(familyOfB.name());
    }

    @Test
    void a_teacher_reads_the_teachers_of_their_school_but_changes_nothing_and_sees_no_families() {
        TestData.World w = testData.world();
        TestData.as(users, w.teacher(), () -> {
            List<TeacherSummary> teachers = people.listTeachers(w.schoolId(), "", 0, 10);
            assertThat(teachers).hasSize(1);
            TeacherDetails self = people.getTeacher(teachers.getFirst().id());
            denied(() -> people.updateTeacher(self.id(), self.version(), self.form()));
            denied(() -> people.inviteTeacher(w.schoolId(), new TeacherForm("X Y", "xy@test.example", null, null),
                    Locale.ENGLISH));
            denied(() -> people.listFamilies(w.schoolId(), "", 0, 10));
            denied(() -> people.countFamilies(w.schoolId(), ""));
            denied(() -> people.listLearners(w.schoolId(), "", 0, 10));
            denied(() -> people.createFamily(w.schoolId(), "Ailə",
                    List.of(new GuardianForm("X Y", "xy@test.example", null, "az")), List.of()));
        });
    }

    @Test
    void a_parent_lists_neither_families_nor_teachers() {
        TestData.World w = testData.world();
        TestData.as(users, w.parent(), () -> {
            denied(() -> people.listFamilies(w.schoolId(), "", 0, 10));
            denied(() -> people.countFamilies(w.schoolId(), ""));
            denied(() -> people.listTeachers(w.schoolId(), "", 0, 10));
            denied(() -> people.inviteLearner(w.schoolId(), "X Y", "xy@test.example", Locale.ENGLISH));
            // Their own family they may still keep up to date.
            FamilyDetails own = people.getFamilyDetails(w.familyId());
            people.updateFamily(w.familyId(), own.version(), own.name(), own.guardians(),
                    List.of(ChildEntry.added(new ChildForm("Orxan", "Əliyev", null, LocalDate.of(2019, 2, 2), "az"))));
        });
    }

    @Test
    void the_network_office_reaches_every_school_and_a_coordinator_may_not_invite_learners_into_a_scope() {
        TestData.World w = testData.world();
        TestData.as(users, org.ocaq.devsupport.DemoNetwork.ADMIN, () -> {
            assertThat(people.listFamilies(w.schoolId(), "", 0, 10)).extracting(FamilyRow::id)
                    .containsExactly(w.familyId());
            assertThat(people.listTeachers(w.schoolId(), "", 0, 10)).hasSize(1);
        });
        // A coordinator invites learners only through the people service, which records the learner at their school.
        TestData.as(users, w.coordinator(), () -> {
            denied(() -> accounts.invite("xy@test.example", "X Y", Locale.ENGLISH, Role.STUDENT, ScopeKind.LEARNER,
                    NO_SUCH_ID));
            denied(() -> accounts.invite("xy@test.example", "X Y", Locale.ENGLISH, Role.PARENT, null, null));
        });
    }

    private static String denied(Executable call) {
        AccessDeniedException refused = org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                call);
        return refused.getMessage();
    }
}
