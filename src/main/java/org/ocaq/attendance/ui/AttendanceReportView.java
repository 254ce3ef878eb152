package org.ocaq.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.attendance.AttendanceReportExport;
import org.ocaq.attendance.AttendanceReportService;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.AttendanceTally;
import org.ocaq.attendance.ChildAttendanceRow;
import org.ocaq.attendance.ClassAttendanceRate;
import org.ocaq.attendance.ClassAttendanceReport;
import org.ocaq.attendance.LessonColumn;
import org.ocaq.attendance.SchoolAttendanceReport;
import org.ocaq.classes.ClassSummary;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.school.TermSummary;
import org.ocaq.shared.OffsetPage;
import org.ocaq.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Attendance reports for those who run or teach classes: choose a school, a term and a class (or the whole school,
 * for its coordinator) and see the matrix of children by lessons or the classes' rates, a chart of the rate across
 * the term, and the same as CSV, PDF or SVG. The coordinator also sets here whether late arrivals count as present,
 * next to the rates the rule changes.
 */
@Route("reports/attendance")
@RolesAllowed({Role.COORDINATOR_NAME, Role.TEACHER_NAME, Role.ADMIN_NAME})
@Menu(title = "attendancereport.menu", order = 40, icon = "vaadin:chart-line")
class AttendanceReportView extends Main implements HasDynamicTitle {

    private final transient AttendanceReportService reports;
    private final transient AttendanceReportExport export;
    private final transient SchoolService schools;
    private final transient Clock clock;

    private final ComboBox<SchoolSummary> school = new ComboBox<>();
    private final ComboBox<TermSummary> term = new ComboBox<>();
    private final ComboBox<ClassSummary> schoolClass = new ComboBox<>();
    private final Checkbox lateCounts = new Checkbox();
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();
    private boolean wholeSchool;

