package org.ocaq.enrolment;

import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassSummary;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.RosterChildRecord;
import org.ocaq.people.RosterGuardianRecord;
import org.ocaq.people.SchoolPeopleSnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The two spreadsheets coordinators bring today, read, mapped and previewed against a school, without a database. */
class RosterPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<ClassSummary> BERLIN_CLASSES = List.of(
            new ClassSummary(1, 7, "Azərbaycan dili 1 (6–7 yaş)", "Azərbaycan dili", "A1", 6, 7, "az", 12),
            new ClassSummary(2, 7, "Azərbaycan dili 2 (8–10 yaş)", "Azərbaycan dili", "A2", 8, 10, "az", 12),
            new ClassSummary(3, 7, "Tarix və mədəniyyət", "Tarix", "B1", 10, 14, "az", 12),
            new ClassSummary(4, 7, "Musiqi və rəqs", "Musiqi", "A1", 6, 14, "az", 12));
    private static final List<ClassSummary> LONDON_CLASSES = List.of(
            new ClassSummary(11, 8, "Beginners (6-8)", "Azerbaijani", "A1", 6, 8, "az", 15),
            new ClassSummary(12, 8, "Intermediate (9-11)", "Azerbaijani", "A2", 9, 11, "az", 15),
            new ClassSummary(13, 8, "History & Culture (10-14)", "History", "B1", 10, 14, "en", 15));

    static byte[] sample(String name) throws IOException {
        try (InputStream in = RosterPlannerTest.class.getResourceAsStream("/rosters/" + name)) {
            return in.readAllBytes();
        }
    }

    private static RosterPreview preview(String sample, List<ClassSummary> classes, SchoolPeopleSnapshot people,
                                         Set<Integer> skipped) throws IOException {
        RosterFile file = RosterCsv.read(sample(sample));
        ColumnMapping mapping = ColumnGuesser.guess(file.headers(), Map.of());
        return new RosterPlanner(people, classes, Map.of(), TODAY).plan(mapping.rows(file), skipped).preview();
    }

    private static SchoolPeopleSnapshot empty() {
        return new SchoolPeopleSnapshot(List.of(), List.of());
    }

    @Test
    void the_berlin_spreadsheet_with_semicolons_a_bom_and_day_first_dates_is_mapped_from_its_azerbaijani_headers()
            throws IOException {
        RosterFile file = RosterCsv.read(sample("berlin-hefte-sonu-2026.csv"));
        assertThat(file.headers().getFirst()).isEqualTo("Soyad");
        assertThat(file.lines()).hasSize(12);
        assertThat(file.lines().getFirst().lineNumber()).isEqualTo(2);

        ColumnMapping mapping = ColumnGuesser.guess(file.headers(), Map.of());
        assertThat(mapping.missingRequired()).isEmpty();
        assertThat(file.headers().get(mapping.column(RosterField.CHILD_LAST_NAME))).isEqualTo("Soyad");
        assertThat(file.headers().get(mapping.column(RosterField.CHILD_FIRST_NAME))).isEqualTo("Ad");
        assertThat(file.headers().get(mapping.column(RosterField.GUARDIAN_NAME))).isEqualTo("Valideyn (ad, soyad)");
        assertThat(file.headers().get(mapping.column(RosterField.GUARDIAN_EMAIL))).isEqualTo("E-poçt");
        assertThat(file.headers().get(mapping.column(RosterField.HOME_LANGUAGES))).isEqualTo("Evdə danışılan dillər");
        assertThat(file.headers().get(mapping.column(RosterField.NOTE_FOR_TEACHERS))).isEqualTo("Qeyd");
        // The father's name (Ata adı) has no field; it stays unmapped rather than taken for the child's name.
        assertThat(mapping.columns()).doesNotContainValue(file.headers().indexOf("Ata adı"));
    }

    @Test
    void the_berlin_rows_are_new_or_rejected_with_their_reasons() throws IOException {
        RosterPreview preview = preview("berlin-hefte-sonu-2026.csv", BERLIN_CLASSES, empty(), Set.of());

        assertThat(preview.count(RosterRowStatus.NEW)).isEqualTo(9);
        assertThat(preview.count(RosterRowStatus.REJECTED)).isEqualTo(3);
        assertThat(problemOf(preview, 8)).isEqualTo(new RowProblem(RosterProblem.BAD_DATE, RosterField.DATE_OF_BIRTH,
                "31.02.2017"));
        assertThat(problemOf(preview, 9)).isEqualTo(new RowProblem(RosterProblem.DUPLICATE_CHILD,
                RosterField.CHILD_FIRST_NAME, "4"));
        assertThat(problemOf(preview, 11)).isEqualTo(new RowProblem(RosterProblem.UNKNOWN_CLASS,
                RosterField.CLASS_NAME, "Azərbaycan dili 3 (11-13 yaş)"));
        // A guardian with a phone and no email is enough.
        assertThat(preview.row(5).status()).isEqualTo(RosterRowStatus.NEW);
    }

    @Test
    void the_london_rows_with_mixed_date_formats_and_a_bad_email() throws IOException {
        RosterFile file = RosterCsv.read(sample("london-saturday-school.csv"));
        ColumnMapping mapping = ColumnGuesser.guess(file.headers(), Map.of());
        assertThat(mapping.missingRequired()).isEmpty();
        assertThat(file.headers().get(mapping.column(RosterField.GUARDIAN_NAME))).isEqualTo("Parent/guardian name");
        assertThat(file.headers().get(mapping.column(RosterField.GUARDIAN_PHONE))).isEqualTo("Parent phone");
        assertThat(mapping.column(RosterField.HOME_LANGUAGES)).isEqualTo(file.headers().indexOf("Home languages"));

        RosterPreview preview = preview("london-saturday-school.csv", LONDON_CLASSES, empty(), Set.of());
        assertThat(preview.count(RosterRowStatus.NEW)).isEqualTo(8);
        assertThat(problemOf(preview, 9).problem()).isEqualTo(RosterProblem.BAD_DATE);
        assertThat(problemOf(preview, 10)).isEqualTo(new RowProblem(RosterProblem.INVALID_EMAIL,
                RosterField.GUARDIAN_EMAIL, "sevda.sadigova@example"));
        // Slashes are read day first, as British and European spreadsheets write them.
        assertThat(RosterPlanner.parseDate("03/07/2018")).contains(LocalDate.of(2018, 7, 3));
        assertThat(RosterPlanner.parseDate("2013/09/17")).contains(LocalDate.of(2013, 9, 17));
        assertThat(RosterPlanner.parseDate("2017-13-01")).isEmpty();
        assertThat(RosterPlanner.parseDate("31.02.2017")).isEmpty();
    }

    @Test
    void skipped_rows_are_not_checked_and_a_fixed_row_is_accepted() throws IOException {
        RosterFile file = RosterCsv.read(sample("berlin-hefte-sonu-2026.csv"));
        List<RosterRow> rows = ColumnGuesser.guess(file.headers(), Map.of()).rows(file).stream()
                .map(row -> row.lineNumber() == 8 ? row.with(RosterField.DATE_OF_BIRTH, "28.02.2017") : row)
                .toList();
        RosterPlanner.Plan plan = new RosterPlanner(empty(), BERLIN_CLASSES, Map.of(), TODAY)
                .plan(rows, Set.of(9, 11));

        assertThat(plan.preview().row(8).status()).isEqualTo(RosterRowStatus.NEW);
        assertThat(plan.preview().count(RosterRowStatus.SKIPPED)).isEqualTo(2);
        assertThat(plan.preview().count(RosterRowStatus.REJECTED)).isZero();
        assertThat(plan.writes()).hasSize(10);
        // Gülşən and Murad share their father's email: one new family for both.
        assertThat(plan.writes().get(0).change().newFamilyKey()).isEqualTo(plan.writes().get(1).change().newFamilyKey());
        assertThat(plan.writes().get(1).change().guardian()).isNull();
        assertThat(plan.writes().get(2).change().newFamilyKey()).isNotEqualTo(plan.writes().get(0).change().newFamilyKey());
    }

    @Test
    void a_full_class_rejects_the_rows_beyond_its_capacity() throws IOException {
        List<ClassSummary> small = List.of(
                new ClassSummary(1, 7, "Azərbaycan dili 1 (6-7 yaş)", "Azərbaycan dili", "A1", 6, 7, "az", 2),
                BERLIN_CLASSES.get(1), BERLIN_CLASSES.get(2), BERLIN_CLASSES.get(3));
        RosterPreview preview = preview("berlin-hefte-sonu-2026.csv", small, empty(), Set.of());

        // Lines 2 and 4 take the two places; 6 and 12 find the class full (8 and 9 are rejected for other reasons).
        assertThat(preview.row(2).status()).isEqualTo(RosterRowStatus.NEW);
        assertThat(preview.row(4).status()).isEqualTo(RosterRowStatus.NEW);
        assertThat(problemOf(preview, 6).problem()).isEqualTo(RosterProblem.OVER_CAPACITY);
        assertThat(problemOf(preview, 12).problem()).isEqualTo(RosterProblem.OVER_CAPACITY);
    }

    @Test
    void a_known_child_is_unchanged_or_updated_and_an_empty_cell_keeps_what_is_known() throws IOException {
        SchoolPeopleSnapshot known = new SchoolPeopleSnapshot(
                List.of(new RosterChildRecord(100, 50, new ChildForm("Gülşən", "Əliyeva", null,
                        LocalDate.of(2018, 3, 14), "azərbaycan, alman", "Sevimli rəngi göydür"))),
                List.of(new RosterGuardianRecord(60, 50, new GuardianForm("Çingiz Əliyev", "cingiz.aliyev@example.de",
                        "+49 151 2345 6781", "az"))));
        RosterFile file = RosterCsv.read(sample("berlin-hefte-sonu-2026.csv"));
        List<RosterRow> rows = ColumnGuesser.guess(file.headers(), Map.of()).rows(file).subList(0, 2);
        RosterPlanner.Plan plan = new RosterPlanner(known, BERLIN_CLASSES, Map.of(100L, Set.of(1L)), TODAY)
                .plan(rows, Set.of());

        assertThat(plan.preview().row(2).status()).isEqualTo(RosterRowStatus.UNCHANGED);
        assertThat(plan.preview().row(3).status()).isEqualTo(RosterRowStatus.NEW);
        // Murad joins the family of his sister through his father's email, without a second guardian.
        assertThat(plan.writes()).singleElement().satisfies(write -> {
            assertThat(write.change().familyId()).isEqualTo(50L);
            assertThat(write.change().guardian()).isNull();
            assertThat(write.newPlacementClassId()).isEqualTo(2L);
        });

        RosterRow changedPhone = rows.getFirst().with(RosterField.GUARDIAN_PHONE, "+49 151 0000 0000")
                .with(RosterField.NOTE_FOR_TEACHERS, "");
        RosterPlanner.Plan update = new RosterPlanner(known, BERLIN_CLASSES, Map.of(100L, Set.of(1L)), TODAY)
                .plan(List.of(changedPhone), Set.of());
        assertThat(update.preview().row(2).status()).isEqualTo(RosterRowStatus.UPDATED);
        assertThat(update.preview().row(2).changes()).containsExactly(RosterField.GUARDIAN_PHONE);
        assertThat(update.writes().getFirst().change().child().noteForTeachers()).isEqualTo("Sevimli rəngi göydür");
        assertThat(update.writes().getFirst().change().guardianId()).isEqualTo(60L);
    }

    @Test
    void files_that_are_not_rosters_get_a_clear_reason() {
        assertThat(problemKey(new byte[0])).isEqualTo("enrolment.roster.file.empty");
        assertThat(problemKey(new byte[]{(byte) 0xC7, 'i', 'n', 'g', 'i', 'z', '\n'})).isEqualTo("enrolment.roster.file.not-utf8");
        assertThat(problemKey(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isEqualTo("enrolment.roster.file.not-utf8");
        assertThat(problemKey("Ad;Soyad\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("enrolment.roster.file.no-rows");
        assertThat(problemKey(new byte[RosterCsv.MAX_BYTES + 1])).isEqualTo("enrolment.roster.file.too-large");
    }

    @Test
    void an_export_reads_back_cell_for_cell() {
        List<String> headers = List.of("Uşağın adı", "Qeyd");
        List<List<String>> rows = List.of(List.of("Ələkbər", "vergül, \"dırnaq\"; nöqtəli vergül"),
                List.of("İlkin", "iki\nsətir"));
        RosterFile read = RosterCsv.read(RosterCsv.write(headers, rows));
        assertThat(read.headers()).isEqualTo(headers);
        assertThat(read.lines()).extracting(RosterFile.Line::cells).isEqualTo(rows);
        assertThat(read.lines().get(1).lineNumber()).isEqualTo(3);
    }

    private static String problemKey(byte[] bytes) {
        try {
            RosterCsv.read(bytes);
            return "read";
        } catch (RosterFileProblem problem) {
            return problem.messageKey();
        }
    }

    private static RowProblem problemOf(RosterPreview preview, int line) {
        RosterRowResult row = preview.row(line);
        assertThat(row.status()).as("line %d", line).isEqualTo(RosterRowStatus.REJECTED);
        return row.problems().getFirst();
    }
}
