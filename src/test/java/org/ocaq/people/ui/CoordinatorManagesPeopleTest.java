package org.ocaq.people.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ocaq.people.ChildForm;
import org.ocaq.people.FamilyDetails;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherDetails;
import org.ocaq.people.TeacherForm;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator records a family with Azerbaijani names and finds it in the list, and invites a teacher. */
@ViewPackages(classes = {FamiliesView.class, TeachersView.class, LearnersView.class, MainLayout.class})
class CoordinatorManagesPeopleTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired PeopleService people;

    @Test
    void coordinator_creates_a_family_with_a_child_named_in_azerbaijani_and_finds_it_in_the_grid() {
        TestData.World w = testData.world();
        signIn(w.coordinator());
        navigate(FamiliesView.class);

        test($(Button.class).id("family-new")).click();
        text("family-name", "Şıxəliyevlər");
        text("family-guardian-name-0", "Gülnarə Şıxəliyeva");
        // Neither email nor phone: the service says so on the field, and what was typed stays.
        test($(Button.class).id("family-child-add")).click();
        text("family-child-first-name-0", "Ağabəy");
        text("family-child-last-name-0", "Şıxəliyev");
        text("family-child-passport-name-0", "AGHABAY SHIKHALIYEV");
        test($(DatePicker.class).id("family-child-birth-0")).setValue(LocalDate.of(2016, 9, 21));
        text("family-child-languages-0", "az, de");
        test($(TextArea.class).id("family-child-note-0")).setValue("Şənbə günləri nənəsi aparır.");
        test($(Button.class).id("family-save")).click();
        EmailField guardianEmail = $(EmailField.class).id("family-guardian-email-0");
        assertThat(guardianEmail.isInvalid()).isTrue();
        assertThat(guardianEmail.getErrorMessage()).isEqualTo("Valideynin e-poçtunu və ya telefonunu yazın.");
        assertThat($(TextField.class).id("family-child-first-name-0").getValue()).isEqualTo("Ağabəy");

        test(guardianEmail).setValue("gulnare@test.example");
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("family-guardian-language-0");
        language.setValue("ru");
        test($(Button.class).id("family-save")).click();
        assertThat($(Paragraph.class).id("family-editor-message").getText()).isEqualTo("Ailə yadda saxlanıldı.");

        @SuppressWarnings("unchecked")
        Grid<?> grid = $(Grid.class).id("families-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        test($(TextField.class).id("families-search")).setValue("agabey");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Şıxəliyevlər");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Gülnarə Şıxəliyeva");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("gulnare@test.example");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("1");

        // Reopened from the grid, the editor shows what was saved; a concurrent change is refused, typing kept.
        test(grid).clickRow(0);
        assertThat($(TextField.class).id("family-child-first-name-0").getValue()).isEqualTo("Ağabəy");
        long familyId = people.listFamilies(w.schoolId(), "agabey", 0, 1).getFirst().id();
        FamilyDetails current = people.getFamilyDetails(familyId);
        people.updateFamily(familyId, current.version(), current.name(), current.guardians(),
                List.of(new org.ocaq.people.ChildEntry(current.children().getFirst().id(),
                        current.children().getFirst().version(), new ChildForm("Ağabəy", "Şıxəliyev",
                        "AGHABAY SHIKHALIYEV", LocalDate.of(2016, 9, 21), "az, de, ru", null))));
        text("family-child-languages-0", "az, de, tr");
        test($(Button.class).id("family-save")).click();
        assertThat($(Paragraph.class).id("family-editor-message").getText())
                .isEqualTo("Bu məlumatı siz saxlayana qədər başqası dəyişdi. Səhifəni yeniləyin və yenidən cəhd edin.");
        assertThat($(TextField.class).id("family-child-languages-0").getValue()).isEqualTo("az, de, tr");
        assertThat(people.getFamilyDetails(familyId).children().getFirst().form().homeLanguages())
                .isEqualTo("az, de, ru");
    }

    @Test
    @SuppressWarnings("unchecked")
    void coordinator_invites_a_teacher_who_gets_the_email_and_shows_in_the_grid() {
        TestData.World w = testData.world();
        String email = TestData.unique("ui-muellim") + "@test.example";
        signIn(w.coordinator());
        navigate(TeachersView.class);

        test($(Button.class).id("teacher-invite-open")).click();
        text("teacher-name", "Ülkər Qasımova");
        test($(EmailField.class).id("teacher-email")).setValue(email);
        Select<Locale> mailLanguage = $(Select.class).id("teacher-mail-language");
        mailLanguage.setValue(Locale.ENGLISH);
        MultiSelectComboBox<String> languages = $(MultiSelectComboBox.class).id("teacher-languages");
        languages.setValue(Set.of("az", "de"));
        text("teacher-subjects", "Azərbaycan dili, rəqs");
        test($(TextArea.class).id("teacher-qualifications")).setValue("Pedaqoji təhsil");
        test($(Button.class).id("teacher-save")).click();

        assertThat($(Paragraph.class).id("teacher-editor-message").getText())
                .isEqualTo("Dəvət " + email + " ünvanına göndərildi.");
        MimeMessage mail = TestMail.awaitTo(email, 1, Duration.ofSeconds(15)).getFirst();
        assertThat(TestMail.body(mail)).contains("Ülkər Qasımova");
        assertThat($(Paragraph.class).id("teacher-training-empty").getText()).isEqualTo("Hələ təlim yoxdur.");

        Grid<?> grid = $(Grid.class).id("teachers-grid");
        test($(TextField.class).id("teachers-search")).setValue("ulker");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Ülkər Qasımova");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("az, de");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Azərbaycan dili, rəqs");

        // Someone else changes the profile while it is open: the save is refused and what was typed stays.
        long teacherId = people.listTeachers(w.schoolId(), "ulker", 0, 1).getFirst().id();
        TeacherDetails current = people.getTeacher(teacherId);
        people.updateTeacher(teacherId, current.version(), new TeacherForm(current.form().fullName(), email,
                current.form().languages(), current.form().qualifications(), "Musiqi"));
        text("teacher-subjects", "Azərbaycan dili, rəqs, tarix");
        test($(Button.class).id("teacher-save")).click();
        assertThat($(Paragraph.class).id("teacher-editor-message").getText())
                .isEqualTo("Bu məlumatı siz saxlayana qədər başqası dəyişdi. Səhifəni yeniləyin və yenidən cəhd edin.");
        assertThat($(TextField.class).id("teacher-subjects").getValue()).isEqualTo("Azərbaycan dili, rəqs, tarix");
        assertThat(people.getTeacher(teacherId).form().subjects()).isEqualTo("Musiqi");
    }

    @Test
    void coordinator_adds_an_adult_learner() {
        TestData.World w = testData.world();
        String email = TestData.unique("ui-dinleyici") + "@test.example";
        signIn(w.coordinator());
        navigate(LearnersView.class);

        text("learner-name", "Fərid Rzayev");
        test($(EmailField.class).id("learner-email")).setValue(email);
        test($(Button.class).id("learner-invite")).click();

        assertThat($(Paragraph.class).id("learner-message").getText())
                .isEqualTo("Dəvət " + email + " ünvanına göndərildi.");
        TestMail.awaitTo(email, 1, Duration.ofSeconds(15));
        Grid<?> grid = $(Grid.class).id("learners-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Fərid Rzayev");
    }

    private void text(String id, String value) {
        test($(TextField.class).id(id)).setValue(value);
    }
}
