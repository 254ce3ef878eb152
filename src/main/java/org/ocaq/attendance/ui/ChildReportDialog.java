package org.ocaq.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.ocaq.attendance.AttendanceReportExport;
import org.ocaq.attendance.AttendanceReportService;
import org.ocaq.attendance.ChildAttendanceEntry;
import org.ocaq.attendance.ChildAttendanceReport;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** One child's term: rate, counts and every lesson with its mark and note, with CSV and PDF of the same. */
class ChildReportDialog extends Dialog {

    ChildReportDialog(AttendanceReportService reports, AttendanceReportExport export, long childId, long termId) {
        ChildAttendanceReport report = reports.childReport(childId, termId);
        Locale locale = getLocale();
        setId("child-report");
        setHeaderTitle(getTranslation("attendancereport.heading.child", report.childName(), report.term().name()));
        setWidth("min(100vw, 44rem)");
        Paragraph summary = new Paragraph(getTranslation("attendancereport.summary",
                AttendanceReportExport.percent(report.rate(), getLocale()), report.history().size(),
                report.tally().marked()));
        summary.setId("child-report-summary");
        Paragraph counts = new Paragraph(getTranslation("attendancereport.counts", report.tally().present(),
                report.tally().late(), report.tally().excused(), report.tally().unexcused()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<ChildAttendanceEntry> history = new Grid<>();
        history.setId("child-report-history");
        history.setAllRowsVisible(true);
        history.addColumn(e -> dates.format(e.day())).setHeader(getTranslation("attendancereport.date"))
                .setAutoWidth(true);
        history.addColumn(ChildAttendanceEntry::className).setHeader(getTranslation("attendancereport.class"))
                .setAutoWidth(true);
        history.addColumn(e -> getTranslation("attendancereport.status." + e.status().name()))
                .setHeader(getTranslation("attendancereport.status")).setAutoWidth(true);
        history.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("attendancereport.note"))
                .setFlexGrow(1);
        history.setItems(report.history());
        String file = "davamiyyet-sagird-" + childId + "-" + termId;
        Div links = ReportFiles.links(
                ReportFiles.download("child-report-csv", getTranslation("attendancereport.download.csv"),
                        file + ".csv", ReportFiles.CSV,
                        () -> export.childCsv(reports.childReport(childId, termId), locale)),
                ReportFiles.download("child-report-pdf", getTranslation("attendancereport.download.pdf"),
                        file + ".pdf", ReportFiles.PDF,
                        () -> export.childPdf(reports.childReport(childId, termId), locale)));
        add(summary, counts, history, links);
        Button close = new Button(getTranslation("attendancereport.close"), e -> close());
        close.setId("child-report-close");
        getFooter().add(close);
    }
}
