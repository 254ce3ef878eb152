package org.ocaq.attendance.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.attendance.FamilyAttendanceService;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.LessonFacts;
import org.ocaq.enrolment.ui.FamilyView;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent reports from the family page that their child will miss next Saturday's lesson; on the day, the teacher
 * opens the lesson and finds the child marked excused with the family's reason.
 */
@ViewPackages(classes = {ChildAttendanceView.class, LessonView.class, FamilyView.class, MainLayout.class})
class ParentReportsAbsenceTest extends BrowserlessUiTest {

    private static final LocalDate FEB_20 = LocalDate.of(2027, 2, 20);

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired ClassService classes;
    @Autowired MutableClock clock;
    @Autowired FamilyAttendanceService attendance;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_parent_reports_an_absence_and_the_teacher_sees_the_child_excused_with_the_reason() {
        AttendanceWorld a = worlds.create();
        a.placeChildren(1);
        long child = a.w.childId();
        LessonFacts feb20 = a.lessonOn(FEB_20);
        clock.setTo(Instant.parse("2027-02-13T09:15:00Z"));

        signIn(a.w.parent());
        navigate(FamilyView.class);
        assertThat($(Anchor.class).id("attendance-" + child).getHref()).isEqualTo(ChildAttendanceView.path(child));
        navigate(ChildAttendanceView.path(child), ChildAttendanceView.class);
        assertThat(present("absence-reports")).isTrue();

        // Without a reason nothing is sent, and the chosen day stays.
        test($(DatePicker.class).id("absence-first-day")).setValue(FEB_20);
        assertThat($(DatePicker.class).id("absence-last-day").getValue()).isEqualTo(FEB_20);
        test($(Button.class).id("absence-submit")).click();
        assertThat($(TextArea.class).id("absence-reason").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("absence-reason").getErrorMessage()).isEqualTo("Səbəbi yazın.");
        assertThat($(DatePicker.class).id("absence-first-day").getValue()).isEqualTo(FEB_20);

        test($(TextArea.class).id("absence-reason")).setValue("Həkimə gedəcək — Şəki");
        test($(Button.class).id("absence-submit")).click();
        assertThat($(Paragraph.class).id("absence-message").getText()).startsWith("Bildirildi.");
        assertThat($(Span.class).id("lesson-" + feb20.lessonId() + "-status").getText())
                .isEqualTo("Gəlməyəcəyi bildirilib: Həkimə gedəcək — Şəki");

        // A second report, taken back at once: its lesson is free again and the first report stays.
        LessonFacts feb27 = a.lessonOn(FEB_20.plusWeeks(1));
        test($(DatePicker.class).id("absence-first-day")).setValue(feb27.date());
        test($(TextArea.class).id("absence-reason")).setValue("Səfər");
        test($(Button.class).id("absence-submit")).click();
        long second = attendance.absenceReports(child).stream().filter(r -> r.reason().equals("Səfər"))
                .findFirst().orElseThrow().id();
        test($(Button.class).id("absence-report-" + second + "-withdraw")).click();
        assertThat($(Paragraph.class).id("child-attendance-message").getText()).isEqualTo("Bildiriş geri götürüldü.");
        assertThat(present("absence-report-" + second)).isFalse();
        assertThat($(Span.class).id("lesson-" + feb27.lessonId() + "-status").getText())
                .isEqualTo("Davamiyyət hələ qeyd olunmayıb");
        assertThat(attendance.absenceReports(child)).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Həkimə gedəcək — Şəki"));

        clock.setTo(Instant.parse("2027-02-20T09:05:00Z"));
        signIn(a.w.teacher());
        navigate("lessons/" + feb20.lessonId(), LessonView.class);
        assertThat($(Button.class).id("mark-" + child + "-EXCUSED").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat($(Button.class).id("mark-" + child + "-UNEXCUSED").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat($(TextField.class).id("note-" + child).getValue()).isEqualTo("Həkimə gedəcək — Şəki");
        assertThat(present("reported-" + child)).isTrue();
    }

    @Test
    void another_familys_child_is_not_found() {
        AttendanceWorld a = worlds.create();
        a.placeChildren(1);
        AttendanceWorld.OtherFamily other = a.otherFamily("Nərgiz", "Qasımova", "az");
        signIn(other.parent());
        try {
            navigate(ChildAttendanceView.path(a.w.childId()), ChildAttendanceView.class);
        } catch (IllegalArgumentException | AssertionError notShown) {
            // The browserless navigator refuses when the target is the error view instead of the expected one.
        }
        assertThat(present("absence-submit")).isFalse();
        assertThat(present("journal")).isFalse();
    }
}
