package org.ocaq.curriculum.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.curriculum.LocalizedText;
import org.ocaq.curriculum.PlanDetails;
import org.ocaq.shared.Role;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/**
 * One lesson plan: objectives, the words with their glosses in the reader's language, activities and homework ideas.
 * A teacher links a lesson to a plan from the lesson's page (attendance builds on the curriculum, not the reverse).
 */
@Route("curriculum/plans/:planId")
@RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class LessonPlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurriculumService curriculum;
    private transient PlanDetails plan;

    LessonPlanView(CurriculumService curriculum) {
        this.curriculum = curriculum;
        addClassName("ocaq-page");
        setId("lesson-plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            plan = curriculum.plan(event.getRouteParameters().getLong("planId").orElse(-1L));
        } catch (AccessDeniedException e) {
            add(new H2(getTranslation("curriculum.plan.not-found")));
            return;
        }
        var locale = getLocale();
        H2 title = new H2(plan.plan().title().in(locale));
        title.setId("plan-title");
        Anchor back = new Anchor("curriculum", getTranslation("curriculum.back"));
        Paragraph where = new Paragraph(plan.course().title().in(locale) + " · " + getTranslation("curriculum.unit",
                plan.unit().position(), plan.unit().title().in(locale)) + " · "
                + getTranslation("curriculum.minutes", plan.plan().durationMinutes()));
        Anchor unitMaterials = new Anchor("curriculum/units/" + plan.unit().id() + "/materials",
                getTranslation("curriculum.unit-materials"));
        unitMaterials.setId("plan-unit-materials");
        add(back, title, where, unitMaterials);
        if (plan.plan().retired()) {
            add(new Paragraph(getTranslation("curriculum.plan.retired")));
        }
        add(section("plan-objectives", "curriculum.plan.objectives", plan.content().objectives(), false));
        add(new H3(getTranslation("curriculum.plan.vocabulary")));
        Grid<LocalizedText> words = new Grid<>();
        words.setId("plan-vocabulary");
        words.setAriaLabel(getTranslation("curriculum.plan.vocabulary"));
        words.addColumn(LocalizedText::az).setHeader(getTranslation("curriculum.plan.word"));
        if (!"az".equals(locale.getLanguage())) {
            words.addColumn(w -> w.in(locale)).setHeader(getTranslation("curriculum.plan.gloss"));
        } else {
            words.addColumn(LocalizedText::en).setHeader(getTranslation("curriculum.plan.gloss-en"));
            words.addColumn(LocalizedText::ru).setHeader(getTranslation("curriculum.plan.gloss-ru"));
        }
        words.setItems(plan.content().vocabulary());
        words.setAllRowsVisible(true);
        add(words);
        add(section("plan-activities", "curriculum.plan.activities", plan.content().activities(), true));
        add(section("plan-homework", "curriculum.plan.homework", plan.content().homework(), false));
    }

    private Div section(String id, String titleKey, List<LocalizedText> items, boolean ordered) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.setId(id);
        var list = ordered ? new OrderedList() : new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item.in(getLocale()))));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("curriculum.title") : plan.plan().title().in(getLocale());
    }
}
