package org.ocaq.enrolment;

import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.CalendarFeedService;
import org.ocaq.classes.ClassDetails;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.TimetableService;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.school.SchoolService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.SqlStatements;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class RosterImportIntegrationTest {

    static final List<String> BERLIN_CLASSES = List.of("Azərbaycan dili 1 (6–7 yaş)", "Azərbaycan dili 2 (8–10 yaş)",
            "Tarix və mədəniyyət", "Musiqi və rəqs");
    private static final IntConsumer NO_PROGRESS = rows -> { };

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired RosterImportService roster;
    @Autowired EnrolmentService enrolment;
    @Autowired ClassService classes;
    @Autowired PeopleService people;
    @Autowired SchoolService schools;
    @Autowired TimetableService timetable;
    @Autowired CalendarFeedService feeds;

    /** A school with the world's class and the four classes the Berlin spreadsheet names, by name. */
    private Map<String, Long> berlinClasses(TestData.World w) {
        Map<String, Long> ids = new HashMap<>();
        as(users, w.coordinator(), () -> BERLIN_CLASSES.forEach(name -> ids.put(name,
                classes.createClass(w.schoolId(), new ClassForm(name, "Azərbaycan dili", "A1", 6, 14, "az", 12)))));
        return ids;
    }

    private RosterPreview previewBerlin(TestData.World w, RosterUpload upload, Set<Integer> skipped) {
        List<RosterRow> rows = fixedBerlinRows(upload);
        return roster.preview(w.schoolId(), rows, skipped);
    }

    /** The Berlin rows with line 8's impossible 31 February corrected by the coordinator. */
    private static List<RosterRow> fixedBerlinRows(RosterUpload upload) {
        return upload.mapping().rows(upload.file()).stream()
                .map(r -> r.lineNumber() == 8 ? r.with(RosterField.DATE_OF_BIRTH, "28.02.2017") : r).toList();
    }

    @Test
    void a_coordinator_imports_the_berlin_sample_and_its_export_reads_back_unchanged() throws IOException {
        TestData.World w = testData.world();
        Map<String, Long> classIds = berlinClasses(w);
        as(users, w.coordinator(), () -> {
            RosterUpload upload = roster.read(w.schoolId(), RosterPlannerTest.sample("berlin-hefte-sonu-2026.csv"));
            assertThat(upload.mappingRemembered()).isFalse();
            roster.rememberMapping(w.schoolId(), upload.file().headers(), upload.mapping());

            RosterPreview preview = previewBerlin(w, upload, Set.of(11));
            // The world's child is Gülşən Əliyeva, born 14 March 2018: line 2 finds her and adds her father.
            assertThat(preview.row(2).status()).isEqualTo(RosterRowStatus.UPDATED);
            assertThat(preview.row(2).changes()).contains(RosterField.CLASS_NAME, RosterField.GUARDIAN_NAME,
                    RosterField.HOME_LANGUAGES);
            assertThat(preview.row(8).status()).isEqualTo(RosterRowStatus.NEW);
            assertThat(preview.row(9).status()).isEqualTo(RosterRowStatus.REJECTED);
            assertThat(preview.row(11).status()).isEqualTo(RosterRowStatus.SKIPPED);
            assertThat(preview.count(RosterRowStatus.NEW)).isEqualTo(9);

            int[] progress = {0};
            RosterImportResult result = roster.confirm(w.schoolId(), fixedBerlinRows(upload), Set.of(11), preview,
                    done -> progress[0] = done);
            assertThat(result).isEqualTo(new RosterImportResult(9, 1, 10, 0, 1, 1));
            assertThat(progress[0]).isEqualTo(10);
            assertThat(people.countChildren(w.schoolId(), "")).isEqualTo(10);
            assertThat(enrolment.classRoster(classIds.get("Azərbaycan dili 1 (6–7 yaş)")))
                    .extracting(ChildSummary::fullName)
                    .containsExactly("Abbasova Ləman", "Əliyeva Gülşən", "Qasımova Nərgiz", "Məmmədova Ayşən",
                            "Nəbiyeva Xədicə");
            // Murad joined his sister's family through their father's email.
            long gulshenFamily = people.getFamily(w.familyId()).children().stream().map(ChildSummary::fullName)
                    .filter(name -> name.equals("Əliyev Murad")).count();
            assertThat(gulshenFamily).isEqualTo(1);

            byte[] exported = roster.export(w.schoolId(), Languages.AZERBAIJANI);
            String text = new String(exported, StandardCharsets.UTF_8);
            assertThat(text).contains("Ömər,Şükürov", "İlkin,Hüseynov", "Çingiz Əliyev", "azərbaycan, fars, alman",
                    "2017-02-28");

            RosterUpload again = roster.read(w.schoolId(), exported);
            assertThat(again.mapping().missingRequired()).isEmpty();
            List<RosterRow> exportedRows = again.mapping().rows(again.file());
            RosterPreview roundTrip = roster.preview(w.schoolId(), exportedRows, Set.of());
            assertThat(roundTrip.rows()).extracting(RosterRowResult::status).containsOnly(RosterRowStatus.UNCHANGED);
            assertThat(roundTrip.rows()).hasSize(10);
            RosterImportResult nothing = roster.confirm(w.schoolId(), exportedRows, Set.of(), roundTrip, NO_PROGRESS);
            assertThat(nothing).isEqualTo(new RosterImportResult(0, 0, 0, 10, 0, 0));
            assertThat(roster.export(w.schoolId(), Languages.AZERBAIJANI)).isEqualTo(exported);

            // The English export maps itself too, and the Berlin headers are remembered for next time.
            RosterUpload english = roster.read(w.schoolId(), roster.export(w.schoolId(), Languages.ENGLISH));
            assertThat(english.mapping()).isEqualTo(again.mapping());
            RosterUpload berlinAgain = roster.read(w.schoolId(), RosterPlannerTest.sample("berlin-hefte-sonu-2026.csv"));
            assertThat(berlinAgain.mappingRemembered()).isTrue();
            assertThat(berlinAgain.mapping()).isEqualTo(upload.mapping());
            return null;
        });
    }

    @Test
    void nothing_is_written_when_an_import_fails_half_way() throws IOException {
        TestData.World w = testData.world();
        Map<String, Long> classIds = berlinClasses(w);
        byte[] berlin = RosterPlannerTest.sample("berlin-hefte-sonu-2026.csv");
        as(users, w.coordinator(), () -> {
            RosterUpload upload = roster.read(w.schoolId(), berlin);
            RosterPreview preview = previewBerlin(w, upload, Set.of());
            assertThatThrownBy(() -> roster.confirm(w.schoolId(), fixedBerlinRows(upload), Set.of(), preview, done -> {
                if (done == 5) {
                    throw new IllegalStateException("the server went away");
                }
            })).hasMessage("the server went away");
            assertThat(people.countChildren(w.schoolId(), "")).isEqualTo(1);
            assertThat(enrolment.classRoster(classIds.get("Tarix və mədəniyyət"))).isEmpty();
            assertThat(people.getFamily(w.familyId()).children()).hasSize(1);
        });
    }

    @Test
    void a_preview_that_went_stale_is_refused_with_the_new_preview() throws IOException {
        TestData.World w = testData.world();
        berlinClasses(w);
        byte[] berlin = RosterPlannerTest.sample("berlin-hefte-sonu-2026.csv");
        as(users, w.coordinator(), () -> {
            RosterUpload upload = roster.read(w.schoolId(), berlin);
            RosterPreview preview = previewBerlin(w, upload, Set.of());
            roster.confirm(w.schoolId(), fixedBerlinRows(upload), Set.of(), preview, NO_PROGRESS);

            assertThatThrownBy(() -> roster.confirm(w.schoolId(), fixedBerlinRows(upload), Set.of(), preview,
                    NO_PROGRESS))
                    .isInstanceOfSatisfying(RosterChangedProblem.class, changed ->
                            assertThat(changed.newPreview().row(3).status()).isEqualTo(RosterRowStatus.UNCHANGED));
            assertThat(people.countChildren(w.schoolId(), "")).isEqualTo(10);
        });
    }

    @Test
    void only_the_schools_coordinator_or_the_network_office_reads_imports_or_exports_its_roster() throws IOException {
        TestData.World w = testData.world();
        TestData.World other = testData.world();
        byte[] london = RosterPlannerTest.sample("london-saturday-school.csv");
        for (String outsider : List.of(other.coordinator(), w.teacher(), w.parent())) {
            as(users, outsider, () -> {
                assertThatThrownBy(() -> roster.read(w.schoolId(), london)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> roster.export(w.schoolId(), Languages.ENGLISH))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> roster.preview(w.schoolId(), List.of(), Set.of()))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> roster.confirm(w.schoolId(), List.of(), Set.of(),
                        new RosterPreview(List.of()), NO_PROGRESS)).isInstanceOf(AccessDeniedException.class);
            });
        }
        as(users, w.coordinator(), () -> {
            assertThatThrownBy(() -> roster.read(Long.MAX_VALUE - 7, london))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Not in your scope");
            assertThatThrownBy(() -> roster.read(other.schoolId(), london))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Not in your scope");
            assertThat(roster.read(w.schoolId(), london).file().lines()).hasSize(10);
        });
    }

    @Test
    void a_teacher_sees_the_children_of_their_class_and_no_other_family() throws IOException {
        TestData.World w = testData.world();
        Map<String, Long> classIds = berlinClasses(w);
        String worldClass = as(users, w.coordinator(), () -> classes.getClass(w.classId()).form().name());
        String csv = "Ad;Soyad;Doğum tarixi;Qrup;Valideyn;Telefon\n"
                + "Aysel;Əhmədova;2018-01-10;" + worldClass + ";Nigar Əhmədova;+49 30 1234567\n"
                + "Orxan;Babayev;2017-05-02;" + worldClass + ";Elvin Babayev;+49 30 7654321\n"
                + "Səma;Quliyeva;2016-09-09;Musiqi və rəqs;Xəyalə Quliyeva;+49 30 1111111\n";
        as(users, w.coordinator(), () -> {
            RosterUpload upload = roster.read(w.schoolId(), csv.getBytes(StandardCharsets.UTF_8));
            List<RosterRow> rows = upload.mapping().rows(upload.file());
            roster.confirm(w.schoolId(), rows, Set.of(), roster.preview(w.schoolId(), rows, Set.of()), NO_PROGRESS);
        });
        as(users, w.teacher(), () -> {
            List<ChildSummary> pupils = enrolment.classRoster(w.classId());
            assertThat(pupils).extracting(ChildSummary::fullName).containsExactly("Babayev Orxan", "Əhmədova Aysel");
            assertThat(people.getFamily(pupils.getFirst().familyId()).children()).hasSize(1);
            assertThatThrownBy(() -> enrolment.classRoster(classIds.get("Musiqi və rəqs")))
                    .isInstanceOf(AccessDeniedException.class);
            // The world's own family has no child in the teacher's class.
            assertThatThrownBy(() -> people.getFamily(w.familyId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> enrolment.classRoster(Long.MAX_VALUE - 3))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Not in your scope");
        });
    }

    @Test
    void a_class_list_costs_the_same_statements_for_two_children_or_twelve() {
        TestData.World small = testData.world();
        TestData.World large = testData.world();
        placeChildren(small, 2);
        placeChildren(large, 12);
        long smallCount = as(users, small.teacher(), () -> SqlStatements.counted(
                () -> enrolment.classRoster(small.classId())).statements());
        long largeCount = as(users, large.teacher(), () -> SqlStatements.counted(
                () -> enrolment.classRoster(large.classId())).statements());
        assertThat(as(users, large.teacher(), () -> enrolment.classRoster(large.classId()))).hasSize(12);
        assertThat(largeCount).isEqualTo(smallCount);
    }

    @Test
    void the_documented_sample_file_imports_cleanly_and_then_changes_nothing() throws IOException {
        TestData.World w = testData.world();
        Map<String, Long> classIds = berlinClasses(w);
        byte[] sample;
        try (var in = RosterImportService.class.getResourceAsStream("/enrolment/sample-roster.csv")) {
            sample = in.readAllBytes();
        }
        as(users, w.coordinator(), () -> {
            RosterUpload upload = roster.read(w.schoolId(), sample);
            assertThat(upload.mapping().columns()).hasSize(RosterField.values().length);
            List<RosterRow> rows = upload.mapping().rows(upload.file());
            RosterPreview preview = roster.preview(w.schoolId(), rows, Set.of());
            assertThat(preview.rows()).extracting(RosterRowResult::status).containsOnly(RosterRowStatus.NEW);
            assertThat(roster.confirm(w.schoolId(), rows, Set.of(), preview, NO_PROGRESS))
                    .isEqualTo(new RosterImportResult(4, 0, 5, 0, 0, 0));
            assertThat(enrolment.classRoster(classIds.get("Musiqi və rəqs"))).extracting(ChildSummary::fullName)
                    .containsExactly("Əhmədov Tural");
            assertThat(roster.preview(w.schoolId(), rows, Set.of()).rows()).extracting(RosterRowResult::status)
                    .containsOnly(RosterRowStatus.UNCHANGED);
        });
    }

    @Test
    void a_familys_calendar_feed_shows_the_lessons_of_the_classes_its_children_were_placed_in() {
        TestData.World w = testData.world();
        String className = as(users, w.coordinator(), () -> {
            long termId = schools.createTerm(w.schoolId(), "2026/27", LocalDate.of(2026, 11, 1),
                    LocalDate.of(2027, 1, 31));
            ClassDetails read = classes.getClass(w.classId());
            ClassForm f = read.form();
            classes.updateClass(w.classId(), read.version(), new ClassForm(f.name(), f.subject(), f.level(),
                    f.minAge(), f.maxAge(), f.language(), f.capacity(), "Otaq 3", null, true,
                    List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 90))));
            timetable.generateLessons(w.classId(), termId);
            return f.name();
        });
        String token = as(users, w.parent(), () -> feeds.familyFeedToken(w.familyId()));
        assertThat(feeds.render(token)).hasValueSatisfying(ics -> assertThat(ics).doesNotContain("BEGIN:VEVENT"));

        // The world's child Gülşən Əliyeva is placed in the class by the coordinator's roster.
        String csv = "Ad,Soyad,Doğum tarixi,Qrup,Valideyn,E-poçt\n"
                + "Gülşən,Əliyeva,14.03.2018," + className + ",Valideyn," + w.parent() + "\n";
        as(users, w.coordinator(), () -> {
            RosterUpload upload = roster.read(w.schoolId(), csv.getBytes(StandardCharsets.UTF_8));
            List<RosterRow> rows = upload.mapping().rows(upload.file());
            RosterPreview preview = roster.preview(w.schoolId(), rows, Set.of());
            assertThat(preview.row(2).status()).isEqualTo(RosterRowStatus.UPDATED);
            roster.confirm(w.schoolId(), rows, Set.of(), preview, NO_PROGRESS);
        });
        assertThat(feeds.render(token)).hasValueSatisfying(ics -> assertThat(ics)
                .contains("BEGIN:VEVENT", "SUMMARY:" + className.substring(0, 20)));
        assertThat(as(users, w.parent(), () -> enrolment.classIdsOfFamily(w.familyId()))).containsExactly(w.classId());
        TestData.World other = testData.world();
        as(users, other.parent(), () -> assertThatThrownBy(() -> enrolment.classIdsOfFamily(w.familyId()))
                .isInstanceOf(AccessDeniedException.class));
    }

    private void placeChildren(TestData.World w, int count) {
        as(users, w.coordinator(), () -> {
            String className = classes.getClass(w.classId()).form().name();
            StringBuilder csv = new StringBuilder("Child first name,Child surname,Date of birth,Class,Parent name,Parent phone\n");
            for (int i = 0; i < count; i++) {
                csv.append("Uşaq").append(i).append(",Əliyev,2017-01-").append(String.format("%02d", i + 1))
                        .append(',').append(className).append(",Valideyn ").append(i).append(",+44 20 7946 ")
                        .append(String.format("%04d", i)).append('\n');
            }
            RosterUpload upload = roster.read(w.schoolId(), csv.toString().getBytes(StandardCharsets.UTF_8));
            List<RosterRow> rows = upload.mapping().rows(upload.file());
            roster.confirm(w.schoolId(), rows, Set.of(), roster.preview(w.schoolId(), rows, Set.of()), NO_PROGRESS);
        });
    }
}
