package org.ocaq.people;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ocaq.security.FieldProblems;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A coordinator invites teachers to their school and keeps their profiles. */
@IntegrationTest
class TeacherInvitationIntegrationTest {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    @Autowired TestData testData;
    @Autowired PeopleService people;
    @Autowired UserDetailsService users;

    @Test
    void an_invited_teacher_gets_the_email_in_their_language_and_appears_once_in_the_school_list() {
        TestData.World w = testData.world();
        String email = TestData.unique("devetli-muellim") + "@test.example";
        TeacherForm form = new TeacherForm("Şəbnəm Ağayeva", email, "az, de", "Bakı Dövlət Universiteti, filologiya",
                "Azərbaycan dili, musiqi");

        long id = TestData.as(users, w.coordinator(), () -> people.inviteTeacher(w.schoolId(), form, Locale.ENGLISH));

        MimeMessage mail = TestMail.awaitTo(email, 1, MAIL_WAIT).getFirst();
        assertThat(TestMail.body(mail)).startsWith("Hello").contains("Şəbnəm Ağayeva");
        TestData.as(users, w.coordinator(), () -> {
            TeacherDetails details = people.getTeacher(id);
            assertThat(details.accountId()).isNotNull();
            assertThat(details.form().subjects()).isEqualTo("Azərbaycan dili, musiqi");
            assertThat(details.form().languages()).isEqualTo("az, de");
            assertThat(people.listTeachers(w.schoolId(), "sebnem", 0, 10)).extracting(TeacherSummary::id)
                    .containsExactly(id);
        });

        // Inviting the same address again sends a fresh link and keeps the one teacher.
        long again = TestData.as(users, w.coordinator(),
                () -> people.inviteTeacher(w.schoolId(), form, Locale.ENGLISH));
        assertThat(again).isEqualTo(id);
        TestMail.awaitTo(email, 2, MAIL_WAIT);
        assertThat(TestData.as(users, w.coordinator(), () -> people.countTeachers(w.schoolId(), email))).isEqualTo(1);

        // The invited account may now read its school's teachers, as any teacher of the school.
        assertThat(TestData.as(users, email, () -> people.listTeachers(w.schoolId(), "", 0, 50)))
                .extracting(TeacherSummary::fullName).contains("Şəbnəm Ağayeva");
    }

    @Test
    void an_invitation_with_a_bad_address_or_no_name_is_refused_per_field_and_sends_nothing() {
        TestData.World w = testData.world();
        assertThatThrownBy(() -> TestData.as(users, w.coordinator(), () -> people.inviteTeacher(w.schoolId(),
                new TeacherForm(" ", "not-an-address", "az, Deutsch", null, null), Locale.ENGLISH)))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsKeys("fullName", "email", "languages"));
        assertThat(TestData.as(users, w.coordinator(), () -> people.countTeachers(w.schoolId(), "")))
                .as("only the world's own teacher").isEqualTo(1);
    }

    @Test
    void a_profile_edit_on_a_stale_version_is_refused_and_changes_nothing() {
        TestData.World w = testData.world();
        String email = TestData.unique("profil") + "@test.example";
        TestData.as(users, w.coordinator(), () -> {
            long id = people.inviteTeacher(w.schoolId(), new TeacherForm("Elçin Məmmədov", email, "az", null, null),
                    Locale.ENGLISH);
            TeacherDetails read = people.getTeacher(id);
            people.updateTeacher(id, read.version(), new TeacherForm("Elçin Məmmədov", email, "az, ru",
                    "Pedaqoji kurs, 2025", "Tarix"));
            TeacherDetails changed = people.getTeacher(id);
            assertThat(changed.form().subjects()).isEqualTo("Tarix");
            assertThat(changed.version()).isGreaterThan(read.version());

            assertThatThrownBy(() -> people.updateTeacher(id, read.version(),
                    new TeacherForm("Elçin Məmmədov", email, "az", null, "Musiqi")))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(people.getTeacher(id).form().subjects()).isEqualTo("Tarix");

            // The address an invited teacher signs in with is not changed through the profile.
            assertThatThrownBy(() -> people.updateTeacher(id, changed.version(),
                    new TeacherForm("Elçin Məmmədov", "other-" + email, "az", null, "Tarix")))
                    .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField()).containsKey("email"));
        });
    }

    @Test
    void a_coordinator_invites_an_adult_learner_who_gets_an_account_with_their_own_record() {
        TestData.World w = testData.world();
        String email = TestData.unique("dinleyici") + "@test.example";

        long id = TestData.as(users, w.coordinator(),
                () -> people.inviteLearner(w.schoolId(), "Rəşad Hüseynov", email, Locale.forLanguageTag("ru")));

        TestMail.awaitTo(email, 1, MAIL_WAIT);
        assertThat(TestData.as(users, w.coordinator(), () -> people.listLearners(w.schoolId(), "resad", 0, 10)))
                .extracting(LearnerSummary::id).containsExactly(id);
        assertThat(TestData.as(users, email, () -> people.myLearnerRecords()))
                .extracting(LearnerSummary::id).containsExactly(id);
        long again = TestData.as(users, w.coordinator(),
                () -> people.inviteLearner(w.schoolId(), "Rəşad Hüseynov", email, Locale.ENGLISH));
        assertThat(again).isEqualTo(id);
        assertThat(TestData.as(users, w.coordinator(), () -> people.countLearners(w.schoolId(), ""))).isEqualTo(1);
    }
}
