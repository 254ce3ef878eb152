package org.ocaq.enrolment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.classes.ClassFacts;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.PublicClass;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.enrolment.ApplicationRefused;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.TermService;
import org.ocaq.school.TermSummary;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Buttons;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applying for a class at /family/apply/&lt;class&gt;: the class (name, ages, days), the term (the school's terms not
 * yet over) and the children of the parent's families, or the adult learner themself. A refusal (age, a second
 * application, missing consent, a closed class) is shown as a message and the choices stay as they were.
 */
@Route("family/apply/:classId(\\d{1,18})")
@RolesAllowed({Role.PARENT_NAME, Role.STUDENT_NAME})
public class ApplyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient ApplicationService applications;
    private final transient ClassService classes;
    private final transient SchoolEnrolmentSettings schools;
    private final transient TermService terms;
    private final transient PeopleService people;

    private final Select<TermSummary> term = new Select<>();
    private final CheckboxGroup<ChildSummary> children = new CheckboxGroup<>();
    private final Checkbox self = new Checkbox();
    private final Paragraph message = new Paragraph();
    private String title = "";
    private long classId;

    public ApplyView(ApplicationService applications, ClassService classes, SchoolEnrolmentSettings schools,
                     TermService terms, PeopleService people) {
        this.applications = applications;
        this.classes = classes;
        this.schools = schools;
        this.terms = terms;
        this.people = people;
        addClassName("ocaq-page");
        setId("apply");
    }

    /** The address of the apply view for a class, for links from other pages. */
    public static String path(long classId) {
        return "family/apply/" + classId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClassFacts> found = event.getRouteParameters().getLong("classId").flatMap(classes::classFacts);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("family.apply.title") : getTranslation("family.apply.page-title", title);
    }

    private void show(ClassFacts facts) {
        classId = facts.id();
        title = facts.name();
        H2 name = new H2(facts.name());
        name.setId("apply-class-name");
        add(name, new Paragraph(schools.schoolName(facts.schoolId())));
        Paragraph ages = new Paragraph(getTranslation("family.apply.ages", facts.minAge(), facts.maxAge()));
        ages.setId("apply-class-ages");
        add(ages);
        Optional<PublicClass> open = classes.openClasses(facts.schoolId()).stream()
                .filter(c -> c.id() == facts.id()).findFirst();
        if (open.isPresent() && !open.get().slots().isEmpty()) {
            String zone = terms.schoolTimeZone(facts.schoolId()).getId();
            UnorderedList days = new UnorderedList();
            days.setId("apply-class-days");
            for (WeeklySlot slot : open.get().slots().stream()
                    .sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::startsAt)).toList()) {
                days.add(new ListItem(getTranslation("family.apply.slot",
                        slot.day().getDisplayName(TextStyle.FULL, getLocale()), TIME.format(slot.startsAt()),
                        TIME.format(slot.endsAt()), zone)));
            }
            add(days);
        }
        if (!facts.openForEnrolment()) {
            Paragraph closed = new Paragraph(getTranslation("family.apply.closed"));
            closed.setId("apply-class-closed");
            add(closed);
        }

        List<TermSummary> openTerms = schools.openTerms(facts.schoolId());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        term.setId("apply-term");
        term.setLabel(getTranslation("family.apply.term"));
        term.setItems(openTerms);
        term.setItemLabelGenerator(t -> getTranslation("family.apply.term-item", t.name(), dates.format(t.startsOn()),
                dates.format(t.endsOn())));
        term.setRequiredIndicatorVisible(true);
        if (!openTerms.isEmpty()) {
            term.setValue(openTerms.getFirst());
        }

        List<ChildSummary> mine = people.myFamilies().stream().flatMap(f -> f.children().stream()).toList();
        DateTimeFormatter birth = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        children.setId("apply-children");
        children.setLabel(getTranslation("family.apply.children"));
        children.setHelperText(getTranslation("family.apply.children-help"));
        children.setItems(mine);
        children.setItemLabelGenerator(c -> getTranslation("family.apply.child-item", c.fullName(),
                birth.format(c.dateOfBirth())));
        children.setVisible(!mine.isEmpty());
        if (mine.size() == 1) {
            children.setValue(java.util.Set.of(mine.getFirst()));
        }

        List<LearnerSummary> learner = people.myLearnerRecords();
        self.setId("apply-self");
        self.setLabel(learner.isEmpty() ? "" : getTranslation("family.apply.self", learner.getFirst().fullName()));
        self.setVisible(!learner.isEmpty());
        self.setValue(!learner.isEmpty() && mine.isEmpty());

        message.setId("apply-message");
        message.getElement().setAttribute("role", "alert");
        Button submit = Buttons.primary("apply-submit", getTranslation("family.apply.submit"), this::submit);
        submit.setEnabled(!openTerms.isEmpty());
        Div form = new Div(term, children, self, message, submit);
        form.addClassName("ocaq-form");
        add(form);
        if (openTerms.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("family.apply.no-terms"));
            none.setId("apply-no-terms");
            add(none);
        }
        if (!people.myFamilies().isEmpty()) {
            Anchor family = new Anchor("family", getTranslation("family.apply.to-family"));
            family.setId("apply-family-link");
            add(new Paragraph(family));
        }
    }

    private void submit() {
        message.setText("");
        term.setInvalid(false);
        if (term.getValue() == null) {
            term.setErrorMessage(getTranslation("family.apply.term-required"));
            term.setInvalid(true);
            message.setText(getTranslation("family.apply.term-required"));
            return;
        }
        boolean forSelf = self.isVisible() && self.getValue();
        List<Long> childIds = children.getValue().stream().map(ChildSummary::id).sorted().toList();
        try {
            if (!childIds.isEmpty() || !forSelf) {
                applications.apply(classId, term.getValue().id(), childIds);
            }
            if (forSelf) {
                applications.applyAsLearner(classId, term.getValue().id());
            }
        } catch (ApplicationRefused refused) {
            message.setText(getTranslation(refused.messageKey(), refused.parameters()));
            return;
        }
        Notification.show(getTranslation("family.apply.sent"));
        if (!people.myFamilies().isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(FamilyView.class));
        } else {
            message.setText(getTranslation("family.apply.sent"));
            children.setEnabled(false);
            self.setEnabled(false);
            term.setEnabled(false);
            add(new MyApplications(applications, classes, schools, terms));
        }
    }
}
