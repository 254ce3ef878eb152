package org.ocaq.home.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolLogoTestImages;
import org.ocaq.school.SchoolService;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor, not signed in, reads on a school's public page the languages it teaches in and sees its logo. */
@ViewPackages(classes = SchoolPageView.class)
class SchoolPageShowsLanguagesAndLogoTest extends BrowserlessUiTest {

    @Autowired SchoolService schools;

    @Test
    void a_visitor_sees_the_languages_of_instruction_and_the_logo() {
        String name = "Dillər və loqo " + TestData.unique("p");
        String slug = SystemContext.call(() -> {
            schools.ensureCountry("DE", 16);
            long id = schools.createSchool(new SchoolForm(name, "Berlin", "DE", Delivery.IN_PERSON,
                    ZoneId.of("Europe/Berlin"), null, null, null, null, List.of("de", "az")));
            schools.changeLogo(id, SchoolLogoTestImages.png());
            return schools.getSchool(id).slug();
        });

        navigate("schools/" + slug, SchoolPageView.class);

        assertThat($(Paragraph.class).id("school-languages").getText())
                .isEqualTo("Tədris dilləri: Azərbaycan dili, alman dili");
        Image logo = $(Image.class).id("school-logo");
        assertThat(logo.getAlt()).contains("Loqo: " + name);
        assertThat(logo.getSrc()).isNotBlank();
    }

    @Test
    void a_school_without_a_logo_shows_none() {
        String name = "Loqosuz " + TestData.unique("p");
        String slug = SystemContext.call(() -> {
            schools.ensureCountry("DE", 16);
            long id = schools.createSchool(new SchoolForm(name, "Berlin", "DE", Delivery.IN_PERSON,
                    ZoneId.of("Europe/Berlin"), null, null, null, null));
            return schools.getSchool(id).slug();
        });

        navigate("schools/" + slug, SchoolPageView.class);

        assertThat($(Paragraph.class).id("school-languages").getText()).isEqualTo("Tədris dilləri: Azərbaycan dili");
        assertThat(present("school-logo")).isFalse();
    }
}
