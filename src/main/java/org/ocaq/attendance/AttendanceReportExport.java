package org.ocaq.attendance;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ocaq.shared.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Attendance reports as files: CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read Azerbaijani
 * letters right; dates as yyyy-mm-dd, which every spreadsheet sorts), PDF (Noto Sans embedded; a class matrix on
 * landscape pages, lessons split over several pages when wide) and the chart as SVG. Headers in the reader's
 * language. The reports given here were already read through {@link AttendanceReportService}, which checked access.
 */
@Component
public class AttendanceReportExport {

    /** Lesson columns on one landscape page of a class matrix. */
    static final int LESSONS_PER_PAGE = 16;

    private final I18NProvider i18n;

    AttendanceReportExport(I18NProvider i18n) {
        this.i18n = i18n;
    }

    // --- CSV ----------------------------------------------------------------------------------------------------

    public byte[] classCsv(ClassAttendanceReport report, Locale locale) {
        return csv(printer -> {
            List<String> header = new ArrayList<>();
            header.add(t(locale, "attendancereport.child"));
            report.lessons().forEach(l -> header.add(l.day().toString()));
            header.addAll(countHeaders(locale));
            printer.printRecord(header);
            for (ChildAttendanceRow row : report.children()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.childName());
                report.lessons().forEach(l -> cells.add(row.mark(l.lessonId()).map(s -> status(locale, s)).orElse("")));
                cells.addAll(counts(row.tally(), report.lateCountsAsPresent(), locale));
                printer.printRecord(cells);
            }
            List<String> lessonRates = new ArrayList<>();
            lessonRates.add(t(locale, "attendancereport.lesson-rate"));
            report.lessons().forEach(l -> lessonRates.add(percent(report.rate(l.tally()), locale)));
            lessonRates.addAll(counts(report.total(), report.lateCountsAsPresent(), locale));
            printer.printRecord(lessonRates);
        });
    }

    public byte[] schoolCsv(SchoolAttendanceReport report, Locale locale) {
        return csv(printer -> {
            List<String> header = new ArrayList<>(List.of(t(locale, "attendancereport.class"),
                    t(locale, "attendancereport.lessons")));
            header.addAll(countHeaders(locale));
            printer.printRecord(header);
            for (ClassAttendanceRate line : report.classes()) {
                List<String> cells = new ArrayList<>(List.of(line.className(), Integer.toString(line.lessons())));
                cells.addAll(counts(line.tally(), report.lateCountsAsPresent(), locale));
                printer.printRecord(cells);
            }
            List<String> total = new ArrayList<>(List.of(t(locale, "attendancereport.total"),
                    Integer.toString(report.lessons())));
            total.addAll(counts(report.total(), report.lateCountsAsPresent(), locale));
            printer.printRecord(total);
        });
    }

    public byte[] countryCsv(CountryAttendanceReport report, Locale locale) {
        return csv(printer -> {
            List<String> header = new ArrayList<>(List.of(t(locale, "attendancereport.school"),
                    t(locale, "attendancereport.city"), t(locale, "attendancereport.lessons")));
            header.addAll(countHeaders(locale));
            printer.printRecord(header);
            for (SchoolAttendanceRate line : report.schools()) {
                List<String> cells = new ArrayList<>(List.of(line.schoolName(), line.city() == null ? "" : line.city(),
                        Long.toString(line.lessons())));
                cells.addAll(counts(line.tally(), line.lateCountsAsPresent(), locale));
                printer.printRecord(cells);
            }
            List<String> total = new ArrayList<>(List.of(t(locale, "attendancereport.total"), "",
                    Long.toString(report.lessons())));
            total.addAll(countsWithRate(report.total(), report.rate(), locale));
            printer.printRecord(total);
        });
    }

    public byte[] childCsv(ChildAttendanceReport report, Locale locale) {
        return csv(printer -> {
            printer.printRecord(t(locale, "attendancereport.date"), t(locale, "attendancereport.class"),
                    t(locale, "attendancereport.status"), t(locale, "attendancereport.note"));
            for (ChildAttendanceEntry entry : report.history()) {
                printer.printRecord(entry.day().toString(), entry.className(), status(locale, entry.status()),
                        entry.note() == null ? "" : entry.note());
            }
        });
    }

    // --- PDF ----------------------------------------------------------------------------------------------------

    public byte[] classPdf(ClassAttendanceReport report, Locale locale) {
        String title = t(locale, "attendancereport.heading.class", report.className(), report.term().name());
        try (PdfWriter pdf = new PdfWriter(true, title, locale.toLanguageTag())) {
            DateTimeFormatter days = DateTimeFormatter.ofPattern("dd.MM", locale);
            List<LessonColumn> lessons = report.lessons();
            int parts = Math.max(1, (lessons.size() + LESSONS_PER_PAGE - 1) / LESSONS_PER_PAGE);
            for (int part = 0; part < parts; part++) {
                if (part > 0) {
                    pdf.pageBreak();
                }
                summary(pdf, title, report.term().startsOn(), report.term().endsOn(), report.rate(), report.total(),
                        lessons.size(), report.lateCountsAsPresent(), locale);
                pdf.line(legend(locale));
                List<LessonColumn> shown = lessons.subList(part * LESSONS_PER_PAGE,
                        Math.min(lessons.size(), (part + 1) * LESSONS_PER_PAGE));
                float nameWidth = 200;
                float rateWidth = 62;
                float lessonWidth = shown.isEmpty() ? 0
                        : Math.min(40, (pdf.width() - nameWidth - rateWidth) / shown.size());
                float[] widths = new float[shown.size() + 2];
                widths[0] = nameWidth;
                for (int i = 0; i < shown.size(); i++) {
                    widths[i + 1] = lessonWidth;
                }
                widths[widths.length - 1] = rateWidth;
                List<String> header = new ArrayList<>();
                header.add(t(locale, "attendancereport.child"));
                shown.forEach(l -> header.add(days.format(l.day())));
                header.add(t(locale, "attendancereport.rate"));
                List<List<String>> rows = new ArrayList<>();
                for (ChildAttendanceRow row : report.children()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(row.childName());
                    shown.forEach(l -> cells.add(row.mark(l.lessonId()).map(s -> mark(locale, s)).orElse("")));
                    cells.add(percent(report.rate(row.tally()), locale));
                    rows.add(cells);
                }
                List<String> lessonRates = new ArrayList<>();
                lessonRates.add(t(locale, "attendancereport.lesson-rate"));
                shown.forEach(l -> lessonRates.add(percentShort(report.rate(l.tally()), locale)));
                lessonRates.add(percent(report.rate(), locale));
                rows.add(lessonRates);
                pdf.table(header, rows, widths, true);
            }
            return pdf.toBytes();
        }
    }

    public byte[] schoolPdf(SchoolAttendanceReport report, Locale locale) {
        String title = t(locale, "attendancereport.heading.school", report.schoolName(), report.term().name());
        try (PdfWriter pdf = new PdfWriter(false, title, locale.toLanguageTag())) {
            summary(pdf, title, report.term().startsOn(), report.term().endsOn(), report.rate(), report.total(),
                    report.lessons(), report.lateCountsAsPresent(), locale);
            List<List<String>> rows = new ArrayList<>();
            for (ClassAttendanceRate line : report.classes()) {
                List<String> cells = new ArrayList<>(List.of(line.className(), Integer.toString(line.lessons())));
                cells.addAll(counts(line.tally(), report.lateCountsAsPresent(), locale));
                rows.add(cells);
            }
            List<String> total = new ArrayList<>(List.of(t(locale, "attendancereport.total"),
                    Integer.toString(report.lessons())));
            total.addAll(counts(report.total(), report.lateCountsAsPresent(), locale));
            rows.add(total);
            List<String> header = new ArrayList<>(List.of(t(locale, "attendancereport.class"),
                    t(locale, "attendancereport.lessons")));
            header.addAll(countHeaders(locale));
            pdf.table(header, rows, new float[]{173, 50, 60, 60, 60, 60, 60}, false);
            return pdf.toBytes();
        }
    }

    public byte[] countryPdf(CountryAttendanceReport report, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String title = t(locale, "attendancereport.heading.country", countryName(report.countryCode(), locale),
                dates.format(report.from()), dates.format(report.to()));
        try (PdfWriter pdf = new PdfWriter(true, title, locale.toLanguageTag())) {
            pdf.heading(title);
            pdf.line(t(locale, "attendancereport.summary", percent(report.rate(), locale), report.lessons(),
                    report.total().marked()));
            pdf.gap();
            List<List<String>> rows = new ArrayList<>();
            for (SchoolAttendanceRate line : report.schools()) {
                List<String> cells = new ArrayList<>(List.of(line.schoolName(), line.city() == null ? "" : line.city(),
                        Long.toString(line.lessons())));
                cells.addAll(counts(line.tally(), line.lateCountsAsPresent(), locale));
                cells.add(t(locale, line.lateCountsAsPresent() ? "attendancereport.yes" : "attendancereport.no"));
                rows.add(cells);
            }
            List<String> header = new ArrayList<>(List.of(t(locale, "attendancereport.school"),
                    t(locale, "attendancereport.city"), t(locale, "attendancereport.lessons")));
            header.addAll(countHeaders(locale));
            header.add(t(locale, "attendancereport.late-counts.short"));
            pdf.table(header, rows, new float[]{250, 100, 50, 60, 60, 60, 60, 60, 70}, false);
            return pdf.toBytes();
        }
    }

    public byte[] childPdf(ChildAttendanceReport report, Locale locale) {
        String title = t(locale, "attendancereport.heading.child", report.childName(), report.term().name());
        try (PdfWriter pdf = new PdfWriter(false, title, locale.toLanguageTag())) {
            summary(pdf, title, report.term().startsOn(), report.term().endsOn(), report.rate(), report.tally(),
                    report.history().size(), report.lateCountsAsPresent(), locale);
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            List<List<String>> rows = report.history().stream().map(e -> List.of(dates.format(e.day()),
                    e.className(), status(locale, e.status()), e.note() == null ? "" : e.note())).toList();
            pdf.table(List.of(t(locale, "attendancereport.date"), t(locale, "attendancereport.class"),
                    t(locale, "attendancereport.status"), t(locale, "attendancereport.note")), rows,
                    new float[]{90, 150, 90, 193}, false);
            return pdf.toBytes();
        }
    }

    // --- charts -------------------------------------------------------------------------------------------------

    public String classChart(ClassAttendanceReport report, Locale locale) {
        return AttendanceChart.svg(report.series(), t(locale, "attendancereport.chart.title", report.className()),
                t(locale, "attendancereport.chart.lesson-day"), t(locale, "attendancereport.chart.rate"), locale);
    }

    public String schoolChart(SchoolAttendanceReport report, Locale locale) {
        return AttendanceChart.svg(report.series(), t(locale, "attendancereport.chart.title", report.schoolName()),
                t(locale, "attendancereport.chart.week"), t(locale, "attendancereport.chart.rate"), locale);
    }

    public String countryChart(CountryAttendanceReport report, Locale locale) {
        return AttendanceChart.svg(report.series(), t(locale, "attendancereport.chart.title",
                        countryName(report.countryCode(), locale)),
                t(locale, "attendancereport.chart.week"), t(locale, "attendancereport.chart.rate"), locale);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A rate as the reader writes percentages, to one decimal; a dash when nobody was marked. */
    public static String percent(OptionalDouble rate, Locale locale) {
        if (rate.isEmpty()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(rate.getAsDouble());
    }

    private static String percentShort(OptionalDouble rate, Locale locale) {
        if (rate.isEmpty()) {
            return "–";
        }
        return NumberFormat.getPercentInstance(locale).format(rate.getAsDouble());
    }

    private void summary(PdfWriter pdf, String title, LocalDate from, LocalDate to, OptionalDouble rate,
                         AttendanceTally tally, long lessons, boolean lateCounts, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        pdf.heading(title);
        pdf.line(dates.format(from) + " – " + dates.format(to));
        pdf.line(t(locale, "attendancereport.summary", percent(rate, locale), lessons, tally.marked()));
        pdf.line(t(locale, "attendancereport.counts", tally.present(), tally.late(), tally.excused(),
                tally.unexcused()));
        pdf.line(t(locale, lateCounts ? "attendancereport.late-counts.on" : "attendancereport.late-counts.off"));
        pdf.gap();
    }

    private List<String> countHeaders(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            headers.add(t(locale, "attendancereport.count." + status.name()));
        }
        headers.add(t(locale, "attendancereport.rate"));
        return headers;
    }

    private static List<String> counts(AttendanceTally tally, boolean lateCounts, Locale locale) {
        return countsWithRate(tally, tally.rate(lateCounts), locale);
    }

    private static List<String> countsWithRate(AttendanceTally tally, OptionalDouble rate, Locale locale) {
        List<String> cells = new ArrayList<>();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            cells.add(Long.toString(tally.count(status)));
        }
        cells.add(percent(rate, locale));
        return cells;
    }

    private String legend(Locale locale) {
        List<String> parts = new ArrayList<>();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            parts.add(mark(locale, status) + " " + status(locale, status));
        }
        return t(locale, "attendancereport.legend", String.join(" · ", parts));
    }

    private String status(Locale locale, AttendanceStatus status) {
        return t(locale, "attendancereport.status." + status.name());
    }

    private String mark(Locale locale, AttendanceStatus status) {
        return t(locale, "attendancereport.mark." + status.name());
    }

    private static String countryName(String code, Locale locale) {
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    @FunctionalInterface
    private interface CsvBody {
        void write(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(CsvBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            // The byte-order mark tells spreadsheet programs the file is UTF-8; without it they guess a code page.
            writer.write('\uFEFF');
            body.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
