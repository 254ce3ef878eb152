package org.ocaq.certificate.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.certificate.HolderKind;
import org.ocaq.certificate.PersonalIssue;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * A teacher opens the address their certificate's email gives (/my/certificates) and finds their training certificate
 * with its PDF; a colleague at the same school finds nothing there.
 */
@ViewPackages(classes = {FamilyCertificatesView.class, MainLayout.class})
class TeacherFindsOwnCertificateTest extends BrowserlessUiTest {

    @Autowired TestData data;
    @Autowired PeopleService people;
    @Autowired CertificateService certificates;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_teacher_finds_their_training_certificate_at_the_mailed_address_and_a_colleague_does_not() {
        clock.setTo(Instant.parse("2026-11-20T10:00:00Z"));
        TestData.World w = data.world();
        String email = TestData.unique("nigar") + "@test.example";
        long account = data.account(email, "Nigar Əhmədova", Role.TEACHER);
        long teacher = as(users, w.coordinator(), () -> people.addTeacher(w.schoolId(), account,
                new TeacherForm("Nigar Əhmədova", email, "az", null, null, "Nigar Akhmedova")));
        CertificateSummary issued = as(users, w.coordinator(), () -> certificates.issueToPerson(new PersonalIssue(
                HolderKind.TEACHER, teacher, 4L, "Pedaqoji kurs: Bakı, iyul 2026", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 12), null, null, "Səbinə Quliyeva")));

        signIn(email);
        navigate("my/certificates", FamilyCertificatesView.class);
        String id = "certificate-" + issued.id();
        assertThat($(H3.class).id(id + "-holder").getText()).isEqualTo("Nigar Əhmədova");
        assertThat($(Paragraph.class).id(id + "-subject").getText()).contains("Pedaqoji kurs: Bakı, iyul 2026");
        assertThat($(Paragraph.class).id(id + "-passport").getText()).endsWith(": Nigar Akhmedova");
        assertThat($(Anchor.class).id(id + "-download").getHref()).isEqualTo("certificate-pdf/" + issued.id());
        // Not a parent: the way back leads home, not to a family page.
        assertThat($(Anchor.class).id("family-certificates-back").getHref()).isEmpty();

        signIn(w.teacher());
        navigate("my/certificates", FamilyCertificatesView.class);
        assertThat(present("family-certificates-none")).isTrue();
        assertThat(present(id)).isFalse();
    }
}
