package org.ocaq.enrolment.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.enrolment.ApplicationState;
import org.ocaq.enrolment.ApplicationSummary;
import org.ocaq.people.ChildForm;
import org.ocaq.people.PeopleService;
import org.ocaq.privacy.ConsentKind;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

@ViewPackages(classes = {ApplicationQueueView.class, MainLayout.class})
class CoordinatorDecidesApplicationsTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired ClassService classes;
    @Autowired SchoolService schools;
    @Autowired PeopleService people;
    @Autowired ConsentService consents;
    @Autowired ApplicationService applications;

    @Test
    void the_coordinator_accepts_waitlists_rejects_with_a_reason_and_moves_and_a_freed_seat_is_offered() {
        TestData.World w = testData.world();
        long[] classIds = as(users, w.coordinator(), () -> new long[]{
                classes.createClass(w.schoolId(), new ClassForm("Oxu və yazı", "Azərbaycan dili", "A1", 6, 10, "az", 1,
                        "Otaq 1", null, true, List.of())),
                classes.createClass(w.schoolId(), new ClassForm("Nağıllar", "Ədəbiyyat", "A1", 6, 10, "az", 5,
                        "Otaq 2", null, true, List.of()))});
        long termId = as(users, w.coordinator(), () -> schools.createTerm(w.schoolId(), "Yaz 2027",
                LocalDate.of(2027, 1, 9), LocalDate.of(2027, 6, 30)));
        as(users, w.parent(), () -> {
            List<Long> children = List.of("Aytac", "Bəhruz", "Cəmilə").stream().map(name -> {
                long id = people.addChild(w.familyId(), new ChildForm(name, "Şirinli", null, LocalDate.of(2018, 4, 4),
                        "az"));
                consents.give(id, ConsentKind.DATA_PROCESSING);
                return id;
            }).toList();
            children.forEach(child -> applications.apply(classIds[0], termId, List.of(child)));
        });

        signIn(w.coordinator());
        navigate(ApplicationQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationSummary> grid = $(Grid.class).id("queue-grid");
        assertThat(names(grid)).containsExactly("Şirinli Aytac", "Şirinli Bəhruz", "Şirinli Cəmilə");

        // Accepting the first two into a class with one seat: the first gets it, the second is refused with why.
        grid.select(test(grid).getRow(0));
        grid.select(test(grid).getRow(1));
        test($(Button.class).id("queue-accept")).click();
        assertThat($(Paragraph.class).id("queue-message").getText()).contains("Qəbul olundu: 1.",
                "Şirinli Bəhruz: sinifdə boş yer yoxdur");

        grid.select(row(grid, "Şirinli Bəhruz"));
        test($(Button.class).id("queue-waitlist")).click();
        assertThat(state(grid, "Şirinli Bəhruz")).isEqualTo("Növbədədir · növbədə yer: 1");

        grid.select(row(grid, "Şirinli Cəmilə"));
        test($(Button.class).id("queue-reject")).click();
        assertThat($(Paragraph.class).id("queue-message").getText()).contains("Səbəbi yazın");
        test($(TextField.class).id("queue-reason")).setValue("Bu il yalnız bir bacı-qardaş qəbul edirik");
        test($(Button.class).id("queue-reject")).click();
        assertThat(names(grid)).doesNotContain("Şirinli Cəmilə");

        // The accepted child is withdrawn by the coordinator: the waiting child is offered the seat.
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ApplicationState> states = $(MultiSelectComboBox.class).id("queue-state");
        states.setValue(EnumSet.of(ApplicationState.ACCEPTED, ApplicationState.OFFERED, ApplicationState.SUBMITTED,
                ApplicationState.WAITLISTED));
        grid.select(row(grid, "Şirinli Aytac"));
        test($(TextField.class).id("queue-reason")).setValue("Ailə başqa şəhərə köçür");
        test($(Button.class).id("queue-withdraw")).click();
        assertThat(state(grid, "Şirinli Bəhruz")).startsWith("Yer təklif olunub");

        // The offered child is moved to another class, where the coordinator decides again.
        grid.select(row(grid, "Şirinli Bəhruz"));
        @SuppressWarnings("unchecked")
        ComboBox<ClassSummary> target = $(ComboBox.class).id("queue-move-target");
        target.setValue(target.getListDataView().getItems().filter(c -> c.name().equals("Nağıllar")).findFirst()
                .orElseThrow());
        test($(Button.class).id("queue-move")).click();
        int moved = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getCellText(i, 0).equals("Şirinli Bəhruz"))
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(moved, 1)).isEqualTo("Nağıllar");
        assertThat(test(grid).getCellText(moved, 3)).isEqualTo("Baxılır");
    }

    private static ApplicationSummary row(Grid<ApplicationSummary> grid, String name) {
        return grid.getGenericDataView().getItems().filter(a -> a.applicantName().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names(Grid<ApplicationSummary> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).applicantName()).toList();
    }

    private String state(Grid<ApplicationSummary> grid, String name) {
        int index = names(grid).indexOf(name);
        return test(grid).getCellText(index, 3);
    }
}
