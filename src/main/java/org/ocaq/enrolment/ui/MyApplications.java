package org.ocaq.enrolment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.ocaq.classes.ClassFacts;
import org.ocaq.classes.ClassService;
import org.ocaq.enrolment.ApplicationRefused;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.enrolment.ApplicationState;
import org.ocaq.enrolment.ApplicationSummary;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.TermService;
import org.ocaq.school.TermSummary;
import org.ocaq.shared.ui.Buttons;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in parent's or learner's applications: child (or learner), class, term and where each stands; the place
 * in the queue while waiting; an offered seat with its deadline, to accept or decline; withdrawal with a reason while
 * the application is active. Every action goes to {@link ApplicationService}; its refusals show as messages.
 */
public class MyApplications extends Section {

    private final transient ApplicationService applications;
    private final transient ClassService classes;
    private final transient SchoolEnrolmentSettings schools;
    private final transient TermService terms;
    private final Paragraph message = new Paragraph();
    private final Div list = new Div();
    private transient Map<Long, String> classNames = new HashMap<>();
    private transient Map<Long, ZoneId> zones = new HashMap<>();

    public MyApplications(ApplicationService applications, ClassService classes, SchoolEnrolmentSettings schools,
                          TermService terms) {
        this.applications = applications;
        this.classes = classes;
        this.schools = schools;
        this.terms = terms;
        setId("my-applications");
        addClassName("ocaq-section");
        message.setId("applications-message");
        message.getElement().setAttribute("role", "status");
        list.setId("applications-list");
        add(new H2(getTranslation("family.applications.title")), message, list);
        refresh();
    }

    /** Reads the applications again and shows them as they are now. */
    public void refresh() {
        list.removeAll();
        classNames = new HashMap<>();
        zones = new HashMap<>();
        List<ApplicationSummary> mine = applications.myApplications();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("family.applications.none"));
            none.setId("applications-none");
            list.add(none);
        }
        Map<Long, String> termNames = new HashMap<>();
        for (ApplicationSummary application : mine) {
            String term = termNames.computeIfAbsent(application.termId(), id -> schools
                    .term(application.schoolId(), id).map(TermSummary::name).orElse(""));
            list.add(card(application, term));
        }
    }

    /** The class's name as the family knows it; also used by the enrolment history. */
    String className(long classId) {
        return classNames.computeIfAbsent(classId, id -> classes.classFacts(id).map(ClassFacts::name).orElse(""));
    }

    private Div card(ApplicationSummary application, String term) {
        String id = "application-" + application.id();
        Div card = new Div();
        card.setId(id);
        card.addClassName("ocaq-application");
        card.add(new H3(getTranslation("family.application.title", application.applicantName(),
                className(application.classId()))));
        card.add(new Paragraph(getTranslation("family.application.term", term,
                formatDate(application.appliedAt(), application.schoolId()))));
        Span state = new Span(getTranslation(application.state().labelKey()));
        state.setId(id + "-state");
        state.getElement().getThemeList().add("badge");
        card.add(new Paragraph(state));
        if (application.state() == ApplicationState.WAITLISTED && application.queuePosition() != null) {
            Paragraph queue = new Paragraph(getTranslation("family.application.queue", application.queuePosition()));
            queue.setId(id + "-queue");
            card.add(queue);
        }
        if (application.state() == ApplicationState.OFFERED && application.offerExpiresAt() != null) {
            Paragraph offer = new Paragraph(getTranslation("family.application.offer",
                    formatDateTime(application.offerExpiresAt(), application.schoolId())));
            offer.setId(id + "-offer");
            Button accept = Buttons.primary(id + "-accept", getTranslation("family.application.accept"),
                    () -> act(() -> applications.acceptOffer(application.id()), "family.application.accepted"));
            Button decline = new Button(getTranslation("family.application.decline"), e -> act(
                    () -> applications.withdraw(application.id(), getTranslation("family.application.declined-reason")),
                    "family.application.declined"));
            decline.setId(id + "-decline");
            Div actions = new Div(accept, decline);
            actions.addClassName("ocaq-links");
            card.add(offer, actions);
        }
        if (application.reason() != null && !application.state().active()) {
            card.add(new Paragraph(getTranslation("family.application.reason", application.reason())));
        }
        if (application.state().active()) {
            card.add(withdrawal(application, id));
        }
        return card;
    }

    private Details withdrawal(ApplicationSummary application, String id) {
        TextField reason = new TextField(getTranslation("family.application.withdraw-reason"));
        reason.setId(id + "-withdraw-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        Button withdraw = new Button(getTranslation("family.application.withdraw-confirm"));
        withdraw.setId(id + "-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> {
            reason.setInvalid(false);
            try {
                applications.withdraw(application.id(), reason.getValue());
                refresh();
                message.setText(getTranslation("family.application.withdrawn"));
            } catch (ApplicationRefused refused) {
                if ("enrolment.decision.reason-required".equals(refused.messageKey())) {
                    reason.setErrorMessage(getTranslation("family.application.reason-required"));
                    reason.setInvalid(true);
                    message.setText(getTranslation("family.application.reason-required"));
                } else {
                    message.setText(getTranslation(refused.messageKey(), refused.parameters()));
                }
            }
        });
        Div form = new Div(reason, withdraw);
        form.addClassName("ocaq-form");
        Details details = new Details(getTranslation("family.application.withdraw"), form);
        details.setId(id + "-withdrawal");
        return details;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            refresh();
            message.setText(getTranslation(doneKey));
        } catch (ApplicationRefused refused) {
            refresh();
            message.setText(getTranslation(refused.messageKey(), refused.parameters()));
        }
    }

    private ZoneId zone(long schoolId) {
        return zones.computeIfAbsent(schoolId, terms::schoolTimeZone);
    }

    private String formatDate(Instant at, long schoolId) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(at.atZone(zone(schoolId)));
    }

    private String formatDateTime(Instant at, long schoolId) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(zone(schoolId)));
    }
}
