package org.ocaq.school;

import org.junit.jupiter.api.Test;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 3: a school's languages of instruction and its logo, checked by content and size, changed only in scope. */
@IntegrationTest
class SchoolLogoAndLanguagesIntegrationTest {

    @Autowired SchoolService schools;
    @Autowired TestData testData;
    @Autowired UserDetailsService users;

    @Test
    void a_png_logo_is_stored_with_the_type_read_from_its_bytes_and_shown_publicly() {
        TestData.World world = testData.world();
        byte[] png = SchoolLogoTestImages.png();

        SystemContext.run(() -> schools.changeLogo(world.schoolId(), png));

        LogoImage logo = schools.logo(world.schoolId()).orElseThrow();
        assertThat(logo.contentType()).isEqualTo("image/png");
        assertThat(logo.bytes()).isEqualTo(png);
        SchoolDetails details = SystemContext.call(() -> schools.getSchool(world.schoolId()));
        assertThat(details.hasLogo()).isTrue();
        assertThat(schools.publicSchool(details.slug()).orElseThrow().hasLogo()).isTrue();

        // A JPEG replaces it; removing it leaves the school without one.
        byte[] jpeg = SchoolLogoTestImages.image("jpg");
        SystemContext.run(() -> schools.changeLogo(world.schoolId(), jpeg));
        assertThat(schools.logo(world.schoolId()).orElseThrow().contentType()).isEqualTo("image/jpeg");
        SystemContext.run(() -> schools.removeLogo(world.schoolId()));
        assertThat(schools.logo(world.schoolId())).isEmpty();
        assertThat(schools.publicSchool(details.slug()).orElseThrow().hasLogo()).isFalse();
    }

    @Test
    void a_text_file_called_png_an_svg_an_empty_and_an_oversized_file_are_refused_on_the_field() {
        TestData.World world = testData.world();
        byte[] png = SchoolLogoTestImages.png();
        SystemContext.run(() -> schools.changeLogo(world.schoolId(), png));

        byte[] text = "Bu şəkil deyil, sadəcə mətndir.\n".getBytes(StandardCharsets.UTF_8);
        byte[] svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script>
                <rect width="10" height="10"/></svg>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] svgWithoutProlog = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] oversized = Arrays.copyOf(png, SchoolService.LOGO_MAX_BYTES + 1);

        assertRefused(world.schoolId(), text, "school.logo.wrong-type");
        assertRefused(world.schoolId(), svg, "school.logo.wrong-type");
        assertRefused(world.schoolId(), svgWithoutProlog, "school.logo.wrong-type");
        assertRefused(world.schoolId(), oversized, "school.logo.too-large");
        assertRefused(world.schoolId(), new byte[0], "school.logo.empty");
        // The logo that was there stays.
        assertThat(schools.logo(world.schoolId()).orElseThrow().bytes()).isEqualTo(png);
    }

    @Test
    void a_coordinator_changes_their_own_schools_logo_only() {
        TestData.World world = testData.world();
        TestData.World other = testData.world();
        byte[] png = SchoolLogoTestImages.png();

        TestData.as(users, world.coordinator(), () -> schools.changeLogo(world.schoolId(), png));
        assertThat(schools.logo(world.schoolId())).isPresent();

        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> schools.changeLogo(other.schoolId(), png)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> schools.changeLogo(987_654_321L, png)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> schools.removeLogo(other.schoolId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.teacher(), () -> schools.changeLogo(world.schoolId(), png)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.changeLogo(world.schoolId(), png)).as("a visitor")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(schools.logo(other.schoolId())).isEmpty();
    }

    @Test
    void languages_of_instruction_are_saved_in_a_fixed_order_and_published() {
        String key = TestData.unique("dil");
        long id = SystemContext.call(() -> {
            schools.ensureCountry("DE", 16);
            return schools.createSchool(form("Dillər " + key, List.of("de", "az")));
        });

        SchoolDetails details = SystemContext.call(() -> schools.getSchool(id));
        assertThat(details.form().languages()).containsExactly("az", "de");
        assertThat(schools.publicSchool(details.slug()).orElseThrow().languages()).containsExactly("az", "de");

        SystemContext.run(() -> schools.updateSchool(id, details.version(), form("Dillər " + key, List.of("az", "en",
                "tr"))));
        assertThat(schools.publicSchool(details.slug()).orElseThrow().languages()).containsExactly("az", "en", "tr");

        // Schools made without naming languages teach in Azerbaijani.
        long plain = SystemContext.call(() -> schools.createSchool(new SchoolForm("Sadə " + key, "Berlin", "DE",
                Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null)));
        assertThat(SystemContext.call(() -> schools.getSchool(plain)).form().languages()).containsExactly("az");
    }

    @Test
    void a_school_needs_at_least_one_known_language() {
        String key = TestData.unique("dil");
        assertThatThrownBy(() -> SystemContext.run(() -> schools.createSchool(form("Dilsiz " + key, List.of()))))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsEntry("languages", List.of("school.form.languages-required")));
        assertThatThrownBy(() -> SystemContext.run(() -> schools.createSchool(form("Dilsiz " + key, null))))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField()).containsKey("languages"));
        assertThatThrownBy(() -> SystemContext.run(() -> schools.createSchool(form("Dilsiz " + key,
                List.of("az", "xx")))))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsEntry("languages", List.of("school.form.languages-unknown")));
    }

    private void assertRefused(long schoolId, byte[] bytes, String problem) {
        assertThatThrownBy(() -> SystemContext.run(() -> schools.changeLogo(schoolId, bytes)))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsEntry("logo", List.of(problem)));
    }

    private static SchoolForm form(String name, List<String> languages) {
        return new SchoolForm(name, "Berlin", "DE", Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null,
                null, languages);
    }
}
