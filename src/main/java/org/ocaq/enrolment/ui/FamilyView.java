package org.ocaq.enrolment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.PublicClass;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.enrolment.EnrolmentHistoryEntry;
import org.ocaq.people.ChildForm;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.FamilySummary;
import org.ocaq.people.GuardianEntry;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.people.ui.FamilyEditor;
import org.ocaq.privacy.ConsentRecord;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.TermService;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.DateFields;
import org.ocaq.shared.ui.Forms;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parent's family page: the family's guardians and children, a form to add a child, each child's consents (data
 * processing, needed before applying; photos, optional) and enrolment history, the family's applications with what
 * can be done with each, and the open classes of the family's school to apply for.
 */
@Route("family")
@RolesAllowed(Role.PARENT_NAME)
@Menu(title = "family.menu", order = 5, icon = "vaadin:family")
public class FamilyView extends Main implements HasDynamicTitle {

    private final FamilyEditor editor;
    private final transient PeopleService people;
    private final transient ConsentService consents;
    private final transient ApplicationService applications;
    private final transient ClassService classes;
    private final transient TermService terms;

    private final Paragraph message = new Paragraph();
    private final Div familiesSection = new Div();
    private final Section applySection = new Section();
    private final MyApplications myApplications;

    private final Select<FamilySummary> childFamily = new Select<>();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField passportName = new TextField();
    private final DatePicker dateOfBirth = DateFields.localized(new DatePicker());
    private final TextField homeLanguages = new TextField();
    private final TextArea note = new TextArea();
    private final Paragraph childMessage = new Paragraph();

    public FamilyView(PeopleService people, ConsentService consents, ApplicationService applications,
                      ClassService classes, SchoolEnrolmentSettings schools, TermService terms) {
        this.people = people;
        this.consents = consents;
        this.applications = applications;
        this.classes = classes;
        this.terms = terms;
        addClassName("ocaq-page");
        setId("family-page");
        message.setId("family-message");
        message.getElement().setAttribute("role", "status");
        familiesSection.setId("family-families");
        applySection.setId("family-apply");
        applySection.addClassName("ocaq-section");
        myApplications = new MyApplications(applications, classes, schools, terms);
        // Guardians and children are edited with the same editor coordinators use; the service lets a parent change
        // only their own family.
        editor = new FamilyEditor(people, () -> -1L, saved -> refresh());
        // By address, not by view class: certificates build on enrolment, so enrolment may not depend on them.
        Anchor certificates = new Anchor("family/certificates", getTranslation("certificate.family.link"));
        certificates.setId("family-certificates-link");
        add(new H2(getTranslation("family.title")), new Paragraph(getTranslation("family.intro")),
                new Paragraph(certificates), message, familiesSection, editor, childForm(), myApplications,
                applySection);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("family.title");
    }

