package org.ocaq.attendance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ocaq.school.TermSummary;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.shared.i18n.OcaqI18NProvider;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports as files, read back: the CSV with commons-csv, the PDF with PDFBox's text stripper, the chart as SVG. */
class AttendanceExportTest {

    private static final String LETTERS = "Ə ə Ğ ğ I ı İ i Ö ö Ü ü Ç ç Ş ş";
    private static final TermSummary TERM = new TermSummary(7, 3, "Payız 2026", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 12, 20));

    private final AttendanceReportExport export = new AttendanceReportExport(new OcaqI18NProvider());

    @Test
    void the_class_csv_starts_with_a_byte_order_mark_and_keeps_azerbaijani_letters() throws IOException {
        byte[] csv = export.classCsv(classReport(3, 2), Languages.AZERBAIJANI);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = read(csv);
        assertThat(records.getFirst().values()).containsExactly("Şagird", "2026-09-05", "2026-09-12", "Var",
                "Gecikib", "Üzrlü", "Üzrsüz", "Davamiyyət");
        assertThat(records.get(1).values()).containsExactly("Ağayeva Çiçək Şəhla", "Dərsdə var", "Gecikib",
                "1", "1", "0", "0", "100%");
        assertThat(records.get(2).get(0)).isEqualTo("Ələkbərov İlqar 1");
        assertThat(records.get(3).get(0)).isEqualTo("Işıq " + LETTERS);
        assertThat(records.getLast().get(0)).isEqualTo("Dərs üzrə davamiyyət");
    }

    @Test
    void headers_follow_the_readers_language() throws IOException {
        assertThat(read(export.classCsv(classReport(1, 1), Languages.ENGLISH)).getFirst().get(0)).isEqualTo("Student");
        assertThat(read(export.classCsv(classReport(1, 1), Languages.RUSSIAN)).getFirst().get(0)).isEqualTo("Ученик");
    }

    @Test
    void the_class_pdf_embeds_noto_sans_and_keeps_every_azerbaijani_letter() throws IOException {
        byte[] pdf = export.classPdf(classReport(3, 2), Languages.AZERBAIJANI);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ağayeva Çiçək Şəhla", "Ələkbərov İlqar 1", LETTERS,
                    "Davamiyyət: Nağıl qrupu, Payız 2026 " + LETTERS, "Gecikmə dərsdə olmaq sayılır.");
            Set<String> fonts = new HashSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSans-Regular")).anyMatch(f -> f.contains("NotoSans-Bold"));
        }
    }

    @Test
    void a_wide_and_long_class_runs_over_several_landscape_pages() throws IOException {
        byte[] pdf = export.classPdf(classReport(60, 20), Languages.AZERBAIJANI);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ələkbərov İlqar 59");
        }
    }

    @Test
    void school_country_and_child_files_read_back_with_their_figures() throws IOException {
        AttendanceTally tally = new AttendanceTally(5, 2, 1, 2);
        SchoolAttendanceReport school = new SchoolAttendanceReport(3, "Bakı evi məktəbi", TERM, true,
                List.of(new ClassAttendanceRate(11, "Şeir və nağıl", 4, tally)), tally,
                List.of(new RatePoint(LocalDate.of(2026, 8, 31), 7, 10)));
        List<CSVRecord> rows = read(export.schoolCsv(school, Languages.AZERBAIJANI));
        assertThat(rows.get(1).values()).containsExactly("Şeir və nağıl", "4", "5", "2", "1", "2", "70%");
        assertThat(text(export.schoolPdf(school, Languages.AZERBAIJANI))).contains("Şeir və nağıl",
                "Davamiyyət: Bakı evi məktəbi, Payız 2026");

        CountryAttendanceReport country = new CountryAttendanceReport("DE", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30), List.of(new SchoolAttendanceRate(3, "Bakı evi məktəbi", "Köln", false, 4,
                tally)), List.of());
        List<CSVRecord> countryRows = read(export.countryCsv(country, Languages.AZERBAIJANI));
        assertThat(countryRows.get(1).values()).containsExactly("Bakı evi məktəbi", "Köln", "4", "5", "2", "1", "2",
                "50%");
        assertThat(text(export.countryPdf(country, Languages.ENGLISH))).contains("Bakı evi məktəbi", "Köln",
                "Germany");

        ChildAttendanceReport child = new ChildAttendanceReport(5, "Şükürova Gülnar", TERM, true,
                new AttendanceTally(0, 0, 1, 0), List.of(new ChildAttendanceEntry(1, LocalDate.of(2026, 9, 5), 11,
                "Şeir və nağıl", AttendanceStatus.EXCUSED, "Qızdırması var idi")));
        assertThat(read(export.childCsv(child, Languages.AZERBAIJANI)).get(1).values()).containsExactly("2026-09-05",
                "Şeir və nağıl", "Üzrlü səbəbdən yoxdur", "Qızdırması var idi");
        assertThat(text(export.childPdf(child, Languages.AZERBAIJANI))).contains("Şükürova Gülnar",
                "Qızdırması var idi");
    }

    @Test
    void poppler_reads_the_report_back_without_ligatures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ChildAttendanceReport child = new ChildAttendanceReport(5, "Rafiq Əfəndiyev", TERM, true,
                new AttendanceTally(0, 0, 1, 0), List.of(new ChildAttendanceEntry(1, LocalDate.of(2026, 9, 5), 11,
                "Şifahi nitq: Əfsanələr", AttendanceStatus.EXCUSED, "Ailəvi səfər (fl)")));
        java.nio.file.Path file = dir.resolve("report.pdf");
        java.nio.file.Files.write(file, export.childPdf(child, Languages.AZERBAIJANI));
        // CI installs poppler-utils: a missing tool fails here rather than skipping
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).contains("Rafiq Əfəndiyev", "Şifahi nitq: Əfsanələr", "Ailəvi səfər (fl)")
                .doesNotContain("\uFB01", "\uFB02");
    }

    @Test
    void letters_the_font_lacks_become_question_marks_instead_of_failing() throws IOException {
        ChildAttendanceReport child = new ChildAttendanceReport(5, "Gülnar \uD83D\uDE00", TERM, true,
                AttendanceTally.EMPTY, List.of());

        assertThat(text(export.childPdf(child, Languages.AZERBAIJANI))).contains("Gülnar ?");
    }

    @Test
    void the_chart_is_svg_with_localized_axis_labels() {
        ClassAttendanceReport report = classReport(3, 3);

        String svg = export.classChart(report, Languages.AZERBAIJANI);
        assertThat(svg).startsWith("<?xml").contains("<svg", "Dərs günü", "Davamiyyət, %", "Nağıl qrupu");
        assertThat(export.classChart(report, Languages.ENGLISH)).contains("Lesson day");
    }

    /** Children named with every Azerbaijani letter, alternately present and late on every lesson. */
    private static ClassAttendanceReport classReport(int children, int lessonCount) {
        List<LessonColumn> lessons = new ArrayList<>();
        for (int i = 0; i < lessonCount; i++) {
            lessons.add(new LessonColumn(100 + i, LocalDate.of(2026, 9, 5).plusWeeks(i),
                    new AttendanceTally(children, 0, 0, 0)));
        }
        List<ChildAttendanceRow> rows = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            Map<Long, AttendanceStatus> marks = new HashMap<>();
            AttendanceTally tally = AttendanceTally.EMPTY;
            for (LessonColumn lesson : lessons) {
                AttendanceStatus status = lesson.lessonId() % 2 == 0 ? AttendanceStatus.PRESENT : AttendanceStatus.LATE;
                marks.put(lesson.lessonId(), status);
                tally = tally.plus(status, 1);
            }
            rows.add(new ChildAttendanceRow(c, c == 0 ? "Ağayeva Çiçək Şəhla"
                    : c == 2 ? "Işıq " + LETTERS : "Ələkbərov İlqar " + c, marks,
                    tally));
        }
        AttendanceTally total = rows.stream().map(ChildAttendanceRow::tally)
                .reduce(AttendanceTally.EMPTY, AttendanceTally::plus);
        List<RatePoint> series = lessons.stream().map(l -> new RatePoint(l.day(), children, children)).toList();
        return new ClassAttendanceReport(9, "Nağıl qrupu", 3, new TermSummary(7, 3, "Payız 2026 " + LETTERS,
                TERM.startsOn(), TERM.endsOn()), true, lessons, rows, total, series);
    }

    private static List<CSVRecord> read(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
