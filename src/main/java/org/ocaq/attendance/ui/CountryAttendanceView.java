package org.ocaq.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import org.ocaq.attendance.CountryAttendanceReport;
import org.ocaq.attendance.SchoolAttendanceRate;
import org.ocaq.school.CountrySchools;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.DateFields;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The network office's attendance across the schools of one country. Terms belong to schools, so the country is read
 * between two days (by default the last six months); each school is rated under its own rule for late arrivals.
 */
@Route("reports/attendance/country")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "attendancereport.country.menu", order = 41, icon = "vaadin:globe-wire")
class CountryAttendanceView extends Main implements HasDynamicTitle {

    private final transient AttendanceReportService reports;
    private final transient AttendanceReportExport export;

    private final ComboBox<String> country = new ComboBox<>();
    private final DatePicker from = DateFields.localized(new DatePicker());
    private final DatePicker to = DateFields.localized(new DatePicker());
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();

    CountryAttendanceView(AttendanceReportService reports, AttendanceReportExport export, SchoolService schools,
                          Clock clock) {
        this.reports = reports;
        this.export = export;
        addClassName("ocaq-page");
        setId("country-attendance");
        add(new H2(getTranslation("attendancereport.country.title")));
        List<String> codes = schools.schoolsByCountry().stream().map(CountrySchools::countryCode).toList();
        country.setId("report-country");
        country.setLabel(getTranslation("attendancereport.country"));
        country.setItems(codes);
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()));
        from.setId("report-from");
        from.setLabel(getTranslation("attendancereport.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("attendancereport.to"));
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusMonths(6));
        to.setValue(today);
        Button show = new Button(getTranslation("attendancereport.show"), e -> show());
        show.setId("report-show");
        Div filters = new Div(country, from, to, show);
        filters.addClassName("ocaq-filters");
        message.setId("report-message");
        message.getElement().setAttribute("role", "status");
        result.setWidthFull();
        add(filters, message, result);
        if (!codes.isEmpty()) {
            country.setValue(codes.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendancereport.country.title") + " · Ocaq";
    }

    private void show() {
        result.removeAll();
        message.setText("");
        String code = country.getValue();
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (code == null || first == null || last == null || last.isBefore(first)
                || first.plusDays(400).isBefore(last)) {
            message.setText(getTranslation("attendancereport.range-invalid"));
            return;
        }
        CountryAttendanceReport report = reports.countryReport(code, first, last);
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        result.add(new H3(getTranslation("attendancereport.heading.country",
                Locale.of("", code).getDisplayCountry(getLocale()), dates.format(first), dates.format(last))));
        Paragraph summary = new Paragraph(getTranslation("attendancereport.summary",
                AttendanceReportExport.percent(report.rate(), getLocale()), report.lessons(), report.total().marked()));
        summary.setId("report-summary");
        result.add(summary);
        if (report.schools().isEmpty()) {
            result.add(new Paragraph(getTranslation("attendancereport.empty")));
            return;
        }
        Grid<SchoolAttendanceRate> lines = new Grid<>();
        lines.setId("report-schools");
        lines.setAllRowsVisible(true);
        lines.addColumn(SchoolAttendanceRate::schoolName).setHeader(getTranslation("attendancereport.school"))
                .setFrozen(true).setAutoWidth(true);
        lines.addColumn(s -> s.city() == null ? "" : s.city()).setHeader(getTranslation("attendancereport.city"))
                .setAutoWidth(true);
        lines.addColumn(SchoolAttendanceRate::lessons).setHeader(getTranslation("attendancereport.lessons"))
                .setAutoWidth(true);
        for (AttendanceStatus status : AttendanceStatus.values()) {
            lines.addColumn(s -> s.tally().count(status))
                    .setHeader(getTranslation("attendancereport.count." + status.name())).setAutoWidth(true);
        }
        lines.addColumn(s -> AttendanceReportExport.percent(s.rate(), getLocale()))
                .setHeader(getTranslation("attendancereport.rate")).setAutoWidth(true);
        lines.addColumn(s -> getTranslation(s.lateCountsAsPresent() ? "attendancereport.yes" : "attendancereport.no"))
                .setHeader(getTranslation("attendancereport.late-counts.short")).setAutoWidth(true);
        lines.setItems(report.schools());
        result.add(lines);
        String file = "davamiyyet-" + code.toLowerCase(Locale.ROOT) + "-" + first + "-" + last;
        result.add(ReportFiles.chart("report-chart", getTranslation("attendancereport.chart.alt"), file + ".svg",
                () -> export.countryChart(reports.countryReport(code, first, last), locale)));
        Div links = ReportFiles.links(
                ReportFiles.download("report-csv", getTranslation("attendancereport.download.csv"), file + ".csv",
                        ReportFiles.CSV, () -> export.countryCsv(reports.countryReport(code, first, last),
                                locale)),
                ReportFiles.download("report-pdf", getTranslation("attendancereport.download.pdf"), file + ".pdf",
                        ReportFiles.PDF, () -> export.countryPdf(reports.countryReport(code, first, last),
                                locale)),
                ReportFiles.download("report-svg", getTranslation("attendancereport.download.svg"), file + ".svg",
                        ReportFiles.SVG, ReportFiles.svgBytes(() -> export.countryChart(
                                reports.countryReport(code, first, last), locale))));
        result.add(links);
    }
}
