package org.ocaq.classes;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.ocaq.school.SchoolService;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class CalendarFeedIntegrationTest {

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired ClassService classes;
    @Autowired SchoolService schools;
    @Autowired TimetableService timetable;
    @Autowired CalendarFeedService feeds;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A Berlin class on Saturdays at 10:00 across both clock changes (25 Oct 2026, 28 Mar 2027). */
    private TestData.World berlinClassAcrossClockChanges() {
        TestData.World w = testData.world();
        as(users, w.coordinator(), () -> {
            long termId = schools.createTerm(w.schoolId(), "2026/27", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2027, 4, 30));
            ClassDetails read = classes.getClass(w.classId());
            ClassForm f = read.form();
            classes.updateClass(w.classId(), read.version(), new ClassForm(f.name(), f.subject(), f.level(),
                    f.minAge(), f.maxAge(), f.language(), f.capacity(), "Otaq 5, Şəki küçəsi", null, true,
                    List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 60))));
            timetable.generateLessons(w.classId(), termId);
            LessonSummary first = timetable.lessons(w.classId(), LocalDate.of(2026, 10, 3),
                    LocalDate.of(2026, 10, 3)).get(0);
            timetable.cancelLesson(first.id(), first.version(), "Bayram");
        });
        return w;
    }

    @Test
    void each_person_lists_only_their_own_feeds_and_resets_only_those() {
        TestData.World w = testData.world();
        TestData.World other = testData.world();
        List<CalendarFeedAddress> coordinators = as(users, w.coordinator(), () -> feeds.myFeeds());
        assertThat(coordinators).extracting(CalendarFeedAddress::kind).containsOnly(FeedOwnerKind.CLASS);
        assertThat(coordinators).extracting(CalendarFeedAddress::ownerId).contains(w.classId())
                .doesNotContain(other.classId());
        assertThat(as(users, w.parent(), () -> feeds.myFeeds())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FeedOwnerKind.FAMILY);
            assertThat(f.ownerId()).isEqualTo(w.familyId());
        });
        assertThat(as(users, w.teacher(), () -> feeds.myFeeds())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FeedOwnerKind.TEACHER);
            assertThat(f.ownerId()).isEqualTo(w.teacherId());
            assertThat(f.token()).isEqualTo(as(users, w.teacher(), () -> feeds.myTeacherFeedToken()));
        });
        as(users, other.coordinator(), () -> assertThatThrownBy(() -> feeds.resetFeed(FeedOwnerKind.CLASS,
                w.classId())).isInstanceOf(AccessDeniedException.class));
        as(users, other.teacher(), () -> assertThatThrownBy(() -> feeds.resetFeed(FeedOwnerKind.TEACHER,
                w.teacherId())).isInstanceOf(AccessDeniedException.class));
        as(users, other.parent(), () -> assertThatThrownBy(() -> feeds.resetFeed(FeedOwnerKind.FAMILY,
                w.familyId())).isInstanceOf(AccessDeniedException.class));
    }

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + token + ".ics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Calendar parse(String body) throws Exception {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static VEvent on(Calendar calendar, String day) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue().startsWith(day))
                .findFirst().orElseThrow(() -> new AssertionError("no lesson on " + day));
    }

    private static void assertTenLocal(VEvent event, String utcTime) {
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).endsWith("T100000");
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        Instant instant = Instant.from(((DateProperty<?>) start).getDate());
        assertThat(instant.atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.parse(utcTime));
    }

    @Test
    void a_saturday_ten_oclock_class_stays_at_ten_local_across_both_clock_changes() throws Exception {
        TestData.World w = berlinClassAcrossClockChanges();
        String token = as(users, w.coordinator(), () -> feeds.classFeedToken(w.classId()));
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);

        HttpResponse<String> response = get(token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
        Calendar calendar = parse(response.body());

        assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE)).singleElement().satisfies(tz ->
                assertThat(tz.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin"));
        // Summer time before 25 Oct 2026, winter time after; winter before 28 Mar 2027, summer after.
        assertTenLocal(on(calendar, "20261024"), "08:00");
        assertTenLocal(on(calendar, "20261031"), "09:00");
        assertTenLocal(on(calendar, "20270327"), "09:00");
        assertTenLocal(on(calendar, "20270403"), "08:00");

        VEvent lesson = on(calendar, "20261024");
        assertThat(lesson.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Azərbaycan dili");
        assertThat(lesson.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Otaq 5, Şəki küçəsi");
        assertThat(lesson.getProperty(Property.UID).orElseThrow().getValue()).startsWith("lesson-");
        assertThat(on(calendar, "20261003").getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        // The same feed read twice keeps each lesson's UID.
        assertThat(parse(get(token).body()).<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList())
                .isEqualTo(calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                        .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList());
    }

    @Test
    void a_reset_token_makes_the_old_address_404_and_unknown_tokens_404() throws Exception {
        TestData.World w = berlinClassAcrossClockChanges();
        String old = as(users, w.coordinator(), () -> feeds.classFeedToken(w.classId()));
        assertThat(as(users, w.coordinator(), () -> feeds.classFeedToken(w.classId()))).isEqualTo(old);
        String fresh = as(users, w.coordinator(), () -> feeds.resetClassFeedToken(w.classId()));
        assertThat(fresh).isNotEqualTo(old);
        assertThat(get(old).statusCode()).isEqualTo(404);
        assertThat(get(fresh).statusCode()).isEqualTo(200);
        assertThat(get("A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(get("nonsense").statusCode()).isEqualTo(404);
    }

    @Test
    void teachers_and_families_have_their_own_feeds_and_only_owners_read_the_tokens() throws Exception {
        TestData.World w = berlinClassAcrossClockChanges();
        TestData.World other = testData.world();
        String teacherToken = as(users, w.teacher(), () -> feeds.myTeacherFeedToken());
        Calendar teacherCalendar = parse(get(teacherToken).body());
        assertThat(teacherCalendar.<VEvent>getComponents(VEvent.VEVENT)).isNotEmpty();
        assertTenLocal(on(teacherCalendar, "20261031"), "09:00");

        String familyToken = as(users, w.parent(), () -> feeds.familyFeedToken(w.familyId()));
        HttpResponse<String> family = get(familyToken);
        assertThat(family.statusCode()).isEqualTo(200);
        assertThat(parse(family.body()).getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");

        as(users, other.coordinator(), () -> {
            assertThatThrownBy(() -> feeds.classFeedToken(w.classId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feeds.familyFeedToken(w.familyId())).isInstanceOf(AccessDeniedException.class);
        });
        as(users, w.teacher(), () -> assertThatThrownBy(() -> feeds.classFeedToken(w.classId()))
                .isInstanceOf(AccessDeniedException.class));
        as(users, other.parent(), () -> assertThatThrownBy(() -> feeds.resetFamilyFeedToken(w.familyId()))
                .isInstanceOf(AccessDeniedException.class));
    }
}
