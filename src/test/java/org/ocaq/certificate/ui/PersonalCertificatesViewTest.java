package org.ocaq.certificate.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocaq.certificate.CertificateKind;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.certificate.HolderKind;
import org.ocaq.certificate.TemplateSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * A coordinator issues a teacher training certificate to one teacher: the passport spelling comes from the teacher's
 * record, the certificate appears in the school's list, and the form is ready for the next person of the same course.
 * A refused issue says on each field what to fix and keeps what was typed.
 */
@ViewPackages(classes = {PersonalCertificatesView.class, MainLayout.class})
class PersonalCertificatesViewTest extends BrowserlessUiTest {

    static final String NAME = "Əliyeva Gülşən Çingiz qızı";
    static final String SUBJECT = "Müəllim hazırlığı: Bakı 2026";
    static final String SIGNER = "Nigar Məmmədova";
    static final LocalDate FIRST = LocalDate.of(2026, 7, 1);
    static final LocalDate LAST = LocalDate.of(2026, 7, 10);

    @Autowired TestData data;
    @Autowired PeopleService people;
    @Autowired CertificateService certificates;
    @Autowired MutableClock clock;

    TestData.World w;

    @BeforeEach
    void aTeacherWithAPassportSpelling() {
        clock.setTo(Instant.parse("2026-11-20T10:00:00Z"));
        w = data.world();
        as(users, w.coordinator(), () -> people.addTeacher(w.schoolId(), null,
                new TeacherForm(NAME, null, "az", null, null, "Aliyeva Gulshan")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_coordinator_issues_a_training_certificate_to_one_teacher_with_the_passport_spelling_of_the_record() {
        signIn(w.coordinator());
        navigate(PersonalCertificatesView.class);
        assertThat(holderKind().getValue()).isEqualTo(HolderKind.TEACHER);
        assertThat(template().getValue().form().kind()).isEqualTo(CertificateKind.TEACHER_TRAINING);
        assertThat($(IntegerField.class).id("personal-hours").getValue()).as("the template's hours").isEqualTo(24);

        chooseTeacher();
        assertThat(field("personal-passport-name").getValue()).isEqualTo("Aliyeva Gulshan");
        test(field("personal-subject")).setValue(SUBJECT);
        test(picker("personal-from")).setValue(FIRST);
        test(picker("personal-to")).setValue(LAST);
        test(field("personal-signer")).setValue(SIGNER);
        test($(Button.class).id("personal-issue")).click();

        List<CertificateSummary> issued = as(users, w.coordinator(),
                () -> certificates.personalCertificates(w.schoolId()));
        assertThat(issued).singleElement().satisfies(c -> {
            assertThat(c.holderName()).isEqualTo(NAME);
            assertThat(c.passportName()).isEqualTo("Aliyeva Gulshan");
            assertThat(c.subject()).isEqualTo(SUBJECT);
            assertThat(c.kind()).isEqualTo(CertificateKind.TEACHER_TRAINING);
        });
        CertificateSummary certificate = issued.getFirst();
        assertThat($(Paragraph.class).id("personal-message").getText()).contains(NAME, certificate.code());
        Div list = $(Div.class).id("personal-issued");
        Paragraph holder = $(Paragraph.class).id("certificate-" + certificate.id() + "-holder");
        assertThat(holder.getText()).contains(NAME, "Aliyeva Gulshan");
        assertThat(holder.getParent().flatMap(card -> card.getParent())).contains(list);

        // Ready for the next person of the same course: the person is cleared, the course's choices stay.
        assertThat(holderBox().getValue()).isNull();
        assertThat(field("personal-subject").getValue()).isEqualTo(SUBJECT);
        assertThat(field("personal-passport-name").getValue()).isEmpty();
        assertThat(template().getValue().form().kind()).isEqualTo(CertificateKind.TEACHER_TRAINING);
        assertThat(picker("personal-from").getValue()).isEqualTo(FIRST);
        assertThat(picker("personal-to").getValue()).isEqualTo(LAST);
        assertThat(field("personal-signer").getValue()).isEqualTo(SIGNER);
        assertThat($(Button.class).id("personal-issue").isEnabled()).isTrue();
    }

    @Test
    void a_refused_issue_marks_the_fields_to_fix_and_keeps_what_was_typed() {
        signIn(w.coordinator());
        navigate(PersonalCertificatesView.class);
        chooseTeacher();
        test(picker("personal-from")).setValue(LAST);
        test(picker("personal-to")).setValue(FIRST);
        test(field("personal-signer")).setValue(SIGNER);
        test($(Button.class).id("personal-issue")).click();

        TextField subject = field("personal-subject");
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo(subject.getTranslation("certificate.person.subject-required"));
        DatePicker to = picker("personal-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo(to.getTranslation("certificate.person.dates-order"));
        assertThat(field("personal-signer").isInvalid()).isFalse();

        assertThat(holderBox().getValue()).isNotNull().satisfies(p -> assertThat(p.name()).isEqualTo(NAME));
        assertThat(field("personal-signer").getValue()).isEqualTo(SIGNER);
        assertThat(field("personal-passport-name").getValue()).isEqualTo("Aliyeva Gulshan");
        assertThat(picker("personal-from").getValue()).isEqualTo(LAST);
        assertThat(to.getValue()).isEqualTo(FIRST);
        assertThat($(Paragraph.class).id("personal-message").getText()).isEmpty();
        assertThat($(Button.class).id("personal-issue").isEnabled()).isTrue();
        assertThat(as(users, w.coordinator(), () -> certificates.personalCertificates(w.schoolId()))).isEmpty();
    }

    /** As the coordinator does it: types part of the name and picks the teacher from the suggestions. */
    private void chooseTeacher() {
        test(holderBox()).setFilter("Əliyeva");
        assertThat(test(holderBox()).getSuggestions()).containsExactly(NAME);
        test(holderBox()).selectItem(NAME);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<HolderKind> holderKind() {
        return $(RadioButtonGroup.class).id("personal-holder-kind");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PersonalCertificatesView.Person> holderBox() {
        return $(ComboBox.class).id("personal-holder");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<TemplateSummary> template() {
        return $(ComboBox.class).id("personal-template");
    }

    private TextField field(String id) {
        return $(TextField.class).id(id);
    }

    private DatePicker picker(String id) {
        return $(DatePicker.class).id(id);
    }
}