    private void refresh() {
        List<FamilySummary> families = people.myFamilies();
        familiesSection.removeAll();
        if (families.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("family.none"));
            none.setId("family-none");
            familiesSection.add(none);
        }
        for (FamilySummary family : families) {
            familiesSection.add(family(family));
        }
        FamilySummary chosen = childFamily.getValue();
        childFamily.setItems(families);
        childFamily.setVisible(families.size() > 1);
        childFamily.setValue(families.stream().filter(f -> chosen != null && f.id() == chosen.id()).findFirst()
                .orElse(families.isEmpty() ? null : families.getFirst()));
        showOpenClasses(families);
    }

    private Section family(FamilySummary family) {
        Section section = new Section();
        section.setId("family-" + family.id());
        section.addClassName("ocaq-section");
        section.add(new H3(getTranslation("family.family-name", family.name())));
        UnorderedList guardians = new UnorderedList();
        guardians.setId("family-guardians-" + family.id());
        for (GuardianEntry guardian : people.getFamilyDetails(family.id()).guardians()) {
            GuardianForm form = guardian.form();
            String contact = String.join(", ", java.util.stream.Stream.of(form.email(), form.phone())
                    .filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
            guardians.add(new ListItem(contact.isEmpty() ? getTranslation("family.guardian", form.fullName())
                    : getTranslation("family.guardian-contact", form.fullName(), contact)));
        }
        Button edit = new Button(getTranslation("family.edit"), e -> editor.edit(family.id()));
        edit.setId("family-edit-" + family.id());
        section.add(new Paragraph(getTranslation("family.guardians")), guardians, edit);
        if (family.children().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("family.no-children"));
            none.setId("family-no-children-" + family.id());
            section.add(none);
            return section;
        }
        ZoneId zone = family.schoolId() == null ? ZoneOffset.UTC : terms.schoolTimeZone(family.schoolId());
        List<ConsentRecord> records = consents.consents(family.children().stream().map(ChildSummary::id).toList());
        for (ChildSummary child : family.children()) {
            section.add(child(child, records.stream().filter(r -> r.childId() == child.id()).toList(), zone));
        }
        return section;
    }

    private Div child(ChildSummary child, List<ConsentRecord> records, ZoneId zone) {
        Div card = new Div();
        card.setId("child-" + child.id());
        card.addClassName("ocaq-family-child");
        H3 name = new H3(child.fullName());
        name.setId("child-name-" + child.id());
        card.add(name, new Paragraph(getTranslation("family.child.born",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(child.dateOfBirth()))));
        card.add(new ConsentPanel(consents, child, records, zone, () -> {
            refresh();
            message.setText(getTranslation("family.consent.saved"));
        }));
        Div history = new Div();
        history.setId("child-history-list-" + child.id());
        history.setVisible(false);
        Button showHistory = new Button(getTranslation("family.history.show"), e -> {
            if (history.isVisible()) {
                history.setVisible(false);
            } else {
                showHistory(child, history, zone);
            }
        });
        showHistory.setId("child-history-" + child.id());
        showHistory.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(showHistory, history);
        // By address, not by view class: attendance builds on enrolment, so enrolment may not depend on it.
        Anchor attendance = new Anchor("family/children/" + child.id() + "/attendance",
                getTranslation("absence.family-link"));
        attendance.setId("attendance-" + child.id());
        card.add(new Paragraph(attendance));
        return card;
    }

    private void showHistory(ChildSummary child, Div target, ZoneId zone) {
        target.removeAll();
        List<EnrolmentHistoryEntry> entries = applications.history(child.id());
        if (entries.isEmpty()) {
            target.add(new Paragraph(getTranslation("family.history.none")));
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        UnorderedList list = new UnorderedList();
        for (EnrolmentHistoryEntry entry : entries) {
            String text = getTranslation("family.history.entry", format.format(entry.at().atZone(zone)),
                    getTranslation(entry.state().labelKey()), myApplications.className(entry.classId()));
            if (entry.reason() != null) {
                text = text + " " + getTranslation("family.application.reason", entry.reason());
            }
            list.add(new ListItem(text));
        }
        if (!entries.isEmpty()) {
            target.add(list);
        }
        target.setVisible(true);
    }

    private Section childForm() {
        Section section = new Section();
        section.setId("child-add");
        section.addClassName("ocaq-section");
        childFamily.setId("child-family");
        childFamily.setLabel(getTranslation("family.child.family"));
        childFamily.setItemLabelGenerator(FamilySummary::name);
        firstName.setId("child-first-name");
        firstName.setLabel(getTranslation("people.child.first-name"));
        firstName.setHelperText(getTranslation("people.child.name-help"));
        firstName.setRequiredIndicatorVisible(true);
        lastName.setId("child-last-name");
        lastName.setLabel(getTranslation("people.child.last-name"));
        lastName.setRequiredIndicatorVisible(true);
        passportName.setId("child-passport-name");
        passportName.setLabel(getTranslation("people.child.passport-name"));
        dateOfBirth.setId("child-birth");
        dateOfBirth.setLabel(getTranslation("people.child.date-of-birth"));
        dateOfBirth.setRequiredIndicatorVisible(true);
        homeLanguages.setId("child-languages");
        homeLanguages.setLabel(getTranslation("people.child.home-languages"));
        note.setId("child-note");
        note.setLabel(getTranslation("people.child.note"));
        note.setWidthFull();
        childMessage.setId("child-message");
        childMessage.getElement().setAttribute("role", "alert");
        Button save = Buttons.primary("child-save", getTranslation("family.child.add"), this::addChild);
        Div form = new Div(childFamily, firstName, lastName, passportName, dateOfBirth, homeLanguages, note,
                childMessage, save);
        form.addClassName("ocaq-form");
        section.add(new H2(getTranslation("family.child.add-title")), form);
        return section;
    }

    private void addChild() {
        Map<String, HasValidation> fields = Map.of("name", firstName, "passportName", passportName,
                "dateOfBirth", dateOfBirth, "homeLanguages", homeLanguages, "noteForTeachers", note);
        FamilySummary family = childFamily.getValue();
        if (family == null) {
            childMessage.setText(getTranslation("family.none"));
            return;
        }
        try {
            people.addChild(family.id(), new ChildForm(firstName.getValue().strip(), lastName.getValue().strip(),
                    blankToNull(passportName.getValue()), dateOfBirth.getValue(), blankToNull(homeLanguages.getValue()),
                    blankToNull(note.getValue())));
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), fields);
            childMessage.setText(getTranslation("people.editor.check-fields"));
            return;
        }
        Forms.showProblems(Map.of(), fields);
        String added = lastName.getValue().strip() + " " + firstName.getValue().strip();
        firstName.clear();
        lastName.clear();
        passportName.clear();
        dateOfBirth.clear();
        homeLanguages.clear();
        note.clear();
        childMessage.setText("");
        refresh();
        message.setText(getTranslation("family.child.added", added));
    }

    /** The open classes of the families' schools, each with its way to apply; without a school, the directory. */
    private void showOpenClasses(List<FamilySummary> families) {
        applySection.removeAll();
        applySection.add(new H2(getTranslation("family.apply.title")));
        Set<Long> schoolIds = new LinkedHashSet<>();
        families.stream().map(FamilySummary::schoolId).filter(Objects::nonNull).forEach(schoolIds::add);
        UnorderedList list = new UnorderedList();
        list.setId("family-open-classes");
        for (long schoolId : schoolIds) {
            for (PublicClass open : classes.openClasses(schoolId)) {
                Anchor apply = new Anchor(ApplyView.path(open.id()), getTranslation("family.apply.class",
                        open.name(), open.minAge(), open.maxAge()));
                apply.setId("family-apply-" + open.id());
                list.add(new ListItem(apply));
            }
        }
        if (list.getChildren().findAny().isPresent()) {
            applySection.add(list);
        } else {
            applySection.add(new Paragraph(getTranslation("family.apply.no-classes")));
        }
        Anchor directory = new Anchor("schools", getTranslation("family.apply.directory"));
        directory.setId("family-directory");
        applySection.add(new Paragraph(directory));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
