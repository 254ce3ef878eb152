package org.ocaq.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

/**
 * Certificates for one person outside a class's term: a teacher after a training course, an adult learner or a child
 * after a course. The holder's record gives the name and the passport spelling; the holder finds the certificate
 * under their own account and is told by email; nobody else's coordinator, colleague or family can reach it.
 */
@IntegrationTest
class PersonalCertificatesIntegrationTest {

    static final long TERM_ATTENDANCE_EN = 1L;
    static final long COURSE_COMPLETION_EN = 3L;
    static final long TEACHER_TRAINING_EN = 4L;
    static final String NAME = "Əliyeva Gülşən Çingiz qızı";
    static final LocalDate FIRST = LocalDate.of(2026, 7, 1);
    static final LocalDate LAST = LocalDate.of(2026, 7, 10);

    @Autowired TestData data;
    @Autowired CertificateService certificates;
    @Autowired PeopleService people;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    TestData.World w;
    String teacherEmail;
    long teacherRecord;

    @BeforeEach
    void aTeacherWithAPassportSpelling() {
        clock.setTo(Instant.parse("2026-11-20T10:00:00Z"));
        w = data.world();
        teacherEmail = TestData.unique("gulsen") + "@test.example";
        long account = data.account(teacherEmail, NAME, Role.TEACHER);
        teacherRecord = as(users, w.coordinator(), () -> people.addTeacher(w.schoolId(), account,
                new TeacherForm(NAME, teacherEmail, "az, de", null, null, "Aliyeva Gulshan")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private PersonalIssue training(long holder) {
        return new PersonalIssue(HolderKind.TEACHER, holder, TEACHER_TRAINING_EN, "Pedaqoji kurs: Bakı, iyul 2026",
                FIRST, LAST, null, null, "Nigar Məmmədova");
    }

    @Test
    void a_teacher_gets_a_training_certificate_with_the_passport_spelling_of_their_record_and_finds_it_themself()
            throws IOException {
        CertificateHolder holder = as(users, w.coordinator(),
                () -> certificates.holder(HolderKind.TEACHER, teacherRecord));
        assertThat(holder.name()).isEqualTo(NAME);
        assertThat(holder.passportName()).isEqualTo("Aliyeva Gulshan");

        CertificateSummary issued = as(users, w.coordinator(), () -> certificates.issueToPerson(training(teacherRecord)));
        assertThat(issued.holderKind()).isEqualTo(HolderKind.TEACHER);
        assertThat(issued.kind()).isEqualTo(CertificateKind.TEACHER_TRAINING);
        assertThat(issued.holderName()).isEqualTo(NAME);
        assertThat(issued.passportName()).isEqualTo("Aliyeva Gulshan");
        assertThat(issued.classId()).isNull();
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(jdbc.queryForObject("select count(*) from certificate_event where action = 'ISSUED'"
                + " and certificate_id = ?", Long.class, issued.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select hours from certificate where id = ?", Integer.class, issued.id()))
                .as("the template's hours, as none were given").isEqualTo(24);

        // The teacher sees it among their own certificates and downloads it; the PDF prints both spellings.
        assertThat(as(users, teacherEmail, () -> certificates.myCertificates()))
                .extracting(CertificateSummary::id).containsExactly(issued.id());
        byte[] pdf = as(users, teacherEmail, () -> certificates.pdf(issued.id()));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(NAME, "Aliyeva Gulshan", "Pedaqoji kurs: Bakı, iyul 2026", "Nigar Məmmədova");
        }
        // The school's list of single certificates shows it; a class's list does not.
        assertThat(as(users, w.coordinator(), () -> certificates.personalCertificates(w.schoolId())))
                .extracting(CertificateSummary::id).containsExactly(issued.id());

        // Told by email, with the address of their own certificates page and the code.
        Map<String, Object> mail = jdbc.queryForMap("select subject, body from outbox_message where recipient = ?",
                teacherEmail);
        assertThat((String) mail.get("body")).contains("/my/certificates", issued.code());

        // Issuing the same course again is refused on the field; a different course is not.
        assertThatThrownBy(() -> as(users, w.coordinator(), () -> certificates.issueToPerson(training(teacherRecord))))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsEntry("subject", List.of("certificate.person.already-held")));
    }

    @Test
    void nobody_but_the_holder_and_the_school_s_office_reads_it_and_other_schools_cannot_issue_to_the_teacher() {
        CertificateSummary issued = as(users, w.coordinator(), () -> certificates.issueToPerson(training(teacherRecord)));
        TestData.World other = data.world();

        // A colleague at the same school, another school's coordinator and teacher, a parent: all refused.
        for (String outsider : List.of(w.teacher(), other.coordinator(), other.teacher(), w.parent())) {
            assertThatThrownBy(() -> as(users, outsider, () -> certificates.pdf(issued.id())))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThat(as(users, outsider, () -> certificates.myCertificates())).as(outsider).isEmpty();
        }
        assertThatThrownBy(() -> as(users, other.coordinator(),
                () -> certificates.issueToPerson(training(teacherRecord)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, other.coordinator(), () -> certificates.revoke(issued.id(), "Səhv")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, other.coordinator(), () -> certificates.personalCertificates(w.schoolId())))
                .isInstanceOf(AccessDeniedException.class);
        // The teacher cannot issue to themself, nor list the school's certificates.
        assertThatThrownBy(() -> as(users, teacherEmail, () -> certificates.issueToPerson(training(teacherRecord))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, teacherEmail, () -> certificates.personalCertificates(w.schoolId())))
                .isInstanceOf(AccessDeniedException.class);
        // A guessed holder id is refused like a foreign one.
        assertThatThrownBy(() -> as(users, w.coordinator(),
                () -> certificates.issueToPerson(training(teacherRecord + 100_000)))).isInstanceOf(AccessDeniedException.class);
        // The network office may issue for any school.
        String office = TestData.unique("ofis") + "@test.example";
        data.account(office, "Ofis", Role.NETWORK_ADMIN);
        assertThat(as(users, office, () -> certificates.personalCertificates(w.schoolId()))).hasSize(1);
    }

    @Test
    void an_incomplete_form_is_refused_field_by_field_and_nothing_is_issued() {
        PersonalIssue bad = new PersonalIssue(HolderKind.TEACHER, teacherRecord, TERM_ATTENDANCE_EN, " ",
                LAST, FIRST, 0, "x".repeat(201), "");
        assertThatThrownBy(() -> as(users, w.coordinator(), () -> certificates.issueToPerson(bad)))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField()).containsOnlyKeys(
                        "template", "subject", "dates", "hours", "passportName", "signerName")
                        .containsEntry("dates", List.of("certificate.person.dates-order")));
        // A course that has not ended yet (in the school's time zone) is not certified.
        PersonalIssue early = new PersonalIssue(HolderKind.TEACHER, teacherRecord, TEACHER_TRAINING_EN, "Kurs",
                FIRST, LocalDate.of(2026, 11, 21), 10, null, "Nigar Məmmədova");
        assertThatThrownBy(() -> as(users, w.coordinator(), () -> certificates.issueToPerson(early)))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsEntry("dates", List.of("certificate.person.not-finished")));
        assertThat(as(users, w.coordinator(), () -> certificates.personalCertificates(w.schoolId()))).isEmpty();
    }

    @Test
    void an_adult_learner_and_a_child_get_course_certificates_that_reach_them_and_their_family() {
        String learnerEmail = TestData.unique("dinleyici") + "@test.example";
        long learner = as(users, w.coordinator(),
                () -> people.inviteLearner(w.schoolId(), "Məmmədov Rəşad", learnerEmail, Locale.ENGLISH));
        CertificateSummary forLearner = as(users, w.coordinator(), () -> certificates.issueToPerson(new PersonalIssue(
                HolderKind.LEARNER, learner, COURSE_COMPLETION_EN, "Azərbaycan dili A2 (onlayn)", FIRST, LAST, 40,
                "Rashad Mammadov", "Nigar Məmmədova")));
        assertThat(forLearner.holderKind()).isEqualTo(HolderKind.LEARNER);
        assertThat(forLearner.passportName()).isEqualTo("Rashad Mammadov");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Long.class,
                learnerEmail)).as("the invitation and the certificate").isEqualTo(2);
        // Written in the learner's language (invited in English), the teacher's in theirs (the account's Azerbaijani).
        assertThat(jdbc.queryForObject("select language from outbox_message where recipient = ? and body like ?",
                String.class, learnerEmail, "%" + forLearner.code() + "%")).isEqualTo("en");
        assertThat(as(users, learnerEmail, () -> certificates.myCertificates()))
                .extracting(CertificateSummary::id).containsExactly(forLearner.id());
        assertThat(as(users, learnerEmail, () -> certificates.pdf(forLearner.id()))).isNotEmpty();

        // The child's record has the passport spelling "GULSHAN ALIYEVA": it is taken when the form leaves it empty.
        CertificateSummary forChild = as(users, w.coordinator(), () -> certificates.issueToPerson(new PersonalIssue(
                HolderKind.CHILD, w.childId(), COURSE_COMPLETION_EN, "Yay məktəbi 2026", FIRST, LAST, 30, " ",
                "Nigar Məmmədova")));
        assertThat(forChild.passportName()).isEqualTo("GULSHAN ALIYEVA");
        assertThat(forChild.childId()).isEqualTo(w.childId());
        assertThat(as(users, w.parent(), () -> certificates.myCertificates()))
                .extracting(CertificateSummary::id).containsExactly(forChild.id());
        assertThat(as(users, w.parent(), () -> certificates.pdf(forChild.id()))).isNotEmpty();
        assertThatThrownBy(() -> as(users, w.parent(), () -> certificates.pdf(forLearner.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(users, w.coordinator(), () -> certificates.personalCertificates(w.schoolId())))
                .extracting(CertificateSummary::id).containsExactlyInAnyOrder(forLearner.id(), forChild.id());
    }
}
