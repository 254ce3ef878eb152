package org.ocaq.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.people.LearnerSort;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.Forms;
import org.ocaq.shared.ui.GridSorting;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.ocaq.shared.ui.GridSorting.sortable;

/**
 * A school's adult learners (dinləyicilər): a lazily paged, searchable list and the invitation of a new learner, who
 * gets an account of their own. For the school's coordinator and the network office.
 */
@Route("school/learners")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
@Menu(title = "people.learners.menu", order = 32, icon = "vaadin:user-card")
public class LearnersView extends Main implements HasDynamicTitle {

    private final transient PeopleService people;
    private final SchoolChoice school;
    private final TextField search = new TextField();
    private final Grid<LearnerSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Locale> language = new Select<>();
    private final Paragraph message = new Paragraph();

    public LearnersView(PeopleService people, SchoolService schools) {
        this.people = people;
        addClassName("ocaq-page");
        setId("learners");
        add(new H2(getTranslation("people.learners.title")));
        school = new SchoolChoice(schools, "learners-school", id -> this.grid.getDataProvider().refreshAll());
        search.setId("learners-search");
        search.setLabel(getTranslation("people.learners.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div tools = new Div(school, search);
        tools.addClassName("ocaq-toolbar");
        add(tools);

        grid.setId("learners-grid");
        grid.setAriaLabel(getTranslation("people.learners.title"));
        sortable(grid.addColumn(LearnerSummary::fullName), LearnerSort.NAME)
                .setHeader(getTranslation("people.learner.name")).setFlexGrow(2);
        grid.addColumn(LearnerSummary::email).setHeader(getTranslation("people.learner.email")).setFlexGrow(2);
        grid.setItems(query -> school.hasSchool()
                        ? people.listLearners(school.schoolId(), search.getValue(), query.getOffset(), query.getLimit(),
                        GridSorting.order(query, LearnerSort.class)).stream() : Stream.empty(),
                query -> school.hasSchool() ? (int) people.countLearners(school.schoolId(), search.getValue()) : 0);
        add(grid);

        name.setId("learner-name");
        name.setLabel(getTranslation("people.learner.name"));
        name.setRequiredIndicatorVisible(true);
        email.setId("learner-email");
        email.setLabel(getTranslation("people.learner.email"));
        email.setRequiredIndicatorVisible(true);
        language.setId("learner-language");
        language.setLabel(getTranslation("people.learner.mail-language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("shared.language." + l.getLanguage()));
        language.setValue(Languages.DEFAULT);
        message.setId("learner-message");
        message.getElement().setAttribute("role", "alert");
        Div form = new Div(name, email, language,
                Buttons.primary("learner-invite", getTranslation("people.learner.invite"), this::invite));
        form.addClassName("ocaq-form");
        add(new H3(getTranslation("people.learners.add")), form, message);
    }

    private void invite() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("fullName", name, "displayName", name,
                "email", email);
        message.setText("");
        try {
            Forms.showProblems(Map.of(), fields);
            people.inviteLearner(school.schoolId(), name.getValue(), email.getValue(), language.getValue());
            message.setText(getTranslation("people.learner.invited", email.getValue()));
            name.clear();
            email.clear();
            grid.getDataProvider().refreshAll();
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.learners.title");
    }
}
