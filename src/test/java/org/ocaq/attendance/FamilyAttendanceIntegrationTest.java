package org.ocaq.attendance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.LessonFacts;
import org.ocaq.security.FieldProblems;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class FamilyAttendanceIntegrationTest {

    private static final LocalDate FEB_6 = LocalDate.of(2027, 2, 6);
    private static final LocalDate FEB_13 = LocalDate.of(2027, 2, 13);
    private static final LocalDate FEB_20 = LocalDate.of(2027, 2, 20);
    private static final LocalDate FEB_27 = LocalDate.of(2027, 2, 27);
    /** Saturday 13 February 2027, a quarter past ten in Berlin: that day's lesson has started. */
    private static final Instant DURING_FEB_13 = Instant.parse("2027-02-13T09:15:00Z");

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired UserDetailsService users;
    @Autowired AttendanceService attendance;
    @Autowired FamilyAttendanceService family;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private AttendanceWorld world() {
        AttendanceWorld a = worlds.create();
        a.placeChildren(1);
        return a;
    }

    private static List<MarkEntry> with(AttendanceSheet sheet, long childId, AttendanceStatus status, String note) {
        List<MarkEntry> entries = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            entries.add(row.childId() == childId ? new MarkEntry(childId, status, note)
                    : new MarkEntry(row.childId(), row.status() == null ? AttendanceStatus.PRESENT : row.status(),
                    row.note()));
        }
        return entries;
    }

    private Map<String, Object> mark(long lessonId, long childId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select status, note, reported_by_family from attendance_mark where lesson_id = ? and child_id = ?""",
                lessonId, childId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private long sheetVersion(long lessonId) {
        return jdbc.queryForObject("select version from attendance_sheet where lesson_id = ?", Long.class, lessonId);
    }

    @Test
    void the_journal_shows_the_taken_marks_with_topic_homework_and_materials_in_constant_statements() {
        AttendanceWorld a = world();
        long child = a.w.childId();
        LessonFacts feb6 = a.lessonOn(FEB_6);
        clock.setTo(Instant.parse("2027-02-06T09:30:00Z"));
        as(users, a.w.teacher(), () -> {
            AttendanceSheet sheet = attendance.open(feb6.lessonId());
            attendance.save(sheet, with(sheet, child, AttendanceStatus.LATE, "10 dəqiqə gecikdi"));
            attendance.saveLessonRecord(feb6.lessonId(), null, new LessonRecordForm("Əlifba: Ə, Ğ, Ş",
                    "Bölmə 3", "Səh. 12, 3-cü tapşırıq", "Sinifdə yaxşı işlədilər",
                    List.of("https://ocaq.example/material/elifba.pdf")));
        });

        SqlStatements.Counted<ChildJournal> counted = SqlStatements.counted(() -> as(users, a.w.parent(),
                () -> family.childJournal(child, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28))));
        ChildJournal journal = counted.result();
        assertThat(journal.childName()).isEqualTo("Əliyeva Gülşən");
        assertThat(journal.lessons()).extracting(JournalEntry::date).containsExactly(FEB_6, FEB_13, FEB_20, FEB_27);
        JournalEntry first = journal.lessons().getFirst();
        assertThat(first.status()).isEqualTo(AttendanceStatus.LATE);
        assertThat(first.note()).isEqualTo("10 dəqiqə gecikdi");
        assertThat(first.topic()).isEqualTo("Əlifba: Ə, Ğ, Ş");
        assertThat(first.homework()).isEqualTo("Səh. 12, 3-cü tapşırıq");
        assertThat(first.materialLinks()).containsExactly("https://ocaq.example/material/elifba.pdf");
        assertThat(first.className()).startsWith("Oxu ");
        assertThat(journal.lessons().get(1).status()).isNull();
        assertThat(journal.lessons().get(1).homework()).isNull();
        assertThat(journal.count(AttendanceStatus.LATE)).isEqualTo(1);
        assertThat(journal.rate()).as("late counts as present by default").hasValue(1.0);

        // A month or a whole term costs the same number of statements.
        long term = SqlStatements.count(() -> as(users, a.w.parent(),
                () -> family.childJournal(child, AttendanceWorld.TERM_START, AttendanceWorld.TERM_END)));
        assertThat(term).isEqualTo(counted.statements());

        // The class's teacher reads the same journal.
        assertThat(as(users, a.w.teacher(), () -> family.childJournal(child, FEB_6, FEB_6)).lessons())
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(AttendanceStatus.LATE));
    }

    @Test
    void another_family_gets_access_denied_for_a_guessed_child_or_report_id_and_a_teacher_cannot_report() {
        AttendanceWorld a = world();
        long child = a.w.childId();
        clock.setTo(DURING_FEB_13);
        long report = as(users, a.w.parent(), () -> family.reportAbsence(child, FEB_20, FEB_20, "Həkimə gedir"));
        AttendanceWorld.OtherFamily other = a.otherFamily("Nərgiz", "Qasımova", "az");
        long guessedMissing = child + 1_000_000_000L;

        as(users, other.parent(), () -> {
            for (long guessed : List.of(child, guessedMissing)) {
                assertThatThrownBy(() -> family.childJournal(guessed, FEB_6, FEB_27))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> family.reportAbsence(guessed, FEB_20, FEB_20, "Xəstədir"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> family.absenceReports(guessed)).isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> family.withdrawAbsenceReport(report)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> family.withdrawAbsenceReport(report + 1_000_000_000L))
                    .isInstanceOf(AccessDeniedException.class);
        });
        as(users, a.w.teacher(), () -> assertThatThrownBy(() -> family.reportAbsence(child, FEB_27, FEB_27,
                "Müəllim yazır")).isInstanceOf(AccessDeniedException.class));
        // Nothing of the other family's tries reached the data.
        assertThat(as(users, a.w.parent(), () -> family.absenceReports(child))).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Həkimə gedir"));
        assertThat(mark(a.lessonOn(FEB_27).lessonId(), child)).isNull();
    }

    @Test
    void an_advance_report_marks_only_lessons_not_started_and_withdrawing_takes_the_marks_back() {
        AttendanceWorld a = world();
        long child = a.w.childId();
        LessonFacts feb13 = a.lessonOn(FEB_13);
        LessonFacts feb20 = a.lessonOn(FEB_20);
        LessonFacts feb27 = a.lessonOn(FEB_27);
        clock.setTo(DURING_FEB_13);

        long report = as(users, a.w.parent(), () -> family.reportAbsence(child, FEB_13, FEB_27,
                "  Qızdırması var  "));
        assertThat(mark(feb13.lessonId(), child)).as("the lesson under way is the teacher's").isNull();
        for (LessonFacts lesson : List.of(feb20, feb27)) {
            assertThat(mark(lesson.lessonId(), child)).containsEntry("status", "EXCUSED")
                    .containsEntry("note", "Qızdırması var").containsEntry("reported_by_family", true);
        }
        assertThat(as(users, a.w.parent(), () -> family.childJournal(child, FEB_13, FEB_27)).lessons())
                .extracting(JournalEntry::date, JournalEntry::reportedAbsent, JournalEntry::note, JournalEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FEB_13, false, null, null),
                        org.assertj.core.groups.Tuple.tuple(FEB_20, true, "Qızdırması var", null),
                        org.assertj.core.groups.Tuple.tuple(FEB_27, true, "Qızdırması var", null));

        // A shorter second report for one day keeps that day reported when the longer one is taken back.
        long oneDay = as(users, a.w.parent(), () -> family.reportAbsence(child, FEB_20, FEB_20, "Toy var"));
        long before = sheetVersion(feb27.lessonId());
        as(users, a.w.parent(), () -> family.withdrawAbsenceReport(report));
        assertThat(mark(feb27.lessonId(), child)).isNull();
        assertThat(sheetVersion(feb27.lessonId())).isEqualTo(before + 1);
        assertThat(mark(feb20.lessonId(), child)).containsEntry("note", "Toy var")
                .containsEntry("reported_by_family", true);
        assertThat(as(users, a.w.parent(), () -> family.absenceReports(child)))
                .extracting(AbsenceReportSummary::id).containsExactly(oneDay);

        // On the day, the teacher's sheet shows the family's report as an excused absence with its reason.
        clock.setTo(Instant.parse("2027-02-20T09:05:00Z"));
        SheetRow row = as(users, a.w.teacher(), () -> attendance.open(feb20.lessonId())).rows().stream()
                .filter(r -> r.childId() == child).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(row.note()).isEqualTo("Toy var");
        assertThat(row.reportedByFamily()).isTrue();
    }

    @Test
    void the_schools_coordinator_reads_the_journal_and_may_report_for_the_family() {
        AttendanceWorld a = world();
        long child = a.w.childId();
        clock.setTo(DURING_FEB_13);
        as(users, a.w.coordinator(), () -> {
            family.reportAbsence(child, FEB_20, FEB_20, "Ailə zəng etdi");
            assertThat(family.childJournal(child, FEB_20, FEB_20).lessons()).singleElement()
                    .satisfies(e -> assertThat(e.reportedAbsent()).isTrue());
        });
    }

    @Test
    void a_teacher_who_opened_the_sheet_before_the_family_reported_is_told_the_sheet_changed() {
        AttendanceWorld a = world();
        long child = a.w.childId();
        LessonFacts feb20 = a.lessonOn(FEB_20);
        clock.setTo(Instant.parse("2027-02-20T08:50:00Z"));
        AttendanceSheet early = as(users, a.w.teacher(), () -> attendance.open(feb20.lessonId()));
        as(users, a.w.parent(), () -> family.reportAbsence(child, FEB_20, FEB_20, "Qatar gecikir"));
        clock.setTo(Instant.parse("2027-02-20T09:01:00Z"));
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.save(early,
                with(early, child, AttendanceStatus.UNEXCUSED, null)))).isInstanceOf(SheetChangedProblem.class);
        assertThat(mark(feb20.lessonId(), child)).containsEntry("status", "EXCUSED")
                .containsEntry("note", "Qatar gecikir");
    }

    @Test
    void a_report_needs_a_reason_days_in_order_at_most_92_of_them_and_none_in_the_past() {
        AttendanceWorld a = world();
        long child = a.w.childId();
        clock.setTo(DURING_FEB_13);
        as(users, a.w.parent(), () -> {
            assertThat(problems(() -> family.reportAbsence(child, FEB_20, FEB_20, "   ")))
                    .containsExactly(Map.entry("reason", List.of("absence.report.reason-required")));
            assertThat(problems(() -> family.reportAbsence(child, FEB_20, FEB_20, "ə".repeat(501))))
                    .containsExactly(Map.entry("reason", List.of("absence.report.reason-too-long")));
            assertThat(problems(() -> family.reportAbsence(child, FEB_27, FEB_20, "Səfər")))
                    .containsExactly(Map.entry("lastDay", List.of("absence.report.last-day-before-first")));
            assertThat(problems(() -> family.reportAbsence(child, FEB_13, FEB_13.plusDays(92), "Səfər")))
                    .containsExactly(Map.entry("lastDay", List.of("absence.report.too-many-days")));
            assertThat(problems(() -> family.reportAbsence(child, FEB_13.minusDays(1), FEB_13, "Səfər")))
                    .containsExactly(Map.entry("firstDay", List.of("absence.report.first-day-past")));
            assertThat(problems(() -> family.reportAbsence(child, null, null, null))).containsOnlyKeys("firstDay",
                    "lastDay", "reason");
            // 92 days from today is the longest report.
            family.reportAbsence(child, FEB_13, FEB_13.plusDays(91), "ə".repeat(500));
        });
    }

    private static Map<String, List<String>> problems(Runnable work) {
        try {
            work.run();
        } catch (FieldProblems problems) {
            return problems.byField();
        }
        throw new AssertionError("Expected FieldProblems");
    }
}
