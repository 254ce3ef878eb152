package org.ocaq.school;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.PublicClass;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.security.AccountService;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The network office's part of issue 3: invitations, per-country holidays and the public directory. */
@IntegrationTest
class NetworkOfficeIntegrationTest {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    @Autowired SchoolService schools;
    @Autowired CountryService countries;
    @Autowired ClassService classes;
    @Autowired AccountService accounts;
    @Autowired TestData testData;
    @Autowired UserDetailsService users;

    @Test
    void a_coordinator_invites_teachers_into_their_own_school_only() {
        TestData.World world = testData.world();
        TestData.World other = testData.world();
        String teacher = TestData.unique("muellim-devet") + "@test.example";

        TestData.as(users, world.coordinator(), () -> accounts.invite(teacher, "Elçin Həsənov",
                Languages.AZERBAIJANI, Role.TEACHER, ScopeKind.TEACHING_SCHOOL, world.schoolId()));
        MimeMessage mail = TestMail.awaitTo(teacher, 1, MAIL_WAIT).getFirst();
        assertThat(TestMail.body(mail)).startsWith("Salam, Elçin Həsənov!");

        String someone = TestData.unique("kenar") + "@test.example";
        // Another coordinator, the network office's role, another school, a guessed id: all refused alike.
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> accounts.invite(someone, "X Y",
                Languages.AZERBAIJANI, Role.COORDINATOR, ScopeKind.COORDINATED_SCHOOL, world.schoolId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> accounts.invite(someone, "X Y",
                Languages.AZERBAIJANI, Role.NETWORK_ADMIN, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> accounts.invite(someone, "X Y",
                Languages.AZERBAIJANI, Role.TEACHER, ScopeKind.TEACHING_SCHOOL, other.schoolId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> accounts.invite(someone, "X Y",
                Languages.AZERBAIJANI, Role.TEACHER, ScopeKind.TEACHING_SCHOOL, 987_654_321L)))
                .isInstanceOf(AccessDeniedException.class);
        // A coordinator may not use the network office's door either.
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> schools.inviteCoordinator(
                world.schoolId(), someone, "X Y", Languages.AZERBAIJANI)))
                .isInstanceOf(AccessDeniedException.class);
        // A teacher or parent invites no one.
        assertThatThrownBy(() -> TestData.as(users, world.teacher(), () -> accounts.invite(someone, "X Y",
                Languages.AZERBAIJANI, Role.TEACHER, ScopeKind.TEACHING_SCHOOL, world.schoolId())))
                .isInstanceOf(AccessDeniedException.class);
        // The network office gets the same answer for a school that does not exist.
        assertThatThrownBy(() -> SystemContext.run(() -> schools.inviteCoordinator(987_654_321L, someone, "X Y",
                Languages.AZERBAIJANI))).isInstanceOf(AccessDeniedException.class);
        assertThat(TestMail.to(someone)).isEmpty();
    }

    @Test
    void an_invitation_with_a_bad_address_is_marked_on_the_field() {
        TestData.World world = testData.world();
        assertThatThrownBy(() -> SystemContext.run(() -> schools.inviteCoordinator(world.schoolId(), "yox", "",
                Languages.AZERBAIJANI)))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsKeys("email", "displayName"));
    }

    @Test
    void only_the_network_office_changes_country_holidays_and_everyone_signed_in_reads_them() {
        TestData.World world = testData.world();
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(Math.floorMod(TestData.unique("d").hashCode(), 3000));
        long id = SystemContext.call(() -> countries.addHoliday("DE", day, "Sınaq bayramı"));

        assertThat(TestData.as(users, world.coordinator(), () -> countries.holidays("DE")))
                .extracting(HolidaySummary::id).contains(id);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(),
                () -> countries.addHoliday("DE", day.plusDays(1), "Başqa bayram")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> countries.removeHoliday(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(users, world.coordinator(), () -> countries.setDigitalConsentAge("DE", 13)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> countries.holidays("DE")).as("a visitor").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemContext.run(() -> countries.addHoliday("DE", day, "Eyni gün")))
                .isInstanceOf(FieldProblems.class);
        assertThatThrownBy(() -> SystemContext.run(() -> countries.setDigitalConsentAge("DE", 12)))
                .isInstanceOf(FieldProblems.class);

        SystemContext.run(() -> countries.removeHoliday(id));
        assertThat(SystemContext.call(() -> countries.holidays("DE"))).extracting(HolidaySummary::id)
                .doesNotContain(id);
    }

    @Test
    void a_visitor_reads_the_directory_with_open_classes_only_and_nothing_personal() {
        TestData.World world = testData.world();
        long closedId = SystemContext.call(() -> classes.createClass(world.schoolId(), new ClassForm("Bağlı sinif",
                "Musiqi", "A1", 6, 10, "az", 10, null, null, false,
                List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(12, 0), 60)))));
        String slug = SystemContext.call(() -> schools.getSchool(world.schoolId())).slug();

        // No one is signed in here.
        List<PublicSchool> directory = schools.publicDirectory();
        assertThat(directory).extracting(PublicSchool::slug).contains(slug);
        assertThat(directory).extracting(PublicSchool::name).contains("Berlin Azərbaycan Həftəsonu Məktəbi");
        PublicSchool school = schools.publicSchool(slug).orElseThrow();
        assertThat(school.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(schools.publicSchool("yoxdur-" + slug)).isEmpty();
        assertThat(schools.publicSchool(null)).isEmpty();

        List<PublicClass> open = classes.openClasses(world.schoolId());
        assertThat(open).extracting(PublicClass::id).contains(world.classId()).doesNotContain(closedId);

        // Only public fields: nothing names a person, an account or a family.
        assertThat(Arrays.stream(PublicSchool.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyInAnyOrder("id", "slug", "name", "city", "countryCode", "delivery", "timeZone",
                        "address", "contactEmail", "contactPhone", "description", "languages", "hasLogo");
        assertThat(school.toString()).doesNotContain(world.coordinator(), world.teacher(), world.parent(),
                "Müəllim", "Valideyn", "Gülşən");
        assertThat(open.toString()).doesNotContain(world.teacher(), "Müəllim", "Gülşən", "Valideyn");
    }
}
