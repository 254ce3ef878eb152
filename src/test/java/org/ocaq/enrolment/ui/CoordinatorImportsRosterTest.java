package org.ocaq.enrolment.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.enrolment.EnrolmentService;
import org.ocaq.enrolment.RosterRowResult;
import org.ocaq.enrolment.RosterRowStatus;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

@ViewPackages(classes = {RosterImportView.class, MainLayout.class})
class CoordinatorImportsRosterTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired ClassService classes;
    @Autowired PeopleService people;
    @Autowired EnrolmentService enrolment;

    @Test
    void a_coordinator_imports_the_sample_csv_after_fixing_one_rejected_row() throws Exception {
        TestData.World w = testData.world();
        Map<String, Long> classIds = new HashMap<>();
        as(users, w.coordinator(), () -> List.of("Azərbaycan dili 1 (6–7 yaş)", "Azərbaycan dili 2 (8–10 yaş)",
                        "Tarix və mədəniyyət", "Musiqi və rəqs")
                .forEach(name -> classIds.put(name, classes.createClass(w.schoolId(),
                        new ClassForm(name, "Azərbaycan dili", "A1", 6, 14, "az", 12)))));
        signIn(w.coordinator());
        navigate(RosterImportView.class);

        test($(Upload.class).id("roster-upload")).upload("berlin.csv", "text/csv", sample("berlin-hefte-sonu-2026.csv"));
        assertThat($(Paragraph.class).id("roster-message").getText()).contains("12");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> lastName = $(ComboBox.class).id("roster-column-child-last-name");
        assertThat(lastName.getItemLabelGenerator().apply(lastName.getValue())).isEqualTo("Soyad");

        test($(Button.class).id("roster-preview")).click();
        assertThat($(Paragraph.class).id("roster-summary").getText()).contains("Yeni: 8", "yenilənən: 1",
                "rədd edilən: 3");
        @SuppressWarnings("unchecked")
        Grid<RosterRowResult> grid = $(Grid.class).id("roster-grid");
        int impossibleDate = rowOfLine(grid, 8);
        assertThat(test(grid).getCellText(impossibleDate, 1)).isEqualTo("Rədd edildi");
        assertThat(test(grid).getCellText(impossibleDate, 5)).contains("31.02.2017");

        // The coordinator corrects the impossible 31 February on line 8 and skips the row of the unknown class.
        test(grid).select(impossibleDate);
        TextField date = $(TextField.class).id("roster-row-date-of-birth");
        assertThat(date.isInvalid()).isTrue();
        test(date).setValue("28.02.2017");
        test($(Button.class).id("roster-row-apply")).click();
        assertThat(test(grid).getCellText(rowOfLine(grid, 8), 1)).isEqualTo("Yeni");
        test(grid).select(rowOfLine(grid, 11));
        test($(Button.class).id("roster-row-skip")).click();
        assertThat($(Paragraph.class).id("roster-summary").getText()).contains("Yeni: 9", "rədd edilən: 1",
                "buraxılan: 1");

        test($(Button.class).id("roster-confirm")).click();
        Paragraph result = anyById(Paragraph.class, "roster-result");
        for (int i = 0; i < 200 && result.getText().isEmpty(); i++) {
            Thread.sleep(50);
            // The import runs on a background thread and reports through UI.access, as with a real browser polling.
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
        assertThat(result.getText()).as(anyById(Paragraph.class, "roster-message").getText()).contains("9 yeni uşaq", "1 yenilənmiş uşaq", "10 sinif yeri");
        List<String> firstClass = as(users, w.coordinator(), () -> enrolment.classRoster(
                classIds.get("Azərbaycan dili 1 (6–7 yaş)")).stream().map(ChildSummary::fullName).toList());
        assertThat(firstClass).contains("Abbasova Ləman", "Əliyeva Gülşən");
        assertThat(as(users, w.coordinator(), () -> people.countChildren(w.schoolId(), ""))).isEqualTo(10);
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_with_a_reason() {
        TestData.World w = testData.world();
        signIn(w.coordinator());
        navigate(RosterImportView.class);
        test($(Upload.class).id("roster-upload")).upload("list.csv", "text/csv",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThat($(Paragraph.class).id("roster-message").getText()).contains("UTF-8");
        assertThat(present("roster-mapping")).isFalse();
    }

    private static int rowOfLine(Grid<RosterRowResult> grid, int line) {
        List<RosterRowResult> rows = grid.getListDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).row().lineNumber() == line) {
                return i;
            }
        }
        throw new AssertionError("No line " + line);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = CoordinatorImportsRosterTest.class.getResourceAsStream("/rosters/" + name)) {
            return in.readAllBytes();
        }
    }
}
