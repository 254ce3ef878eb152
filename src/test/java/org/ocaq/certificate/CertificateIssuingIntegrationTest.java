package org.ocaq.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.classes.LessonFacts;
import org.ocaq.security.FieldProblems;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

/**
 * A coordinator previews a class's term by the attendance rule, issues, corrects a name and revokes; the codes check
 * out publicly; nobody outside the school can do any of it.
 */
@IntegrationTest
class CertificateIssuingIntegrationTest {

    static final long TERM_ATTENDANCE_EN = 1L;

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MutableClock clock;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Three children over four Saturdays: the first always there, the second absent once (75 %), the third absent
     * twice (50 %).
     */
    private AttendanceWorld classWithAttendance() {
        AttendanceWorld a = worlds.create();
        List<Long> children = a.placeChildren(3);
        List<LessonFacts> lessons = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            lessons.add(a.lessonOn(AttendanceWorld.TERM_START.plusWeeks(week)));
        }
        clock.setTo(Instant.parse("2027-02-10T10:00:00Z"));
        for (int i = 0; i < lessons.size(); i++) {
            int lesson = i;
            as(users, a.w.teacher(), () -> {
                AttendanceSheet sheet = attendance.open(lessons.get(lesson).lessonId());
                List<MarkEntry> marks = new ArrayList<>();
                for (int c = 0; c < children.size(); c++) {
                    boolean absent = c == 1 && lesson == 0 || c == 2 && lesson < 2;
                    marks.add(new MarkEntry(children.get(c), absent ? AttendanceStatus.UNEXCUSED
                            : AttendanceStatus.PRESENT, null));
                }
                attendance.save(sheet, marks);
            });
        }
        return a;
    }

    @Test
    void the_preview_says_who_qualifies_by_the_rule_and_why_the_others_do_not_and_issuing_follows_it() throws IOException {
        AttendanceWorld a = classWithAttendance();
        CertificatePreview preview = as(users, a.w.coordinator(),
                () -> certificates.preview(a.classId, a.termId, TERM_ATTENDANCE_EN, 75));
        assertThat(preview.candidates()).hasSize(3);
        assertThat(preview.qualifying()).isEqualTo(2);
        CertificateCandidate third = preview.candidates().stream()
                .filter(c -> c.childId() == a.children.get(2)).findFirst().orElseThrow();
        assertThat(third.qualifies()).isFalse();
        assertThat(third.reasonKey()).isEqualTo("certificate.reason.rate-below");
        assertThat(third.rate().getAsDouble()).isEqualTo(0.5);
        // A stricter rule leaves out the child who missed once.
        assertThat(as(users, a.w.coordinator(),
                () -> certificates.preview(a.classId, a.termId, TERM_ATTENDANCE_EN, 80)).qualifying()).isEqualTo(1);

        List<CertificateSummary> issued = as(users, a.w.coordinator(), () -> certificates.issueForClass(
                a.classId, a.termId, TERM_ATTENDANCE_EN, 75, "Leyla Həsənova"));
        assertThat(issued).extracting(CertificateSummary::childId)
                .containsExactlyInAnyOrder(a.children.get(0), a.children.get(1));
        assertThat(issued).extracting(CertificateSummary::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-."));
        assertThat(issued.getFirst().ratePermille()).isIn(1000, 750);
        // The passport spelling comes from the child's record where there is one (the world's own child has it).
        assertThat(issued).filteredOn(c -> a.children.get(0).equals(c.childId()))
                .extracting(CertificateSummary::passportName).containsExactly("GULSHAN ALIYEVA");
        assertThat(issued).filteredOn(c -> a.children.get(1).equals(c.childId()))
                .extracting(CertificateSummary::passportName).containsOnlyNulls();
        assertThat(jdbc.queryForObject("select count(*) from certificate_event where action = 'ISSUED' and"
                + " certificate_id in (?, ?)", Long.class, issued.get(0).id(), issued.get(1).id())).isEqualTo(2);

        // Issuing again issues nobody twice; the preview now says who already holds one.
        assertThat(as(users, a.w.coordinator(), () -> certificates.issueForClass(a.classId, a.termId,
                TERM_ATTENDANCE_EN, 75, "Leyla Həsənova"))).isEmpty();
        assertThat(as(users, a.w.coordinator(),
                () -> certificates.preview(a.classId, a.termId, TERM_ATTENDANCE_EN, 75)).candidates())
                .filteredOn(c -> c.certificateId() != null).hasSize(2)
                .allMatch(c -> "certificate.reason.already-issued".equals(c.reasonKey()));

        // The coordinator may overrule the rule for one child; once, and only in their own school.
        long thirdChild = a.children.get(2);
        AttendanceWorld other = worlds.create();
        assertThatThrownBy(() -> as(users, other.w.coordinator(), () -> certificates.issueForChild(a.classId,
                a.termId, TERM_ATTENDANCE_EN, thirdChild, "X"))).isInstanceOf(AccessDeniedException.class);
        CertificateSummary overruled = as(users, a.w.coordinator(), () -> certificates.issueForChild(a.classId,
                a.termId, TERM_ATTENDANCE_EN, thirdChild, "Leyla Həsənova"));
        assertThat(overruled.childId()).isEqualTo(thirdChild);
        assertThat(overruled.ratePermille()).isEqualTo(500);
        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> certificates.issueForChild(a.classId,
                a.termId, TERM_ATTENDANCE_EN, thirdChild, "Leyla Həsənova"))).isInstanceOf(FieldProblems.class);

        // The PDF prints the holder's name and the code, and its QR leads to the public check.
        CertificateSummary first = issued.getFirst();
        byte[] pdf = as(users, a.w.coordinator(), () -> certificates.pdf(first.id()));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(first.holderName()).contains(first.code());
        }
        assertThat(certificates.verify(first.code())).get()
                .satisfies(v -> assertThat(v.valid()).isTrue())
                .satisfies(v -> assertThat(v.holderName()).isEqualTo(first.holderName()));
    }

    @Test
    void a_name_correction_keeps_the_code_and_its_history_and_a_revocation_needs_a_reason() throws IOException {
        AttendanceWorld a = classWithAttendance();
        CertificateSummary issued = as(users, a.w.coordinator(), () -> certificates.issueForClass(a.classId,
                a.termId, TERM_ATTENDANCE_EN, 75, "Leyla Həsənova")).getFirst();

        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> certificates.correctName(issued.id(),
                issued.version(), "  ", null, "pasport"))).isInstanceOf(FieldProblems.class);
        CertificateSummary corrected = as(users, a.w.coordinator(), () -> certificates.correctName(issued.id(),
                issued.version(), "Əliyeva Gülşən Çingiz qızı", "Aliyeva Gulshan", "Pasportdakı yazılış"));
        assertThat(corrected.code()).isEqualTo(issued.code());
        assertThat(corrected.edition()).isEqualTo(2);
        // Someone who read the first edition and saves over the correction is stopped.
        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> certificates.correctName(issued.id(),
                issued.version(), "Başqa Ad", null, "səhv"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(certificates.verify(issued.code())).get()
                .satisfies(v -> assertThat(v.holderName()).isEqualTo("Əliyeva Gülşən Çingiz qızı"))
                .satisfies(v -> assertThat(v.edition()).isEqualTo(2));
        byte[] pdf = as(users, a.w.coordinator(), () -> certificates.pdf(issued.id()));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Əliyeva Gülşən Çingiz qızı")
                    .contains("Aliyeva Gulshan");
        }

        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> certificates.revoke(issued.id(), " ")))
                .isInstanceOf(FieldProblems.class);
        // Half past midnight in Berlin is still the evening before in UTC: the page gives the school's day.
        clock.setTo(Instant.parse("2027-03-06T23:30:00Z"));
        as(users, a.w.coordinator(), () -> certificates.revoke(issued.id(), "Səhv qrupa verilib"));
        assertThat(certificates.verify(issued.code())).get()
                .satisfies(v -> assertThat(v.valid()).isFalse())
                .satisfies(v -> assertThat(v.revokedOn()).isEqualTo(LocalDate.of(2027, 3, 7)));
        assertThat(as(users, a.w.coordinator(), () -> certificates.history(issued.id())))
                .extracting(CertificateHistoryEntry::action).containsExactly("ISSUED", "REISSUED", "REVOKED");
        assertThat(as(users, a.w.coordinator(), () -> certificates.history(issued.id())).get(1).detail())
                .contains("Pasportdakı yazılış").contains("Əliyeva Gülşən Çingiz qızı");
    }

    @Test
    void nobody_outside_the_school_previews_issues_corrects_revokes_or_reads_and_families_read_only_their_own() {
        AttendanceWorld a = classWithAttendance();
        AttendanceWorld other = worlds.create();
        other.placeChildren(1);
        for (String outsider : new String[]{other.w.coordinator(), a.w.parent(), a.w.teacher()}) {
            assertThatThrownBy(() -> as(users, outsider, () -> certificates.issueForClass(a.classId, a.termId,
                    TERM_ATTENDANCE_EN, 0, "X"))).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, outsider, () -> certificates.preview(a.classId, a.termId,
                    TERM_ATTENDANCE_EN, 0))).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        List<CertificateSummary> issued = as(users, a.w.coordinator(), () -> certificates.issueForClass(
                a.classId, a.termId, TERM_ATTENDANCE_EN, 75, "Leyla Həsənova"));
        long id = issued.getFirst().id();
        for (String outsider : new String[]{other.w.coordinator(), other.w.parent()}) {
            assertThatThrownBy(() -> as(users, outsider, () -> certificates.revoke(id, "mənim deyil")))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, outsider, () -> certificates.correctName(id, 0, "Ad", null, "x")))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, outsider, () -> certificates.pdf(id)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(users, a.w.parent(), () -> certificates.revoke(id, "istəmirəm")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(users, a.w.parent(), () -> certificates.myCertificates()))
                .extracting(CertificateSummary::id).containsExactlyInAnyOrderElementsOf(
                        issued.stream().map(CertificateSummary::id).toList());
        assertThat(as(users, other.w.parent(), () -> certificates.myCertificates())).isEmpty();
        assertThat(as(users, a.w.parent(), () -> certificates.pdf(id))).startsWith("%PDF-".getBytes());
        // The class's own teacher may read it too.
        assertThat(as(users, a.w.teacher(), () -> certificates.pdf(id))).startsWith("%PDF-".getBytes());
        assertThatThrownBy(() -> as(users, a.w.parent(), () -> certificates.pdf(Long.MAX_VALUE - 9)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Issuing a class takes as many round trips to the database for six children as for two: the rows, their history
     * and the families' emails go in batches, and the school's name is read once. (Not counting the fetches of new ids,
     * one per 50 rows whenever a sequence's pool runs out.)
     */
    @Test
    void issuing_a_class_takes_the_same_round_trips_for_two_children_as_for_six() {
        long two = issuingRoundTrips(2);
        long six = issuingRoundTrips(6);
        assertThat(six).isEqualTo(two);
    }

    private long issuingRoundTrips(int children) {
        clock.reset();
        AttendanceWorld a = worlds.create();
        a.placeChildren(children);
        LessonFacts lesson = a.lessonOn(AttendanceWorld.TERM_START.plusWeeks(1));
        clock.setTo(Instant.parse("2027-02-10T10:00:00Z"));
        a.markAllPresent(attendance, lesson.lessonId());
        long[] trips = new long[1];
        as(users, a.w.coordinator(), () -> {
            trips[0] = SqlStatements.roundTripsBesidesIdFetches(() -> assertThat(certificates.issueForClass(a.classId, a.termId,
                    TERM_ATTENDANCE_EN, 75, "Leyla Həsənova")).hasSize(children));
        });
        return trips[0];
    }

    @Test
    void a_class_comes_as_one_merged_pdf_or_a_zip_of_one_pdf_each() throws IOException {
        AttendanceWorld a = classWithAttendance();
        List<Long> ids = as(users, a.w.coordinator(), () -> certificates.issueForClass(a.classId, a.termId,
                TERM_ATTENDANCE_EN, 0, "Leyla Həsənova")).stream().map(CertificateSummary::id).toList();
        assertThat(ids).hasSize(3);
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        as(users, a.w.coordinator(), () -> certificates.writeAll(ids, false, merged));
        try (var document = Loader.loadPDF(merged.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        as(users, a.w.coordinator(), () -> certificates.writeAll(ids, true, zip));
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getName()).matches("[0-9A-Z]{13}\\.pdf");
                assertThat(in.readAllBytes()).startsWith("%PDF-".getBytes());
                entries++;
            }
        }
        assertThat(entries).isEqualTo(3);
        AttendanceWorld other = worlds.create();
        assertThatThrownBy(() -> as(users, other.w.coordinator(),
                () -> certificates.writeAll(ids, true, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mistyped_code_is_caught_and_an_unknown_one_finds_nothing() {
        String good = CertificateCode.generate(new java.util.Random(11)).grouped();
        char wrong = good.charAt(0) == '7' ? '8' : '7';
        String typo = wrong + good.substring(1);
        assertThat(CertificateService.wellFormed(good)).isTrue();
        assertThat(CertificateService.wellFormed(typo)).isFalse();
        assertThat(certificates.verify(typo)).isEmpty();
        assertThat(certificates.verify(good)).isEmpty();
    }
}
