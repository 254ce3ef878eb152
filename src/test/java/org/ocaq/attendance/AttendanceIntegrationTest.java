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
class AttendanceIntegrationTest {

    private static final LocalDate FEB_6 = LocalDate.of(2027, 2, 6);
    private static final LocalDate FEB_13 = LocalDate.of(2027, 2, 13);

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired UserDetailsService users;
    @Autowired AttendanceService attendance;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private AttendanceWorld world() {
        return worlds.create();
    }

    private static List<MarkEntry> allPresent(AttendanceSheet sheet) {
        return sheet.rows().stream().map(r -> new MarkEntry(r.childId(), AttendanceStatus.PRESENT, null)).toList();
    }

    private static List<MarkEntry> with(AttendanceSheet sheet, long childId, AttendanceStatus status, String note) {
        List<MarkEntry> entries = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            entries.add(row.childId() == childId ? new MarkEntry(childId, status, note)
                    : new MarkEntry(row.childId(), row.status(), row.note()));
        }
        return entries;
    }

    @Test
    void the_teacher_takes_attendance_from_the_lesson_start_in_the_school_time_zone_across_summer_time() {
        AttendanceWorld a = world();
        a.placeChildren(3);
        // 27 March 2027 is still winter time in Berlin (10:00 = 09:00 UTC); 3 April is summer time (10:00 = 08:00 UTC).
        LessonFacts winter = a.lessonOn(LocalDate.of(2027, 3, 27));
        LessonFacts summer = a.lessonOn(LocalDate.of(2027, 4, 3));
        assertThat(winter.startsAt()).isEqualTo(summer.startsAt());
        assertThat(winter.start().toInstant()).isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
        assertThat(summer.start().toInstant()).isEqualTo(Instant.parse("2027-04-03T08:00:00Z"));

        clock.setTo(Instant.parse("2027-04-03T07:59:00Z"));
        AttendanceSheet early = as(users, a.w.teacher(), () -> attendance.open(summer.lessonId()));
        assertThat(early.lock()).contains(AttendanceSheet.Lock.NOT_STARTED);
        assertThat(early.rows()).hasSize(3).allMatch(r -> r.status() == null);
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.save(early, allPresent(early))))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField().get("sheet"))
                        .containsExactly("attendance.sheet.locked.not-started"));

        clock.setTo(Instant.parse("2027-04-03T08:01:00Z"));
        AttendanceSheet open = as(users, a.w.teacher(), () -> attendance.open(summer.lessonId()));
        assertThat(open.editable()).isTrue();
        assertThat(open.changesAudited()).isFalse();
        AttendanceSheet saved = as(users, a.w.teacher(), () -> attendance.save(open, allPresent(open)));
        assertThat(saved.rows()).allMatch(r -> r.status() == AttendanceStatus.PRESENT);
        AttendanceSheet reread = as(users, a.w.teacher(), () -> attendance.open(summer.lessonId()));
        assertThat(reread.rows()).allMatch(r -> r.status() == AttendanceStatus.PRESENT);
        assertThat(reread.takenAt()).isPresent();
    }

    @Test
    void every_child_needs_a_mark_and_notes_are_limited() {
        AttendanceWorld a = world();
        List<Long> kids = a.placeChildren(2);
        LessonFacts lesson = a.lessonOn(FEB_6);
        clock.setTo(Instant.parse("2027-02-06T09:30:00Z"));
        AttendanceSheet sheet = as(users, a.w.teacher(), () -> attendance.open(lesson.lessonId()));
        List<MarkEntry> oneMissing = List.of(new MarkEntry(kids.get(0), AttendanceStatus.PRESENT, null));
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.save(sheet, oneMissing)))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsEntry("sheet", List.of("attendance.sheet.unmarked")));
        List<MarkEntry> longNote = List.of(new MarkEntry(kids.get(0), AttendanceStatus.PRESENT, "x".repeat(501)),
                new MarkEntry(kids.get(1), AttendanceStatus.LATE, "avtobus gecikdi"));
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.save(sheet, longNote)))
                .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                        .containsKey("note-" + kids.get(0)));
        assertThat(jdbc.queryForObject("select count(*) from attendance_mark where lesson_id = ?", Long.class,
                lesson.lessonId())).isZero();
    }

    @Test
    void a_child_who_joins_mid_term_appears_only_from_their_first_day() {
        AttendanceWorld a = world();
        a.placeChildren(2);
        AttendanceWorld.OtherFamily joiner = a.otherFamily("Leyla", "Hüseynova", "az");
        clock.setTo(Instant.parse("2027-02-10T12:00:00Z"));
        a.place(joiner.parent(), List.of(joiner.childId()));

        clock.setTo(Instant.parse("2027-02-20T12:00:00Z"));
        AttendanceSheet before = as(users, a.w.teacher(), () -> attendance.open(a.lessonOn(FEB_6).lessonId()));
        AttendanceSheet after = as(users, a.w.teacher(), () -> attendance.open(a.lessonOn(FEB_13).lessonId()));
        assertThat(before.rows()).extracting(SheetRow::childId).hasSize(2).doesNotContain(joiner.childId());
        assertThat(after.rows()).extracting(SheetRow::childId).hasSize(3).contains(joiner.childId());
        assertThat(after.rows()).extracting(SheetRow::fullName).contains("Hüseynova Leyla");
    }

    @Test
    void changes_after_the_lesson_day_are_audited_and_only_the_coordinator_reads_the_trail() {
        AttendanceWorld a = world();
        List<Long> kids = a.placeChildren(2);
        LessonFacts lesson = a.lessonOn(FEB_6);
        clock.setTo(Instant.parse("2027-02-06T09:15:00Z"));
        as(users, a.w.teacher(), () -> {
            AttendanceSheet sheet = attendance.open(lesson.lessonId());
            AttendanceSheet saved = attendance.save(sheet, allPresent(sheet));
            // Corrections on the day itself are not audited.
            attendance.save(saved, with(saved, kids.get(1), AttendanceStatus.LATE, null));
        });
        as(users, a.w.coordinator(), () -> assertThat(attendance.changes(lesson.lessonId())).isEmpty());

        clock.setTo(Instant.parse("2027-02-09T16:00:00Z"));
        as(users, a.w.teacher(), () -> {
            AttendanceSheet sheet = attendance.open(lesson.lessonId());
            assertThat(sheet.changesAudited()).isTrue();
            attendance.save(sheet, with(sheet, kids.get(0), AttendanceStatus.EXCUSED, "Xəstə idi, arayış gətirdi"));
        });
        List<AttendanceChange> trail = as(users, a.w.coordinator(), () -> attendance.changes(lesson.lessonId()));
        assertThat(trail).singleElement().satisfies(change -> {
            assertThat(change.childId()).isEqualTo(kids.get(0));
            assertThat(change.childName()).isEqualTo("Əliyeva Gülşən");
            assertThat(change.oldStatus()).isEqualTo(AttendanceStatus.PRESENT);
            assertThat(change.newStatus()).isEqualTo(AttendanceStatus.EXCUSED);
            assertThat(change.newNote()).isEqualTo("Xəstə idi, arayış gətirdi");
            assertThat(change.changedBy()).isEqualTo(a.w.teacherId());
            assertThat(change.changedAt()).as("recorded at the moment of the change")
                    .isBetween(Instant.parse("2027-02-09T16:00:00Z"), Instant.parse("2027-02-09T16:01:00Z"));
        });
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.changes(lesson.lessonId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_people_saving_the_same_sheet_the_second_is_told_and_nothing_of_theirs_is_written() {
        AttendanceWorld a = world();
        List<Long> kids = a.placeChildren(2);
        LessonFacts lesson = a.lessonOn(FEB_6);
        clock.setTo(Instant.parse("2027-02-06T09:15:00Z"));
        AttendanceSheet teachers = as(users, a.w.teacher(), () -> attendance.open(lesson.lessonId()));
        AttendanceSheet coordinators = as(users, a.w.coordinator(), () -> attendance.open(lesson.lessonId()));
        as(users, a.w.teacher(), () -> attendance.save(teachers, allPresent(teachers)));
        List<MarkEntry> absent = coordinators.rows().stream()
                .map(r -> new MarkEntry(r.childId(), AttendanceStatus.UNEXCUSED, null)).toList();
        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> attendance.save(coordinators, absent)))
                .isInstanceOf(SheetChangedProblem.class);
        assertThat(jdbc.queryForList("select status from attendance_mark where lesson_id = ?", String.class,
                lesson.lessonId())).hasSize(kids.size()).containsOnly("PRESENT");

        // Two first saves of a sheet nobody took yet: the primary key decides.
        LessonFacts next = a.lessonOn(FEB_13);
        clock.setTo(Instant.parse("2027-02-13T09:15:00Z"));
        AttendanceSheet first = as(users, a.w.teacher(), () -> attendance.open(next.lessonId()));
        AttendanceSheet second = as(users, a.w.coordinator(), () -> attendance.open(next.lessonId()));
        as(users, a.w.coordinator(), () -> attendance.save(second, allPresent(second)));
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.save(first, allPresent(first))))
                .isInstanceOf(SheetChangedProblem.class);
    }

    @Test
    void nobody_outside_the_class_reads_or_writes_its_sheet_even_with_guessed_ids() {
        AttendanceWorld a = world();
        AttendanceWorld other = world();
        a.placeChildren(2);
        other.placeChildren(1);
        LessonFacts lesson = a.lessonOn(FEB_6);
        clock.setTo(Instant.parse("2027-02-06T09:15:00Z"));
        for (String outsider : List.of(other.w.teacher(), other.w.coordinator(), a.w.parent(), other.w.parent())) {
            assertThatThrownBy(() -> as(users, outsider, () -> attendance.open(lesson.lessonId())))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, outsider, () -> attendance.lessonRecord(lesson.lessonId())))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.open(Long.MAX_VALUE - 7)))
                .isInstanceOf(AccessDeniedException.class);

        // A sheet is saved by whoever opened it; a child of another class cannot be slipped onto it.
        AttendanceSheet sheet = as(users, a.w.teacher(), () -> attendance.open(lesson.lessonId()));
        assertThatThrownBy(() -> as(users, other.w.teacher(), () -> attendance.save(sheet, allPresent(sheet))))
                .isInstanceOf(AccessDeniedException.class);
        List<MarkEntry> smuggled = new ArrayList<>(allPresent(sheet));
        smuggled.add(new MarkEntry(other.children.getFirst(), AttendanceStatus.UNEXCUSED, null));
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.save(sheet, smuggled)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from attendance_mark where child_id = ?", Long.class,
                other.children.getFirst())).isZero();
    }

    @Test
    void the_lesson_record_keeps_topic_homework_and_links_and_refuses_a_stale_save() {
        AttendanceWorld a = world();
        LessonFacts lesson = a.lessonOn(FEB_6);
        LessonRecordForm form = new LessonRecordForm("Ə hərfi", "Əlifba, 3-cü bölmə", "Səh. 12: Ə ilə beş söz yazın",
                "Uşaqlar çox fəal idi", List.of("https://example.org/ə-hərfi.pdf"));
        LessonRecordDetails saved = as(users, a.w.teacher(), () -> attendance.saveLessonRecord(lesson.lessonId(),
                null, form));
        assertThat(saved.form()).isEqualTo(form);
        LessonRecordDetails read = as(users, a.w.coordinator(), () -> attendance.lessonRecord(lesson.lessonId()));
        assertThat(read.form().homework()).isEqualTo("Səh. 12: Ə ilə beş söz yazın");
        assertThatThrownBy(() -> as(users, a.w.coordinator(), () -> attendance.saveLessonRecord(lesson.lessonId(),
                null, form))).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        LessonRecordForm badLink = new LessonRecordForm("", "", "", "", List.of("javascript:alert(1)"));
        assertThatThrownBy(() -> as(users, a.w.teacher(), () -> attendance.saveLessonRecord(lesson.lessonId(),
                read.version(), badLink))).isInstanceOfSatisfying(FieldProblems.class,
                p -> assertThat(p.byField()).containsKey("materialLinks"));
    }

    @Test
    void opening_a_sheet_costs_the_same_few_statements_for_5_or_30_children_and_saving_three_round_trips() {
        AttendanceWorld small = world();
        small.placeChildren(5);
        AttendanceWorld large = world();
        large.placeChildren(30);
        clock.setTo(Instant.parse("2027-02-06T09:15:00Z"));
        Map<String, Long> counts = new java.util.HashMap<>();
        for (AttendanceWorld a : List.of(small, large)) {
            long lessonId = a.lessonOn(FEB_6).lessonId();
            as(users, a.w.teacher(), () -> {
                attendance.open(lessonId); // the school's time zone is remembered after the first look
                SqlStatements.Counted<AttendanceSheet> opened = SqlStatements.counted(() -> attendance.open(lessonId));
                assertThat(opened.result().rows()).hasSize(a.children.size());
                counts.put("open-" + a.children.size(), opened.statements());
                long first = SqlStatements.roundTripsBesidesIdFetches(() -> attendance.save(opened.result(),
                        allPresent(opened.result())));
                counts.put("first-save-" + a.children.size(), first);
                AttendanceSheet again = attendance.open(lessonId);
                long second = SqlStatements.roundTripsBesidesIdFetches(() -> attendance.save(again,
                        with(again, a.children.get(1), AttendanceStatus.UNEXCUSED, null)));
                counts.put("save-" + a.children.size(), second);
            });
        }
        System.out.println("Sheet statements and round-trips: " + new java.util.TreeMap<>(counts));
        assertThat(counts.get("open-30")).isEqualTo(counts.get("open-5")).isLessThanOrEqualTo(6);
        assertThat(counts.get("first-save-30")).isEqualTo(counts.get("first-save-5")).isLessThanOrEqualTo(3);
        assertThat(counts.get("save-30")).isEqualTo(counts.get("save-5")).isLessThanOrEqualTo(3);
    }
}
