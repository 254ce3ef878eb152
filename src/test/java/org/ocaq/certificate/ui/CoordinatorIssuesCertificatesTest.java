package org.ocaq.certificate.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.classes.ClassSummary;
import org.ocaq.classes.LessonFacts;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * A coordinator sees who of a class qualifies by the attendance rule, issues their certificates in one step, and
 * revokes one: the reason is required, and the list then says it is revoked.
 */
@ViewPackages(classes = {CertificatesView.class, MainLayout.class})
class CoordinatorIssuesCertificatesTest extends BrowserlessUiTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_coordinator_previews_issues_by_the_rule_and_revokes_with_a_reason() throws InterruptedException {
        AttendanceWorld a = worlds.create();
        List<Long> children = a.placeChildren(2);
        LessonFacts first = a.lessonOn(AttendanceWorld.TERM_START.plusWeeks(1));
        LessonFacts second = a.lessonOn(AttendanceWorld.TERM_START.plusWeeks(2));
        clock.setTo(Instant.parse("2027-02-01T10:00:00Z"));
        for (LessonFacts lesson : List.of(first, second)) {
            as(users, a.w.teacher(), () -> {
                AttendanceSheet sheet = attendance.open(lesson.lessonId());
                // The second child misses the first lesson: 50 %.
                attendance.save(sheet, List.of(new MarkEntry(children.get(0), AttendanceStatus.PRESENT, null),
                        new MarkEntry(children.get(1), lesson == first ? AttendanceStatus.UNEXCUSED
                                : AttendanceStatus.PRESENT, null)));
            });
        }

        signIn(a.w.coordinator());
        navigate(CertificatesView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ClassSummary> schoolClass = $(ComboBox.class).id("certificates-class");
        schoolClass.setValue(schoolClass.getListDataView().getItems().filter(c -> c.id() == a.classId)
                .findFirst().orElseThrow());
        assertThat($(IntegerField.class).id("certificates-min-rate").getValue()).isEqualTo(75);
        test($(TextField.class).id("certificates-signer")).setValue("Leyla Həsənova");
        test($(Button.class).id("certificates-preview")).click();
        @SuppressWarnings("unchecked")
        Grid<?> candidates = $(Grid.class).id("certificates-candidates");
        assertThat(test(candidates).size()).isEqualTo(2);
        List<String> verdicts = new java.util.ArrayList<>();
        for (int row = 0; row < 2; row++) {
            verdicts.add(test(candidates).getCellComponent(row, 1).getElement().getTextRecursively());
        }
        // One qualifies; the other is told why not, with the rate and the rule's minimum.
        assertThat(verdicts).anyMatch(v -> v.contains("100")).anyMatch(v -> v.contains("50") && v.contains("75"));
        test($(Button.class).id("certificates-issue")).click();
        assertThat($(Paragraph.class).id("certificates-message").getText()).contains("1");

        List<CertificateSummary> issued = as(users, a.w.coordinator(),
                () -> certificates.classCertificates(a.classId, a.termId));
        assertThat(issued).singleElement().satisfies(c -> assertThat(c.childId()).isEqualTo(children.get(0)));
        CertificateSummary certificate = issued.getFirst();
        String id = "certificate-" + certificate.id();
        assertThat($(Anchor.class).id(id + "-download").getHref()).isEqualTo("certificate-pdf/" + certificate.id());
        // The class's certificates as one ZIP, prepared in the background with a progress bar.
        test($(Button.class).id("certificates-zip")).click();
        assertThat(present("certificates-progress")).isTrue();
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        for (int i = 0; i < 200 && !present("certificates-file"); i++) {
            Thread.sleep(50);
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
        assertThat($(Anchor.class).id("certificates-file").getText()).endsWith(".zip");

        test($(Button.class).id(id + "-revoke")).click();
        test($(Button.class).id("certificate-revoke-confirm")).click();
        assertThat($(TextArea.class).id("certificate-revoke-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("certificate-revoke-reason")).setValue("Səhv qrupa verilib");
        test($(Button.class).id("certificate-revoke-confirm")).click();
        assertThat($(Span.class).id(id + "-revoked").getText()).contains("Səhv qrupa verilib");
        assertThat(certificates.verify(certificate.code())).get().satisfies(v -> assertThat(v.valid()).isFalse());

        // The child below the rule gets one on the coordinator's judgement, from the preview.
        test($(Button.class).id("certificates-preview")).click();
        Grid<?> again = $(Grid.class).id("certificates-candidates");
        Button anyway = null;
        for (int row = 0; row < 2; row++) {
            var cell = test(again).getCellComponent(row, 1);
            var found = cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst();
            if (found.isPresent()) {
                anyway = found.get();
            }
        }
        assertThat(anyway).isNotNull();
        assertThat(anyway.getId()).hasValue("candidate-" + children.get(1) + "-anyway");
        test(anyway).click();
        assertThat(as(users, a.w.coordinator(), () -> certificates.classCertificates(a.classId, a.termId)))
                .extracting(CertificateSummary::childId).contains(children.get(1));
    }
}
