package org.ocaq.attendance.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.people.ChildForm;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * The coordinator opens the attendance report: the school's classes with their rates, then one class as a matrix of
 * children by lessons with the chart and the files; turning off "late counts as present" lowers the rate at once.
 * The class's teacher sees the same matrix, without the school's figures or its rule.
 */
@ViewPackages(classes = {AttendanceReportView.class, CountryAttendanceView.class, MainLayout.class})
class CoordinatorReadsAttendanceReportTest extends BrowserlessUiTest {

    private static final AtomicLong LESSON_IDS = new AtomicLong(8_500_000_000L + (System.nanoTime() % 1_000_000) * 1000);

    @Autowired TestData testData;
    @Autowired SchoolService schools;
    @Autowired PeopleService people;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_coordinator_reads_the_school_then_a_class_and_changes_the_rule_for_late_arrivals() {
        World world = world();

        signIn(world.w.coordinator());
        navigate(AttendanceReportView.class);
        test($(Button.class).id("report-show")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> classes = $(Grid.class).id("report-classes");
        assertThat(test(classes).size()).isEqualTo(1);
        assertThat(test(classes).getCellText(0, 0)).startsWith("Azərbaycan dili");
        assertThat(test(classes).getCellText(0, 1)).isEqualTo("2");
        assertThat($(Paragraph.class).id("report-summary").getText()).isEqualTo("Davamiyyət: 75% · 2 dərs · 4 qeyd");

        @SuppressWarnings("unchecked")
        ComboBox<Object> schoolClass = $(ComboBox.class).id("report-class");
        test(schoolClass).selectItem(test(classes).getCellText(0, 0));
        test($(Button.class).id("report-show")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> matrix = $(Grid.class).id("report-matrix");
        assertThat(test(matrix).size()).isEqualTo(2);
        int gulshen = row(matrix, "Əliyeva Gülşən");
        assertThat(test(matrix).getCellText(gulshen, 1)).isEqualTo("+");
        assertThat(test(matrix).getCellText(gulshen, 2)).isEqualTo("Y");
        assertThat(test(matrix).getCellText(gulshen, 3)).isEqualTo("50%");
        int tural = row(matrix, "Əliyev Tural");
        assertThat(test(matrix).getCellText(tural, 1)).isEqualTo("G");
        assertThat(test(matrix).getCellText(tural, 3)).isEqualTo("100%");
        assertThat(test(matrix).getFooterCell(1)).isEqualTo("100%");
        assertThat(test(matrix).getFooterCell(2)).isEqualTo("50%");
        assertThat($(Paragraph.class).id("report-summary").getText()).isEqualTo("Davamiyyət: 75% · 2 dərs · 4 qeyd");
        assertThat($(Image.class).id("report-chart").getAlt().orElse("")).contains("Tədris dövrü ərzində davamiyyət");
        assertThat($(Anchor.class).id("report-csv").getText()).isEqualTo("CSV yüklə");
        assertThat($(Anchor.class).id("report-pdf").getHref()).isNotBlank();
        assertThat(present("report-svg")).isTrue();

        test($(Checkbox.class).id("report-late-counts")).click();
        assertThat($(Paragraph.class).id("report-summary").getText()).isEqualTo("Davamiyyət: 50% · 2 dərs · 4 qeyd");
        assertThat(as(users, world.w.coordinator(), () -> schools.lateCountsAsPresent(world.w.schoolId()))).isFalse();

        // A child's own term, from the matrix (drawn again under the new rule).
        @SuppressWarnings("unchecked")
        Grid<Object> redrawn = $(Grid.class).id("report-matrix");
        assertThat(test(redrawn).getCellText(row(redrawn, "Əliyev Tural"), 3)).isEqualTo("50%");
        test(redrawn).clickRow(row(redrawn, "Əliyev Tural"));
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Davamiyyət: Əliyev Tural, Payız 2026");
        @SuppressWarnings("unchecked")
        Grid<Object> history = $(Grid.class).id("child-report-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Gecikib");
        assertThat(test(history).getCellText(0, 3)).isEqualTo("Avtobus gecikdi");
    }

    @Test
    void the_teacher_reads_their_class_without_the_schools_figures_or_its_rule() {
        World world = world();

        signIn(world.w.teacher());
        navigate(AttendanceReportView.class);
        assertThat(present("report-late-counts")).isFalse();
        test($(Button.class).id("report-show")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> matrix = $(Grid.class).id("report-matrix");
        assertThat(test(matrix).size()).isEqualTo(2);
        assertThat(present("report-classes")).isFalse();
    }

    @Test
    void the_network_office_reads_a_country_between_two_days() {
        World world = world();
        String admin = "ofis-" + TestData.unique("a") + "@test.example";
        testData.account(admin, "Şəbəkə Ofisi", org.ocaq.shared.Role.NETWORK_ADMIN);

        signIn(admin);
        navigate(CountryAttendanceView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> country = $(ComboBox.class).id("report-country");
        test(country).selectItem("Almaniya");
        $(com.vaadin.flow.component.datepicker.DatePicker.class).id("report-from").setValue(LocalDate.of(2026, 9, 1));
        $(com.vaadin.flow.component.datepicker.DatePicker.class).id("report-to").setValue(LocalDate.of(2026, 9, 30));
        test($(Button.class).id("report-show")).click();

        @SuppressWarnings("unchecked")
        Grid<Object> lines = $(Grid.class).id("report-schools");
        int ours = row(lines, as(users, world.w.coordinator(), () -> schools.getSchool(world.w.schoolId()))
                .form().name());
        assertThat(test(lines).getCellText(ours, 1)).isEqualTo("Berlin");
        assertThat(test(lines).getCellText(ours, 2)).isEqualTo("2");
        assertThat(test(lines).getCellText(ours, 7)).isEqualTo("75%");
        assertThat(present("report-chart")).isTrue();
        assertThat(present("report-pdf")).isTrue();
    }

    private record World(TestData.World w, long termId, long sibling) {
    }

    private World world() {
        TestData.World w = testData.world();
        long termId = as(users, w.coordinator(), () -> schools.createTerm(w.schoolId(), "Payız 2026",
                LocalDate.of(2026, 9, 1), LocalDate.of(2030, 6, 30)));
        long sibling = as(users, w.parent(), () -> people.addChild(w.familyId(), new ChildForm("Tural", "Əliyev",
                null, LocalDate.of(2017, 5, 5), "az")));
        place(w, termId, w.childId());
        place(w, termId, sibling);
        long l1 = LESSON_IDS.incrementAndGet();
        long l2 = LESSON_IDS.incrementAndGet();
        sheet(w, termId, l1, LocalDate.of(2026, 9, 5));
        sheet(w, termId, l2, LocalDate.of(2026, 9, 12));
        mark(l1, w.childId(), w.familyId(), AttendanceStatus.PRESENT, null);
        mark(l1, sibling, w.familyId(), AttendanceStatus.LATE, "Avtobus gecikdi");
        mark(l2, w.childId(), w.familyId(), AttendanceStatus.UNEXCUSED, null);
        mark(l2, sibling, w.familyId(), AttendanceStatus.PRESENT, null);
        return new World(w, termId, sibling);
    }

    private int row(Grid<Object> grid, String name) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (name.equals(test(grid).getCellText(i, 0))) {
                return i;
            }
        }
        throw new AssertionError("No row " + name);
    }

    private void sheet(TestData.World w, long termId, long lessonId, LocalDate day) {
        jdbc.update("""
                        insert into attendance_sheet (lesson_id, version, school_id, class_id, term_id, lesson_date,
                            taken_at, taken_by) values (?, 1, ?, ?, ?, ?, ?, ?)""",
                lessonId, w.schoolId(), w.classId(), termId, day, Timestamp.from(Instant.now()), w.teacherId());
    }

    private void mark(long lessonId, long childId, long familyId, AttendanceStatus status, String note) {
        jdbc.update("""
                        insert into attendance_mark (lesson_id, child_id, family_id, status, note, reported_by_family)
                        values (?, ?, ?, ?, ?, false)""", lessonId, childId, familyId, status.name(), note);
    }

    /** A place in the class as enrolment keeps it, so that the teacher sees the children. */
    private void place(TestData.World w, long termId, long childId) {
        Long id = jdbc.queryForObject("select nextval(placement_seq)", Long.class);
        jdbc.update("""
                        insert into placement (id, version, school_id, class_id, child_id, family_id, placed_at, source,
                            term_id) values (?, 0, ?, ?, ?, ?, ?, 'COORDINATOR', ?)""",
                id, w.schoolId(), w.classId(), childId, w.familyId(), Timestamp.from(Instant.now()), termId);
    }
}
