package org.ocaq.enrolment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.enrolment.ApplicationRefused;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.enrolment.ApplicationState;
import org.ocaq.enrolment.ApplicationSummary;
import org.ocaq.enrolment.DecisionResult;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.school.TermService;
import org.ocaq.school.TermSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.Forms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The coordinator's queue: every application of the school, filtered by class, term and state, in order of arrival.
 * Accept (several at once), waitlist, move to another class, reject or withdraw with a reason; each decision is
 * mailed to the family by the service.
 */
@Route("school/applications")
@RolesAllowed(Role.COORDINATOR_NAME)
@Menu(title = "enrolment.queue.menu", order = 24, icon = "vaadin:clipboard-check")
public class ApplicationQueueView extends Main implements HasDynamicTitle {

    private final transient ApplicationService applications;
    private final transient SchoolEnrolmentSettings settings;
    private final long schoolId;
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, String> termNames = new HashMap<>();

    private final ComboBox<ClassSummary> classFilter = new ComboBox<>();
    private final ComboBox<TermSummary> termFilter = new ComboBox<>();
    private final MultiSelectComboBox<ApplicationState> stateFilter = new MultiSelectComboBox<>();
    private final Grid<ApplicationSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<ApplicationSummary, Void, Void> rows;
    private final ComboBox<ClassSummary> moveTarget = new ComboBox<>();
    private final TextField reason = new TextField();
    private final IntegerField offerDays = new IntegerField();
    private final Paragraph message = new Paragraph();

    public ApplicationQueueView(ApplicationService applications, SchoolService schools, ClassService classes,
                                SchoolEnrolmentSettings settings, TermService termService) {
        this.applications = applications;
        this.settings = settings;
        this.schoolId = schools.coordinatedSchools().stream().findFirst().map(SchoolSummary::id).orElse(-1L);
        addClassName("ocaq-page");
        setId("application-queue");
        List<ClassSummary> schoolClasses = schoolId < 0 ? List.of() : classes.allClasses(schoolId);
        List<TermSummary> terms = schoolId < 0 ? List.of() : schools.terms(schoolId);
        schoolClasses.forEach(c -> classNames.put(c.id(), c.name()));
        terms.forEach(t -> termNames.put(t.id(), t.name()));
        add(new H2(getTranslation("enrolment.queue.title")));

        classFilter.setId("queue-class");
        classFilter.setLabel(getTranslation("enrolment.queue.class"));
        classFilter.setItems(schoolClasses);
        classFilter.setItemLabelGenerator(ClassSummary::name);
        classFilter.setClearButtonVisible(true);
        termFilter.setId("queue-term");
        termFilter.setLabel(getTranslation("enrolment.queue.term"));
        termFilter.setItems(terms);
        termFilter.setItemLabelGenerator(TermSummary::name);
        termFilter.setClearButtonVisible(true);
        stateFilter.setId("queue-state");
        stateFilter.setLabel(getTranslation("enrolment.queue.state"));
        stateFilter.setItems(ApplicationState.values());
        stateFilter.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        stateFilter.setValue(EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.WAITLISTED,
                ApplicationState.OFFERED));
        Div filters = new Div(classFilter, termFilter, stateFilter);
        filters.addClassName("ocaq-filters");
        add(filters);

