package org.ocaq.classes.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassDetails;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

@ViewPackages(classes = {TimetableView.class, MainLayout.class})
class CoordinatorEditsClassTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired ClassService classes;

    @Test
    void coordinator_creates_a_class_with_two_slots_edits_it_and_a_stale_edit_keeps_what_was_typed() {
        TestData.World w = testData.world();
        signIn(w.coordinator());
        navigate(TimetableView.class);

        test($(Button.class).id("class-new")).click();
        text("class-name", "Bakı qrupu");
        text("class-subject", "Azərbaycan dili");
        number("class-min-age", 8);
        number("class-max-age", 11);
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("class-language");
        language.setValue("az");
        number("class-capacity", 14);
        text("class-room", "Otaq 3");
        text("class-link", "https://meet.example/baki");
        test($(Checkbox.class).id("class-open")).click();
        test($(Button.class).id("class-slot-add")).click();
        test($(Button.class).id("class-slot-add")).click();
        slot(0, DayOfWeek.SATURDAY, LocalTime.of(10, 0), 50);
        slot(1, DayOfWeek.WEDNESDAY, LocalTime.of(17, 30), 45);
        test($(Button.class).id("class-save")).click();
        assertThat($(Paragraph.class).id("class-editor-message").getText()).isEqualTo("Qrup yadda saxlanıldı.");

        @SuppressWarnings("unchecked")
        ComboBox<ClassSummary> select = $(ComboBox.class).id("class-select");
        assertThat(select.getValue().name()).isEqualTo("Bakı qrupu");
        long classId = select.getValue().id();
        ClassDetails saved = classes.getClass(classId);
        assertThat(saved.form().slots()).containsExactlyInAnyOrder(
                new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 50),
                new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(17, 30), 45));
        assertThat(saved.form().language()).isEqualTo("az");
        assertThat(saved.form().openForEnrolment()).isTrue();

        // Reopened, the editor shows what was saved.
        test($(Button.class).id("class-close")).click();
        test($(Button.class).id("class-edit")).click();
        assertThat($(TextField.class).id("class-room").getValue()).isEqualTo("Otaq 3");
        assertThat($(TextField.class).id("class-link").getValue()).isEqualTo("https://meet.example/baki");
        assertThat($(IntegerField.class).id("class-capacity").getValue()).isEqualTo(14);
        assertThat(slotTimes()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY + " 10:00 50",
                DayOfWeek.WEDNESDAY + " 17:30 45");

        // A link that is not https shows on its field; nothing typed is lost.
        text("class-link", "meet.example/baki");
        number("class-capacity", 16);
        test($(Button.class).id("class-save")).click();
        TextField link = $(TextField.class).id("class-link");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo("Onlayn dərs keçidi https:// ilə başlamalıdır.");
        assertThat(link.getValue()).isEqualTo("meet.example/baki");
        assertThat($(IntegerField.class).id("class-capacity").getValue()).isEqualTo(16);

        // A lesson of 5 minutes is a field error, not an exception.
        number("class-slot-minutes-1", 5);
        test($(Button.class).id("class-save")).click();
        IntegerField minutes = $(IntegerField.class).id("class-slot-minutes-1");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Dərs 15 ilə 600 dəqiqə arasında olmalıdır.");
        number("class-slot-minutes-1", 45);

        text("class-link", "https://meet.example/baki");
        test($(Button.class).id("class-save")).click();
        assertThat(classes.getClass(classId).form().capacity()).isEqualTo(16);

        // Someone else changes the class while the editor is open: the save is refused and the typed values stay.
        ClassForm current = classes.getClass(classId).form();
        classes.updateClass(classId, classes.getClass(classId).version(), new ClassForm(current.name(),
                current.subject(), current.level(), current.minAge(), current.maxAge(), current.language(), 20,
                current.room(), current.meetingLink(), current.openForEnrolment(), current.slots()));
        number("class-capacity", 18);
        text("class-room", "Otaq 5");
        test($(Button.class).id("class-save")).click();
        assertThat($(Paragraph.class).id("class-editor-message").getText())
                .isEqualTo("Bu məlumatı siz saxlayana qədər başqası dəyişdi. Səhifəni yeniləyin və yenidən cəhd edin.");
        assertThat($(IntegerField.class).id("class-capacity").getValue()).isEqualTo(18);
        assertThat($(TextField.class).id("class-room").getValue()).isEqualTo("Otaq 5");
        assertThat(classes.getClass(classId).form().capacity()).isEqualTo(20);
    }

    private void text(String id, String value) {
        test($(TextField.class).id(id)).setValue(value);
    }

    private void number(String id, int value) {
        test($(IntegerField.class).id(id)).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private void slot(int row, DayOfWeek day, LocalTime startsAt, int minutes) {
        Select<DayOfWeek> daySelect = $(Select.class).id("class-slot-day-" + row);
        daySelect.setValue(day);
        test($(TimePicker.class).id("class-slot-time-" + row)).setValue(startsAt);
        number("class-slot-minutes-" + row, minutes);
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> slotTimes() {
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; present("class-slot-day-" + i); i++) {
            Select<DayOfWeek> day = $(Select.class).id("class-slot-day-" + i);
            shown.add(day.getValue() + " " + $(TimePicker.class).id("class-slot-time-" + i).getValue() + " "
                    + $(IntegerField.class).id("class-slot-minutes-" + i).getValue());
        }
        return shown;
    }
}
