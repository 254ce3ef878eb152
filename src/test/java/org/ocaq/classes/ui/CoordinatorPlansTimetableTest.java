package org.ocaq.classes.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.LessonSummary;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@ViewPackages(classes = {TimetableView.class, MainLayout.class})
class CoordinatorPlansTimetableTest extends BrowserlessUiTest {

    @Autowired TestData testData;

    @Test
    void coordinator_creates_a_term_with_a_holiday_and_a_class_and_the_lessons_skip_the_holiday() {
        TestData.World w = testData.world();
        signIn(w.coordinator());
        navigate(TimetableView.class);

        test($(TextField.class).id("term-name")).setValue("Payız 2026");
        test($(DatePicker.class).id("term-start")).setValue(LocalDate.of(2026, 9, 1));
        test($(DatePicker.class).id("term-end")).setValue(LocalDate.of(2026, 12, 19));
        test($(Button.class).id("term-add")).click();

        test($(TextField.class).id("break-name")).setValue("Payız tətili");
        test($(DatePicker.class).id("break-first")).setValue(LocalDate.of(2026, 10, 24));
        test($(DatePicker.class).id("break-last")).setValue(LocalDate.of(2026, 11, 1));
        test($(Button.class).id("break-add")).click();
        assertThat(test($(Grid.class).id("breaks-grid")).size()).isEqualTo(1);

        // A new slot row starts at Saturday 10:00 for 60 minutes.
        test($(Button.class).id("class-new")).click();
        test($(TextField.class).id("class-name")).setValue("Şuşa qrupu");
        test($(IntegerField.class).id("class-min-age")).setValue(7);
        test($(IntegerField.class).id("class-max-age")).setValue(10);
        test($(IntegerField.class).id("class-capacity")).setValue(12);
        test($(Button.class).id("class-slot-add")).click();
        test($(Button.class).id("class-save")).click();
        test($(Button.class).id("lessons-generate")).click();

        @SuppressWarnings("unchecked")
        Grid<LessonSummary> grid = $(Grid.class).id("lessons-grid");
        assertThat(test(grid).size()).isEqualTo(14);
        List<LessonSummary> shown = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(shown).extracting(LessonSummary::date)
                .doesNotContain(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 31))
                .contains(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 7));
        assertThat(shown).allSatisfy(l -> assertThat(l.startsAt()).isEqualTo(LocalTime.of(10, 0)));

        test(grid).select(0);
        test($(TextField.class).id("lesson-cancel-reason")).setValue("Bayram");
        test($(Button.class).id("lesson-cancel")).click();
        assertThat(test(grid).getCellText(0, 2)).contains("Ləğv edilib").contains("Bayram");
    }
}
