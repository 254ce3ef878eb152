package org.ocaq.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.people.FamilyRow;
import org.ocaq.people.FamilySort;
import org.ocaq.people.GuardianSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.GridSorting;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.ocaq.shared.ui.GridSorting.sortable;

/**
 * A school's families: a lazily paged list in Azerbaijani order (either way) with their guardians' contacts,
 * searchable by a guardian's or a child's name, and the family editor. For the school's coordinator and the network
 * office.
 */
@Route("school/families")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Menu(title = "people.families.menu", order = 31, icon = "vaadin:family")
public class FamiliesView extends Main implements HasDynamicTitle {

    private final transient PeopleService people;
    private final SchoolChoice school;
    private final TextField search = new TextField();
    private final Grid<FamilyRow> grid = new Grid<>();
    /** Not final: made after the school choice, whose listener (called only later) closes it. */
    private FamilyEditor editor;

    public FamiliesView(PeopleService people, SchoolService schools) {
        this.people = people;
        addClassName("ocaq-page");
        setId("families");
        add(new H2(getTranslation("people.families.title")));
        school = new SchoolChoice(schools, "families-school", id -> {
            this.editor.setVisible(false);
            this.grid.getDataProvider().refreshAll();
        });
        editor = new FamilyEditor(people, school::schoolId, id -> grid.getDataProvider().refreshAll());
        search.setId("families-search");
        search.setLabel(getTranslation("people.families.search"));
        search.setHelperText(getTranslation("people.families.search-help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = Buttons.primary("family-new", getTranslation("people.families.new"), editor::newFamily);
        Div tools = new Div(school, search, create);
        tools.addClassName("ocaq-toolbar");
        add(tools);

        grid.setId("families-grid");
        grid.setAriaLabel(getTranslation("people.families.title"));
        sortable(grid.addColumn(FamilyRow::name), FamilySort.NAME)
                .setHeader(getTranslation("people.family.name")).setFlexGrow(2);
        grid.addColumn(f -> f.guardians().stream().map(GuardianSummary::fullName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.families.guardians")).setFlexGrow(2);
        grid.addColumn(f -> f.guardians().stream().map(FamiliesView::contact).filter(c -> !c.isEmpty())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("people.families.contacts"))
                .setFlexGrow(3);
        grid.addColumn(FamilyRow::childCount).setHeader(getTranslation("people.families.children"));
        grid.setItems(query -> school.hasSchool()
                        ? people.listFamilies(school.schoolId(), search.getValue(), query.getOffset(), query.getLimit(),
                        GridSorting.order(query, FamilySort.class)).stream() : Stream.empty(),
                query -> school.hasSchool() ? (int) people.countFamilies(school.schoolId(), search.getValue()) : 0);
        grid.addItemClickListener(e -> editor.edit(e.getItem().id()));
        add(grid, editor);
    }

    private static String contact(GuardianSummary guardian) {
        return Stream.of(guardian.email(), guardian.phone()).filter(c -> c != null && !c.isBlank())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.families.title");
    }
}