    AttendanceReportView(AttendanceReportService reports, AttendanceReportExport export, SchoolService schools,
                         Clock clock) {
        this.reports = reports;
        this.export = export;
        this.schools = schools;
        this.clock = clock;
        addClassName("ocaq-page");
        setId("attendance-report");
        add(new H2(getTranslation("attendancereport.title")));
        List<SchoolSummary> visible = schools.listSchools("", 0, OffsetPage.MAX_LIMIT);
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("attendancereport.no-school")));
            return;
        }
        school.setId("report-school");
        school.setLabel(getTranslation("attendancereport.school"));
        school.setItems(visible);
        school.setItemLabelGenerator(SchoolSummary::name);
        term.setId("report-term");
        term.setLabel(getTranslation("attendancereport.term"));
        term.setItemLabelGenerator(TermSummary::name);
        schoolClass.setId("report-class");
        schoolClass.setLabel(getTranslation("attendancereport.class"));
        schoolClass.setItemLabelGenerator(ClassSummary::name);
        Button show = new Button(getTranslation("attendancereport.show"), e -> show());
        show.setId("report-show");
        lateCounts.setId("report-late-counts");
        lateCounts.setLabel(getTranslation("attendancereport.late-counts"));
        lateCounts.setHelperText(getTranslation("attendancereport.late-counts.help"));
        lateCounts.addValueChangeListener(e -> {
            if (e.isFromClient() && school.getValue() != null) {
                schools.setLateCountsAsPresent(school.getValue().id(), e.getValue());
                show();
            }
        });
        Div filters = new Div(school, term, schoolClass, show);
        filters.addClassName("ocaq-filters");
        message.setId("report-message");
        message.getElement().setAttribute("role", "status");
        result.setId("report-result");
        result.setWidthFull();
        add(filters, lateCounts, message, result);

        school.addValueChangeListener(e -> schoolChosen(e.getValue()));
        school.setValue(visible.getFirst());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendancereport.title") + " · Ocaq";
    }

    private void schoolChosen(SchoolSummary chosen) {
        result.removeAll();
        if (chosen == null) {
            return;
        }
        List<TermSummary> terms = schools.terms(chosen.id());
        term.setItems(terms);
        LocalDate today = LocalDate.now(clock);
        term.setValue(terms.stream().filter(t -> !today.isBefore(t.startsOn()) && !today.isAfter(t.endsOn()))
                .findFirst().orElse(terms.stream().filter(t -> !t.startsOn().isAfter(today))
                        .max(Comparator.comparing(TermSummary::startsOn)).orElse(terms.isEmpty() ? null
                                : terms.getFirst())));
        List<ClassSummary> classes = reports.reportableClasses(chosen.id());
        schoolClass.setItems(classes);
        wholeSchool = reports.mayReadSchool(chosen.id());
        schoolClass.setClearButtonVisible(wholeSchool);
        schoolClass.setPlaceholder(wholeSchool ? getTranslation("attendancereport.whole-school") : null);
        schoolClass.setValue(wholeSchool || classes.isEmpty() ? null : classes.getFirst());
        lateCounts.setVisible(wholeSchool);
        if (wholeSchool) {
            lateCounts.setValue(schools.lateCountsAsPresent(chosen.id()));
        }
    }

    private void show() {
        result.removeAll();
        message.setText("");
        if (term.getValue() == null || (schoolClass.getValue() == null && !wholeSchool)) {
            message.setText(getTranslation("attendancereport.choose"));
            return;
        }
        if (schoolClass.getValue() != null) {
            showClass(schoolClass.getValue().id(), term.getValue().id());
        } else {
            showSchool(school.getValue().id(), term.getValue().id());
        }
    }

    private void showClass(long classId, long termId) {
        ClassAttendanceReport report = reports.classReport(classId, termId);
        Locale locale = getLocale();
        result.add(new H3(getTranslation("attendancereport.heading.class", report.className(), report.term().name())));
        summary(report.rate(), report.total(), report.lessons().size(), report.lateCountsAsPresent());
        if (report.lessons().isEmpty()) {
            result.add(new Paragraph(getTranslation("attendancereport.empty")));
            return;
        }
        result.add(new Paragraph(legend()));
        Grid<ChildAttendanceRow> matrix = new Grid<>();
        matrix.setId("report-matrix");
        matrix.setAriaLabel(getTranslation("attendancereport.heading.class", report.className(), report.term().name()));
        matrix.setAllRowsVisible(true);
        DateTimeFormatter days = DateTimeFormatter.ofPattern("dd.MM", getLocale());
        Grid.Column<ChildAttendanceRow> name = matrix.addColumn(ChildAttendanceRow::childName)
                .setHeader(getTranslation("attendancereport.child")).setFrozen(true).setAutoWidth(true);
        var footer = matrix.appendFooterRow();
        footer.getCell(name).setText(getTranslation("attendancereport.lesson-rate"));
        for (LessonColumn lesson : report.lessons()) {
            Grid.Column<ChildAttendanceRow> column = matrix.addColumn(row -> row.mark(lesson.lessonId())
                            .map(this::mark).orElse(""))
                    .setHeader(days.format(lesson.day())).setWidth("5.6em").setFlexGrow(0);
            footer.getCell(column).setText(AttendanceReportExport.percent(report.rate(lesson.tally()), getLocale()));
        }
        Grid.Column<ChildAttendanceRow> rate = matrix.addColumn(row -> AttendanceReportExport.percent(
                report.rate(row.tally()), getLocale())).setHeader(getTranslation("attendancereport.rate"))
                .setAutoWidth(true);
        footer.getCell(rate).setText(AttendanceReportExport.percent(report.rate(), getLocale()));
        matrix.setItems(report.children());
        matrix.addItemClickListener(e -> new ChildReportDialog(reports, export, e.getItem().childId(), termId).open());
        result.add(matrix);
        String file = "davamiyyet-qrup-" + classId + "-" + termId;
        result.add(ReportFiles.chart("report-chart", getTranslation("attendancereport.chart.alt"), file + ".svg",
                () -> export.classChart(reports.classReport(classId, termId), locale)));
        downloads(file, () -> export.classCsv(reports.classReport(classId, termId), locale),
                () -> export.classPdf(reports.classReport(classId, termId), locale),
                ReportFiles.svgBytes(() -> export.classChart(reports.classReport(classId, termId), locale)));
    }

    private void showSchool(long schoolId, long termId) {
        SchoolAttendanceReport report = reports.schoolReport(schoolId, termId);
        Locale locale = getLocale();
        result.add(new H3(getTranslation("attendancereport.heading.school", report.schoolName(),
                report.term().name())));
        summary(report.rate(), report.total(), report.lessons(), report.lateCountsAsPresent());
        if (report.classes().isEmpty()) {
            result.add(new Paragraph(getTranslation("attendancereport.empty")));
            return;
        }
        Grid<ClassAttendanceRate> lines = new Grid<>();
        lines.setId("report-classes");
        lines.setAllRowsVisible(true);
        lines.addColumn(ClassAttendanceRate::className).setHeader(getTranslation("attendancereport.class"))
                .setFrozen(true).setAutoWidth(true);
        lines.addColumn(ClassAttendanceRate::lessons).setHeader(getTranslation("attendancereport.lessons"))
                .setAutoWidth(true);
        for (AttendanceStatus status : AttendanceStatus.values()) {
            lines.addColumn(l -> l.tally().count(status))
                    .setHeader(getTranslation("attendancereport.count." + status.name())).setAutoWidth(true);
        }
        lines.addColumn(l -> AttendanceReportExport.percent(report.rate(l.tally()), getLocale()))
                .setHeader(getTranslation("attendancereport.rate")).setAutoWidth(true);
        lines.setItems(report.classes());
        lines.addItemClickListener(e -> schoolClass.getListDataView().getItems()
                .filter(c -> c.id() == e.getItem().classId()).findFirst().ifPresent(c -> {
                    schoolClass.setValue(c);
                    show();
                }));
        result.add(lines);
        String file = "davamiyyet-mekteb-" + schoolId + "-" + termId;
        result.add(ReportFiles.chart("report-chart", getTranslation("attendancereport.chart.alt"), file + ".svg",
                () -> export.schoolChart(reports.schoolReport(schoolId, termId), locale)));
        downloads(file, () -> export.schoolCsv(reports.schoolReport(schoolId, termId), locale),
                () -> export.schoolPdf(reports.schoolReport(schoolId, termId), locale),
                ReportFiles.svgBytes(() -> export.schoolChart(reports.schoolReport(schoolId, termId), locale)));
    }

    private void summary(OptionalDouble rate, AttendanceTally tally, long lessons, boolean late) {
        Paragraph summary = new Paragraph(getTranslation("attendancereport.summary",
                AttendanceReportExport.percent(rate, getLocale()), lessons, tally.marked()));
        summary.setId("report-summary");
        Paragraph counts = new Paragraph(getTranslation("attendancereport.counts", tally.present(), tally.late(),
                tally.excused(), tally.unexcused()));
        counts.setId("report-counts");
        Paragraph rule = new Paragraph(getTranslation(late ? "attendancereport.late-counts.on"
                : "attendancereport.late-counts.off"));
        result.add(summary, counts, rule);
    }

    private void downloads(String file, java.util.function.Supplier<byte[]> csv,
                           java.util.function.Supplier<byte[]> pdf, java.util.function.Supplier<byte[]> svg) {
        Div links = ReportFiles.links(
                ReportFiles.download("report-csv", getTranslation("attendancereport.download.csv"), file + ".csv",
                        ReportFiles.CSV, csv),
                ReportFiles.download("report-pdf", getTranslation("attendancereport.download.pdf"), file + ".pdf",
                        ReportFiles.PDF, pdf),
                ReportFiles.download("report-svg", getTranslation("attendancereport.download.svg"), file + ".svg",
                        ReportFiles.SVG, svg));
        result.add(links);
    }

    private String mark(AttendanceStatus status) {
        return getTranslation("attendancereport.mark." + status.name());
    }

    private String legend() {
        List<String> parts = java.util.Arrays.stream(AttendanceStatus.values())
                .map(s -> mark(s) + " " + getTranslation("attendancereport.status." + s.name())).toList();
        return getTranslation("attendancereport.legend", String.join(" · ", parts));
    }
}
