package org.ocaq.school.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolDetails;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.LogoImage;
import org.ocaq.school.SchoolLogoTestImages;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.security.SystemContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network office opens a school at /network/schools: a form with every field marked when wrong, the saved school
 * in the paged grid, and its coordinator invited by email (which arrives at the test SMTP server).
 */
@ViewPackages(classes = {SchoolsAdminView.class, CountriesAdminView.class, MainLayout.class})
class NetworkOfficeOpensSchoolTest extends BrowserlessUiTest {

    @Autowired SchoolService schools;

    @Test
    void the_network_office_opens_a_school_and_invites_its_coordinator() {
        String key = TestData.unique("m");
        String name = "Münhen Odlar Yurdu " + key;
        signIn(DemoNetwork.ADMIN);
        navigate(SchoolsAdminView.class);

        test($(Button.class).id("school-new")).click();
        test($(Button.class).id("school-save")).click();
        TextField nameField = $(TextField.class).id("school-name");
        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo("Məktəbin adını yazın.");
        assertThat($(Paragraph.class).id("school-editor-message").getText())
                .isEqualTo("Qeyd olunan sahələri düzəldin.");

        test(nameField).setValue(name);
        test($(TextField.class).id("school-city")).setValue("München");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = $(ComboBox.class).id("school-country");
        country.setValue("DE");
        @SuppressWarnings("unchecked")
        Select<Delivery> delivery = $(Select.class).id("school-delivery");
        delivery.setValue(Delivery.BOTH);
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = $(ComboBox.class).id("school-time-zone");
        zone.setValue("Europe/Berlin");
        test($(EmailField.class).id("school-contact-email")).setValue("munhen@test.example");
        test($(Button.class).id("school-save")).click();

        assertThat(nameField.isInvalid()).isFalse();
        assertThat($(Paragraph.class).id("school-editor-message").getText()).isEqualTo("Yadda saxlanıldı.");
        test($(TextField.class).id("schools-search")).setValue(key);
        @SuppressWarnings("unchecked")
        Grid<SchoolSummary> grid = $(Grid.class).id("schools-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(name);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("München");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Əyani və onlayn");

        String coordinator = TestData.unique("munhen") + "@test.example";
        test($(EmailField.class).id("invite-email")).setValue(coordinator);
        test($(TextField.class).id("invite-name")).setValue("Səbinə Rəhimova");
        test($(Button.class).id("invite-send")).click();

        assertThat($(Paragraph.class).id("invite-message").getText())
                .isEqualTo(coordinator + " ünvanına dəvət göndərildi.");
        MimeMessage mail = TestMail.awaitTo(coordinator, 1, Duration.ofSeconds(15)).getFirst();
        assertThat(TestMail.body(mail)).startsWith("Salam, Səbinə Rəhimova!").contains("/invitation/");
    }

    @Test
    void a_school_changed_meanwhile_keeps_what_was_typed_and_says_so() {
        String key = TestData.unique("k");
        long id = SystemContext.call(() -> schools.createSchool(new SchoolForm("Konflikt " + key, "Berlin", "DE",
                Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null)));
        signIn(DemoNetwork.ADMIN);
        navigate(SchoolsAdminView.class);
        test($(TextField.class).id("schools-search")).setValue(key);
        @SuppressWarnings("unchecked")
        Grid<SchoolSummary> grid = $(Grid.class).id("schools-grid");
        test(grid).clickRow(0);
        assertThat($(TextField.class).id("school-name").getValue()).isEqualTo("Konflikt " + key);

        // Someone else saves the school in the meantime.
        SchoolDetails current = SystemContext.call(() -> schools.getSchool(id));
        SystemContext.run(() -> schools.updateSchool(id, current.version(), new SchoolForm("Konflikt " + key,
                "Potsdam", "DE", Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null)));

        test($(TextField.class).id("school-city")).setValue("Hamburg");
        test($(Button.class).id("school-save")).click();

        assertThat($(Paragraph.class).id("school-editor-message").getText())
                .startsWith("Bu məktəbi siz redaktə edərkən başqası dəyişdi.");
        assertThat($(TextField.class).id("school-city").getValue()).isEqualTo("Hamburg");
        assertThat(SystemContext.call(() -> schools.getSchool(id)).form().city()).isEqualTo("Potsdam");
    }

    @Test
    void the_network_office_sets_languages_and_a_logo_and_a_refused_file_keeps_the_form() {
        String key = TestData.unique("l");
        long id = SystemContext.call(() -> schools.createSchool(new SchoolForm("Loqo " + key, "Berlin", "DE",
                Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null)));
        signIn(DemoNetwork.ADMIN);
        navigate(SchoolsAdminView.class);
        test($(TextField.class).id("schools-search")).setValue(key);
        @SuppressWarnings("unchecked")
        Grid<SchoolSummary> grid = $(Grid.class).id("schools-grid");
        test(grid).clickRow(0);
        assertThat($(Paragraph.class).id("school-logo-message").getText()).isEmpty();
        assertThat(present("school-logo-image")).isFalse();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> languages = $(MultiSelectComboBox.class).id("school-languages");
        assertThat(languages.getValue()).containsExactly("az");
        languages.setValue(Set.of());
        test($(Button.class).id("school-save")).click();
        assertThat(languages.isInvalid()).isTrue();
        assertThat(languages.getErrorMessage()).isEqualTo("Ən azı bir tədris dilini seçin.");
        languages.setValue(Set.of("az", "de"));
        test($(Button.class).id("school-save")).click();
        assertThat(languages.isInvalid()).isFalse();
        assertThat(SystemContext.call(() -> schools.getSchool(id)).form().languages()).containsExactly("az", "de");

        // A text file named like a picture is refused with the reason; what was typed in the form stays.
        test($(TextField.class).id("school-city")).setValue("Hamburg");
        Upload upload = $(Upload.class).id("school-logo-upload");
        test(upload).upload("logo.png", "image/png", "Salam, bu şəkil deyil.".getBytes(StandardCharsets.UTF_8));
        assertThat($(Paragraph.class).id("school-logo-message").getText())
                .isEqualTo("Bu fayl PNG, JPEG və ya WebP şəkli deyil. SVG və başqa fayllar qəbul olunmur.");
        assertThat($(TextField.class).id("school-city").getValue()).isEqualTo("Hamburg");
        assertThat(schools.logo(id)).isEmpty();

        byte[] png = SchoolLogoTestImages.png();
        test(upload).upload("logo.png", "image/png", png);
        assertThat($(Paragraph.class).id("school-logo-message").getText()).isEqualTo("Loqo yadda saxlanıldı.");
        assertThat($(Image.class).id("school-logo-image").getSrc()).isNotBlank();
        LogoImage stored = schools.logo(id).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.bytes()).isEqualTo(png);
        assertThat($(TextField.class).id("school-city").getValue()).isEqualTo("Hamburg");

        test($(Button.class).id("school-logo-remove")).click();
        assertThat(schools.logo(id)).isEmpty();
        assertThat(present("school-logo-image")).isFalse();
        assertThat(List.of($(Paragraph.class).id("school-logo-message").getText())).containsExactly("Loqo silindi.");
    }
}