        rows = new CallbackDataProvider<ApplicationSummary, Void>(
                query -> applications.queue(schoolId, classId(), termId(), stateFilter.getValue(), query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) applications.countQueue(schoolId, classId(), termId(), stateFilter.getValue()),
                ApplicationSummary::id).withConfigurableFilter();
        classFilter.addValueChangeListener(e -> rows.refreshAll());
        termFilter.addValueChangeListener(e -> rows.refreshAll());
        stateFilter.addValueChangeListener(e -> rows.refreshAll());

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        // Dates as the school lives them.
        ZoneId zone = schoolId < 0 ? ZoneId.of("UTC") : termService.schoolTimeZone(schoolId);
        grid.setId("queue-grid");
        grid.setAriaLabel(getTranslation("enrolment.queue.title"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ApplicationSummary::applicantName).setHeader(getTranslation("enrolment.queue.applicant"));
        grid.addColumn(a -> classNames.getOrDefault(a.classId(), "")).setHeader(getTranslation("enrolment.queue.class"));
        grid.addColumn(a -> termNames.getOrDefault(a.termId(), "")).setHeader(getTranslation("enrolment.queue.term"));
        grid.addColumn(a -> getTranslation(a.state().labelKey()) + (a.queuePosition() == null ? ""
                : " · " + getTranslation("enrolment.queue.position", a.queuePosition())))
                .setHeader(getTranslation("enrolment.queue.state"));
        grid.addColumn(a -> dates.format(a.appliedAt().atZone(zone)))
                .setHeader(getTranslation("enrolment.queue.applied"));
        grid.addColumn(a -> a.offerExpiresAt() == null ? (a.reason() == null ? "" : a.reason())
                : getTranslation("enrolment.queue.offer-until", dates.format(a.offerExpiresAt()
                        .atZone(zone)))).setHeader(getTranslation("enrolment.queue.note"));
        grid.setItems(rows);
        add(grid);

        moveTarget.setId("queue-move-target");
        moveTarget.setLabel(getTranslation("enrolment.queue.move-target"));
        moveTarget.setItems(schoolClasses);
        moveTarget.setItemLabelGenerator(ClassSummary::name);
        reason.setId("queue-reason");
        reason.setLabel(getTranslation("enrolment.queue.reason"));
        reason.setHelperText(getTranslation("enrolment.queue.reason-help"));
        reason.setMaxLength(500);
        message.setId("queue-message");
        message.getElement().setAttribute("role", "status");
        Div decisions = new Div(
                Buttons.primary("queue-accept", getTranslation("enrolment.queue.accept"), this::acceptSelected),
                button("queue-waitlist", "enrolment.queue.waitlist", each(applications::waitlist)),
                moveTarget, button("queue-move", "enrolment.queue.move", this::moveSelected),
                reason, button("queue-reject", "enrolment.queue.reject", each(id -> applications.reject(id,
                        reason.getValue()))),
                button("queue-withdraw", "enrolment.queue.withdraw", each(id -> applications.withdraw(id,
                        reason.getValue()))));
        decisions.addClassName("ocaq-form");
        add(new H3(getTranslation("enrolment.queue.decide")), decisions, message);

        offerDays.setId("queue-offer-days");
        offerDays.setLabel(getTranslation("enrolment.queue.offer-days"));
        offerDays.setHelperText(getTranslation("enrolment.queue.offer-days-help"));
        offerDays.setMin(SchoolEnrolmentSettings.MIN_OFFER_DAYS);
        offerDays.setMax(SchoolEnrolmentSettings.MAX_OFFER_DAYS);
        offerDays.setStepButtonsVisible(true);
        if (schoolId >= 0) {
            offerDays.setValue(settings.offerDeadlineDays(schoolId));
        }
        Div deadline = new Div(offerDays, button("queue-offer-days-save", "enrolment.queue.save", this::saveOfferDays));
        deadline.addClassName("ocaq-form");
        add(new H3(getTranslation("enrolment.queue.settings")), deadline);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enrolment.queue.title") + " · Ocaq";
    }

    private Long classId() {
        return classFilter.getValue() == null ? null : classFilter.getValue().id();
    }

    private Long termId() {
        return termFilter.getValue() == null ? null : termFilter.getValue().id();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private List<ApplicationSummary> selected() {
        List<ApplicationSummary> chosen = new ArrayList<>(grid.getSelectedItems());
        chosen.sort(java.util.Comparator.comparing(ApplicationSummary::appliedAt).thenComparing(ApplicationSummary::id));
        if (chosen.isEmpty()) {
            error(getTranslation("enrolment.queue.none-selected"));
        }
        return chosen;
    }

    private void acceptSelected() {
        List<ApplicationSummary> chosen = selected();
        if (chosen.isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        chosen.forEach(a -> names.put(a.id(), a.applicantName()));
        List<DecisionResult> results = applications.acceptAll(chosen.stream().map(ApplicationSummary::id).toList());
        List<String> refused = results.stream().filter(r -> !r.succeeded())
                .map(r -> getTranslation(r.refusedKey(), names.get(r.applicationId()), "")).toList();
        long accepted = results.stream().filter(DecisionResult::succeeded).count();
        String done = getTranslation("enrolment.queue.accepted", accepted);
        if (refused.isEmpty()) {
            info(done);
        } else {
            error(done + " " + String.join(" ", refused));
        }
        refresh();
    }

    private void moveSelected() {
        if (moveTarget.getValue() == null) {
            moveTarget.setInvalid(true);
            moveTarget.setErrorMessage(getTranslation("enrolment.queue.move-target-required"));
            return;
        }
        moveTarget.setInvalid(false);
        each(id -> applications.move(id, moveTarget.getValue().id())).run();
    }

    /** The decision for each selected application, stopping at the first refusal with its reason. */
    private Runnable each(Consumer<Long> decision) {
        return () -> {
            List<ApplicationSummary> chosen = selected();
            if (chosen.isEmpty()) {
                return;
            }
            int done = 0;
            try {
                for (ApplicationSummary application : chosen) {
                    decision.accept(application.id());
                    done++;
                }
                reason.clear();
                info(getTranslation("enrolment.queue.done", done));
                refresh();
            } catch (ApplicationRefused refused) {
                error(getTranslation("enrolment.queue.done", done) + " "
                        + getTranslation(refused.messageKey(), refused.parameters()));
                // What was not decided stays selected, so the coordinator can add the reason and try again.
                rows.refreshAll();
            }
        };
    }

    private void saveOfferDays() {
        try {
            settings.setOfferDeadlineDays(schoolId, offerDays.getValue() == null ? 0 : offerDays.getValue());
            Forms.showProblems(Map.of(), Map.of("offerDeadlineDays", offerDays));
            info(getTranslation("enrolment.queue.saved"));
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), Map.of("offerDeadlineDays", offerDays));
        }
    }

    private void refresh() {
        grid.deselectAll();
        rows.refreshAll();
    }

    private void info(String text) {
        message.removeClassName("ocaq-error");
        message.setText(text);
    }

    private void error(String text) {
        message.addClassName("ocaq-error");
        message.setText(text);
    }
}
