package org.ocaq.school.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The network office sorts the schools grid by a column header, either way; the database does the sorting. */
@ViewPackages(classes = {SchoolsAdminView.class, CountriesAdminView.class, MainLayout.class})
class NetworkOfficeSortsSchoolsTest extends BrowserlessUiTest {

    @Autowired SchoolService schools;

    @Test
    @SuppressWarnings("unchecked")
    void sorting_a_column_of_the_schools_grid_changes_the_order_shown() {
        String key = TestData.unique("sutun");
        SystemContext.run(() -> {
            schools.ensureCountry("DE", 16);
            schools.ensureCountry("TR", 16);
            schools.ensureCountry("GB", 16);
            schools.createSchool(form("Şükürov " + key, "Ankara", "TR"));
            schools.createSchool(form("Çələbi " + key, "London", "GB"));
            schools.createSchool(form("Əliyev " + key, "München", "DE"));
            schools.createSchool(form("Ağayev " + key, "Berlin", "DE"));
        });
        signIn(DemoNetwork.ADMIN);
        navigate(SchoolsAdminView.class);
        test($(TextField.class).id("schools-search")).setValue(key);
        Grid<SchoolSummary> grid = $(Grid.class).id("schools-grid");
        List<Grid.Column<SchoolSummary>> columns = grid.getColumns();

        assertThat(columns.subList(0, 3)).allMatch(Grid.Column::isSortable);
        assertThat(columns.get(3).isSortable()).as("the delivery column is not sorted").isFalse();
        assertThat(firstColumn(grid, key)).containsExactly("Ağayev", "Çələbi", "Əliyev", "Şükürov");

        grid.sort(List.of(new GridSortOrder<>(columns.get(0), SortDirection.DESCENDING)));
        assertThat(firstColumn(grid, key)).containsExactly("Şükürov", "Əliyev", "Çələbi", "Ağayev");

        grid.sort(List.of(new GridSortOrder<>(columns.get(1), SortDirection.ASCENDING)));
        assertThat(firstColumn(grid, key)).containsExactly("Şükürov", "Ağayev", "Çələbi", "Əliyev");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Ankara");

        grid.sort(List.of(new GridSortOrder<>(columns.get(2), SortDirection.DESCENDING)));
        assertThat(firstColumn(grid, key)).containsExactly("Şükürov", "Çələbi", "Əliyev", "Ağayev");

        // Unsorted again: the default Azerbaijani order by name.
        grid.sort(List.of());
        assertThat(firstColumn(grid, key)).containsExactly("Ağayev", "Çələbi", "Əliyev", "Şükürov");
    }

    private List<String> firstColumn(Grid<SchoolSummary> grid, String key) {
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, 0))
                .map(name -> name.replace(" " + key, "")).toList();
    }

    private static SchoolForm form(String name, String city, String country) {
        return new SchoolForm(name, city, country, Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null,
                null);
    }
}
