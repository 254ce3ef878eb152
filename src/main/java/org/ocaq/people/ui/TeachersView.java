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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherSort;
import org.ocaq.people.TeacherSummary;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.NamedPrincipal;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.GridSorting;

import java.util.Set;

import static org.ocaq.shared.ui.GridSorting.sortable;

/**
 * A school's teachers: a lazily paged, searchable list in Azerbaijani order (sortable by name or email, in the
 * database), the invitation of a new teacher and the profile of each. The school's teachers may read the list; only
 * its coordinator and the network office change it.
 */
@Route("school/teachers")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TEACHER_NAME})
@Menu(title = "people.teachers.menu", order = 30, icon = "vaadin:academy-cap")
public class TeachersView extends Main implements HasDynamicTitle {

    private final transient PeopleService people;
    private final SchoolChoice school;
    private final TextField search = new TextField();
    private final Grid<TeacherSummary> grid = new Grid<>();
    /** Not final: made after the school choice, whose listener (called only later) closes it. */
    private TeacherEditor editor;

    public TeachersView(PeopleService people, SchoolService schools, AuthenticationContext authentication) {
        this.people = people;
        addClassName("ocaq-page");
        setId("teachers");
        Set<Role> roles = authentication.getAuthenticatedUser(NamedPrincipal.class)
                .map(NamedPrincipal::roles).orElse(Set.of());
        boolean manages = roles.contains(Role.NETWORK_ADMIN) || roles.contains(Role.COORDINATOR);
        add(new H2(getTranslation("people.teachers.title")));

        school = new SchoolChoice(schools, "teachers-school", id -> {
            this.editor.setVisible(false);
            this.grid.getDataProvider().refreshAll();
        });
        editor = new TeacherEditor(people, school::schoolId, manages, id -> grid.getDataProvider().refreshAll());
        search.setId("teachers-search");
        search.setLabel(getTranslation("people.teachers.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button invite = Buttons.primary("teacher-invite-open", getTranslation("people.teachers.invite"),
                editor::invite);
        invite.setVisible(manages);
        Div tools = new Div(school, search, invite);
        tools.addClassName("ocaq-toolbar");
        add(tools);

        grid.setId("teachers-grid");
        grid.setAriaLabel(getTranslation("people.teachers.title"));
        sortable(grid.addColumn(TeacherSummary::fullName), TeacherSort.NAME)
                .setHeader(getTranslation("people.teacher.name")).setFlexGrow(2);
        sortable(grid.addColumn(TeacherSummary::email), TeacherSort.EMAIL)
                .setHeader(getTranslation("people.teacher.email"));
        grid.addColumn(TeacherSummary::languages).setHeader(getTranslation("people.teacher.languages"));
        grid.addColumn(TeacherSummary::subjects).setHeader(getTranslation("people.teacher.subjects"));
        grid.setItems(query -> school.hasSchool()
                        ? people.listTeachers(school.schoolId(), search.getValue(), query.getOffset(), query.getLimit(),
                        GridSorting.order(query, TeacherSort.class)).stream() : java.util.stream.Stream.empty(),
                query -> school.hasSchool() ? (int) people.countTeachers(school.schoolId(), search.getValue()) : 0);
        grid.addItemClickListener(e -> editor.edit(e.getItem().id()));
        add(grid, editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.teachers.title");
    }
}
