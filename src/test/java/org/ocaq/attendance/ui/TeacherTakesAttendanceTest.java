package org.ocaq.attendance.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.attendance.SheetRow;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.LessonFacts;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/** A teacher takes attendance on the lesson page; a second person saving the same sheet is caught, not overwritten. */
@ViewPackages(classes = {LessonView.class, LessonsView.class, MainLayout.class})
class TeacherTakesAttendanceTest extends BrowserlessUiTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired ClassService classes;
    @Autowired AttendanceService attendance;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private AttendanceWorld world() {
        return worlds.create();
    }

    private Map<Long, AttendanceStatus> stored(AttendanceWorld a, long lessonId) {
        return as(users, a.w.coordinator(), () -> attendance.open(lessonId)).rows().stream()
                .filter(r -> r.status() != null)
                .collect(Collectors.toMap(SheetRow::childId, SheetRow::status));
    }

    private boolean pressed(long childId, AttendanceStatus status) {
        return "true".equals($(Button.class).id("mark-" + childId + "-" + status.name()).getElement()
                .getAttribute("aria-pressed"));
    }

    @Test
    void all_present_in_one_tap_then_the_exceptions_then_one_save() {
        AttendanceWorld a = world();
        List<Long> kids = a.placeChildren(4);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 6));
        clock.setTo(Instant.parse("2027-02-06T09:10:00Z"));
        signIn(a.w.teacher());
        navigate(LessonsView.class);
        assertThat(present("lesson-" + lesson.lessonId())).isTrue();

        navigate("lessons/" + lesson.lessonId(), LessonView.class);
        test($(Button.class).id("all-present")).click();
        assertThat(kids).allMatch(id -> pressed(id, AttendanceStatus.PRESENT));
        test($(Button.class).id("mark-" + kids.get(1) + "-LATE")).click();
        test($(Button.class).id("mark-" + kids.get(2) + "-UNEXCUSED")).click();
        test($(TextField.class).id("note-" + kids.get(1))).setValue("Avtobus gecikdi");
        assertThat($(Paragraph.class).id("sheet-counts").getText()).contains("2", "1");
        test($(Button.class).id("save-attendance")).click();

        assertThat($(Paragraph.class).id("sheet-message").getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("attendance.sheet.saved"));
        assertThat(stored(a, lesson.lessonId())).containsEntry(kids.get(0), AttendanceStatus.PRESENT)
                .containsEntry(kids.get(1), AttendanceStatus.LATE)
                .containsEntry(kids.get(2), AttendanceStatus.UNEXCUSED)
                .containsEntry(kids.get(3), AttendanceStatus.PRESENT);
    }

    @Test
    void a_sheet_saved_meanwhile_by_someone_else_is_not_overwritten_and_the_teacher_keeps_their_entries() {
        AttendanceWorld a = world();
        List<Long> kids = a.placeChildren(3);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 6));
        clock.setTo(Instant.parse("2027-02-06T09:10:00Z"));
        signIn(a.w.teacher());
        navigate("lessons/" + lesson.lessonId(), LessonView.class);
        test($(Button.class).id("all-present")).click();
        test($(Button.class).id("mark-" + kids.get(0) + "-UNEXCUSED")).click();

        // Meanwhile the coordinator takes the same sheet on another device: everyone present, one late.
        as(users, a.w.coordinator(), () -> {
            AttendanceSheet sheet = attendance.open(lesson.lessonId());
            attendance.save(sheet, sheet.rows().stream().map(r -> new MarkEntry(r.childId(),
                    r.childId() == kids.get(2) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT, null)).toList());
        });

        test($(Button.class).id("save-attendance")).click();
        assertThat($(Paragraph.class).id("sheet-message").getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("attendance.sheet.changed-by-someone-else"));
        assertThat(stored(a, lesson.lessonId())).as("the coordinator's marks stand")
                .containsEntry(kids.get(0), AttendanceStatus.PRESENT)
                .containsEntry(kids.get(2), AttendanceStatus.LATE);
        assertThat(pressed(kids.get(0), AttendanceStatus.UNEXCUSED)).as("the teacher's entry is still on screen")
                .isTrue();

        test($(Button.class).id("reload-sheet")).click();
        assertThat(pressed(kids.get(0), AttendanceStatus.UNEXCUSED)).as("the teacher's change on top").isTrue();
        // Both changed the third child: the teacher's entry stays, with the coordinator's saved mark beside it.
        assertThat(pressed(kids.get(2), AttendanceStatus.PRESENT)).isTrue();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("meanwhile-" + kids.get(2)).getText())
                .contains(com.vaadin.flow.component.UI.getCurrent().getTranslation("attendance.status.LATE"));
        assertThat(present("meanwhile-" + kids.get(0))).isTrue();
        assertThat(present("meanwhile-" + kids.get(1))).as("both marked present: nothing to decide").isFalse();
        test($(Button.class).id("mark-" + kids.get(2) + "-LATE")).click();
        test($(Button.class).id("save-attendance")).click();
        assertThat(stored(a, lesson.lessonId())).containsEntry(kids.get(0), AttendanceStatus.UNEXCUSED)
                .containsEntry(kids.get(1), AttendanceStatus.PRESENT)
                .containsEntry(kids.get(2), AttendanceStatus.LATE);
    }

    @Test
    void the_lesson_record_is_saved_and_a_bad_link_keeps_what_was_typed() {
        AttendanceWorld a = world();
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 13));
        signIn(a.w.teacher());
        navigate("lessons/" + lesson.lessonId(), LessonView.class);
        assertThat($(Paragraph.class).id("sheet-lock").getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("attendance.sheet.locked.not-started"));
        test($(TextField.class).id("record-topic")).setValue("Ş və ş hərfləri");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("record-homework"))
                .setValue("Şeiri əzbərləyin");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("record-links")).setValue("ftp://köhnə");
        test($(Button.class).id("save-record")).click();
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class).id("record-links").isInvalid()).isTrue();
        assertThat($(TextField.class).id("record-topic").getValue()).isEqualTo("Ş və ş hərfləri");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("record-links"))
                .setValue("https://example.org/şeir.pdf");
        test($(Button.class).id("save-record")).click();
        assertThat(as(users, a.w.coordinator(), () -> attendance.lessonRecord(lesson.lessonId())).form())
                .satisfies(f -> {
                    assertThat(f.topic()).isEqualTo("Ş və ş hərfləri");
                    assertThat(f.homework()).isEqualTo("Şeiri əzbərləyin");
                    assertThat(f.materialLinks()).containsExactly("https://example.org/şeir.pdf");
                });

        // The lesson will not take place: cancelled with a reason, its sheet closed.
        test($(Button.class).id("cancel-lesson")).click();
        assertThat($(TextField.class).id("cancel-reason").isInvalid()).isTrue();
        test($(TextField.class).id("cancel-reason")).setValue("Müəllim xəstədir");
        test($(Button.class).id("cancel-lesson")).click();
        assertThat($(Paragraph.class).id("lesson-cancelled").getText()).contains("Müəllim xəstədir");
        assertThat($(Paragraph.class).id("sheet-lock").getText())
                .isEqualTo(com.vaadin.flow.component.UI.getCurrent().getTranslation("attendance.sheet.locked.cancelled"));
        assertThat($(Button.class).id("save-attendance").isEnabled()).isFalse();
    }

}
