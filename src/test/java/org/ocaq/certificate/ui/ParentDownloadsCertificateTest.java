package org.ocaq.certificate.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.classes.LessonFacts;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * A parent finds both children's certificates on the family's certificates page, each with its PDF to download; a
 * parent of another school sees none of them; a revoked one stays in the list, marked revoked with the reason.
 */
@ViewPackages(classes = {FamilyCertificatesView.class, MainLayout.class})
class ParentDownloadsCertificateTest extends BrowserlessUiTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_parent_sees_and_downloads_the_childrens_certificates_and_sees_a_revoked_one_marked() {
        AttendanceWorld a = worlds.create();
        AttendanceWorld other = worlds.create();
        a.placeChildren(2);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 1, 16));
        clock.setTo(Instant.parse("2027-01-16T12:00:00Z"));
        a.markAllPresent(attendance, lesson.lessonId());
        List<CertificateSummary> issued = as(users, a.w.coordinator(), () -> certificates.issueForClass(
                a.classId, a.termId, 1L, 75, "Leyla Həsənova"));
        assertThat(issued).hasSize(2);

        signIn(a.w.parent());
        navigate(FamilyCertificatesView.class);
        assertThat(present("family-certificates-none")).isFalse();
        for (CertificateSummary certificate : issued) {
            String id = "certificate-" + certificate.id();
            assertThat($(H3.class).id(id + "-holder").getText()).isEqualTo(certificate.holderName());
            assertThat($(Paragraph.class).id(id + "-code").getText()).contains(certificate.code());
            assertThat($(Paragraph.class).id(id + "-subject").getText()).contains(certificate.subject());
            assertThat(present(id + "-period")).isTrue();
            Anchor download = $(Anchor.class).id(id + "-download");
            assertThat(download.getHref()).isEqualTo("certificate-pdf/" + certificate.id());
            assertThat(download.getElement().hasAttribute("router-ignore")).isTrue();
            assertThat(download.getElement().hasAttribute("download")).isTrue();
            assertThat(present(id + "-revoked")).isFalse();
        }
        assertThat($(Anchor.class).id("family-certificates-back").getHref()).isEqualTo("family");

        // A parent of another school: none of them, only the empty state.
        signIn(other.w.parent());
        navigate(FamilyCertificatesView.class);
        assertThat(present("family-certificates-none")).isTrue();
        for (CertificateSummary certificate : issued) {
            assertThat(present("certificate-" + certificate.id())).isFalse();
        }

        // Revoked: still listed, still downloadable, marked with the reason.
        CertificateSummary revoked = issued.getFirst();
        as(users, a.w.coordinator(), () -> certificates.revoke(revoked.id(), "Səhv verilib"));
        signIn(a.w.parent());
        navigate(FamilyCertificatesView.class);
        String id = "certificate-" + revoked.id();
        Span badge = $(Span.class).id(id + "-revoked");
        assertThat(badge.getText()).isEqualTo(badge.getTranslation("certificate.family.revoked"));
        assertThat(badge.getElement().getThemeList()).contains("badge", "error");
        assertThat($(Paragraph.class).id(id + "-revoked-reason").getText()).contains("Səhv verilib");
        assertThat($(Anchor.class).id(id + "-download").getHref()).isEqualTo("certificate-pdf/" + revoked.id());
        CertificateSummary kept = issued.getLast();
        assertThat(present("certificate-" + kept.id() + "-revoked")).isFalse();
        assertThat($(Div.class).id("certificate-" + kept.id())).isNotNull();
    }
}
