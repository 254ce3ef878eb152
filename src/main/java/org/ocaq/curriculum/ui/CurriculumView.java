package org.ocaq.curriculum.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.curriculum.CourseDetails;
import org.ocaq.curriculum.CourseSummary;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.curriculum.PlanSummary;
import org.ocaq.curriculum.UnitSummary;
import com.vaadin.flow.component.button.Button;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.Role;

import java.util.List;

/** The curriculum browser: a course, its units in order, each unit's lesson plans; or a search across all plans. */
@Route("curriculum")
@RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Menu(title = "curriculum.menu", order = 32, icon = "vaadin:book")
class CurriculumView extends Main implements HasDynamicTitle {

    private final transient CurriculumService curriculum;
    private final Div content = new Div();
    private final List<ClassSummary> myClasses;

    CurriculumView(CurriculumService curriculum, ClassService classes, SchoolService schools) {
        this.curriculum = curriculum;
        // The classes this person may set a course for: the ones they teach, or all of the schools they run.
        List<ClassSummary> mine = new java.util.ArrayList<>(classes.myClasses());
        schools.coordinatedSchools().forEach(s -> classes.allClasses(s.id()).stream()
                .filter(c -> mine.stream().noneMatch(m -> m.id() == c.id())).forEach(mine::add));
        this.myClasses = List.copyOf(mine);
        addClassName("ocaq-page");
        setId("curriculum");
        add(new H2(getTranslation("curriculum.title")));

        TextField search = new TextField(getTranslation("curriculum.search"));
        search.setId("curriculum-search");
        search.setHelperText(getTranslation("curriculum.search-help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        ComboBox<CourseSummary> course = new ComboBox<>(getTranslation("curriculum.course"));
        course.setId("curriculum-course");
        List<CourseSummary> courses = curriculum.courses();
        course.setItems(courses);
        course.setItemLabelGenerator(c -> c.title().in(getLocale()) + ageText(c));
        course.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                search.clear();
                showCourse(curriculum.course(e.getValue().id()));
            }
        });
        search.addValueChangeListener(e -> {
            if (!e.getValue().isBlank()) {
                course.clear();
                showResults(curriculum.search(e.getValue(), 50));
            }
        });
        Div filters = new Div(course, search);
        filters.addClassName("ocaq-filters");
        content.setId("curriculum-content");
        add(filters, content);
        if (!courses.isEmpty()) {
            course.setValue(courses.getFirst());
        }
    }

    private String ageText(CourseSummary course) {
        return course.ageFrom() == null ? ""
                : " · " + getTranslation("curriculum.ages", course.ageFrom(), course.ageTo());
    }

    private void showCourse(CourseDetails details) {
        content.removeAll();
        CourseSummary course = details.course();
        content.add(new H3(course.title().in(getLocale())));
        if (course.description() != null && course.description().az() != null) {
            content.add(new Paragraph(course.description().in(getLocale())));
        }
        content.add(followBox(course));
        for (UnitSummary unit : details.units()) {
            UnorderedList plans = new UnorderedList();
            details.plansByUnit().getOrDefault(unit.id(), List.of()).forEach(p -> plans.add(new ListItem(link(p))));
            // The unit's materials are the material feature's page, reached by its address.
            Anchor unitMaterials = new Anchor("curriculum/units/" + unit.id() + "/materials",
                    getTranslation("curriculum.unit-materials"));
            unitMaterials.setId("unit-" + unit.slug() + "-materials");
            Details section = new Details(getTranslation("curriculum.unit", unit.position(), unit.title().in(getLocale())),
                    plans, unitMaterials);
            section.setId("unit-" + unit.slug());
            section.setOpened(true);
            content.add(section);
        }
    }

    private Div followBox(CourseSummary course) {
        Div box = new Div();
        box.setId("course-follow");
        box.addClassName("ocaq-filters");
        if (myClasses.isEmpty()) {
            return box;
        }
        ComboBox<ClassSummary> schoolClass = new ComboBox<>(getTranslation("curriculum.follow.class"));
        schoolClass.setId("course-follow-class");
        schoolClass.setItems(myClasses);
        schoolClass.setItemLabelGenerator(ClassSummary::name);
        Paragraph result = new Paragraph();
        result.setId("course-follow-result");
        result.getElement().setAttribute("role", "status");
        Button follow = new Button(getTranslation("curriculum.follow.button"), e -> {
            if (schoolClass.getValue() == null) {
                schoolClass.setInvalid(true);
                schoolClass.setErrorMessage(getTranslation("curriculum.follow.choose-class"));
                return;
            }
            curriculum.followCourse(schoolClass.getValue().id(), course.id());
            result.setText(getTranslation("curriculum.follow.done", schoolClass.getValue().name(),
                    course.title().in(getLocale())));
        });
        follow.setId("course-follow-button");
        box.add(schoolClass, follow, result);
        return box;
    }

    private void showResults(List<PlanSummary> found) {
        content.removeAll();
        if (found.isEmpty()) {
            content.add(new Paragraph(getTranslation("curriculum.none-found")));
            return;
        }
        UnorderedList list = new UnorderedList();
        found.forEach(p -> list.add(new ListItem(link(p))));
        content.add(list);
    }

    private Anchor link(PlanSummary plan) {
        Anchor link = new Anchor("curriculum/plans/" + plan.id(), plan.title().in(getLocale()) + " · "
                + getTranslation("curriculum.minutes", plan.durationMinutes()));
        link.setId("plan-" + plan.slug());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curriculum.title");
    }
}
