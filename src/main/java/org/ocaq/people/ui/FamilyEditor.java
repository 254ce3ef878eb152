package org.ocaq.people.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.ocaq.people.ChildEntry;
import org.ocaq.people.ChildForm;
import org.ocaq.people.FamilyDetails;
import org.ocaq.people.GuardianEntry;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.DateFields;
import org.ocaq.shared.ui.Forms;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Creates a family or changes one: its name, its guardians (name, email, phone, language; email or phone needed) and
 * its children (names in Azerbaijani Latin, the name as in the passport, date of birth, languages at home, a note for
 * teachers). One save sends everything to {@link PeopleService}; its problems show on the fields, and a refused save
 * (a problem, or someone else's change meanwhile) keeps everything typed.
 */
public class FamilyEditor extends Composite<Div> {

    /** The languages a guardian can be written to in. */
    static final List<String> GUARDIAN_LANGUAGES = List.of("az", "en", "ru");

    private final transient PeopleService people;
    private final transient LongSupplier schoolId;
    private final transient LongConsumer onSaved;

    private final H3 title = new H3();
    private final Paragraph message = new Paragraph();
    private final TextField name = new TextField();
    private final Div guardianRows = new Div();
    private final Div childRows = new Div();
    private final List<GuardianRow> guardians = new ArrayList<>();
    private final List<ChildRow> children = new ArrayList<>();

    private Long familyId;
    private long version;

    public FamilyEditor(PeopleService people, LongSupplier schoolId, LongConsumer onSaved) {
        this.people = people;
        this.schoolId = schoolId;
        this.onSaved = onSaved;
        Div root = getContent();
        root.setId("family-editor");
        message.setId("family-editor-message");
        message.getElement().setAttribute("role", "alert");
        name.setId("family-name");
        name.setLabel(getTranslation("people.family.name"));
        name.setRequiredIndicatorVisible(true);
        Div nameForm = new Div(name);
        nameForm.addClassName("ocaq-form");
        guardianRows.setId("family-guardians");
        childRows.setId("family-children");
        Button addGuardian = Buttons.primary("family-guardian-add", getTranslation("people.family.guardian-add"),
                () -> addGuardian(null, 0, new GuardianForm("", "", "", "az")));
        addGuardian.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addChild = Buttons.primary("family-child-add", getTranslation("people.family.child-add"),
                () -> addChild(null, 0, new ChildForm("", "", null, null, null, null)));
        addChild.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = Buttons.primary("family-save", getTranslation("people.family.save"), this::save);
        Button close = new Button(getTranslation("people.editor.close"), e -> setVisible(false));
        close.setId("family-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, close);
        actions.addClassName("ocaq-form");
        root.add(title, message, nameForm, new H4(getTranslation("people.family.guardians")), guardianRows,
                addGuardian, new H4(getTranslation("people.family.children")), childRows, addChild, actions);
        setVisible(false);
    }

    /** Opens the editor for a new family, with one empty guardian to fill in. */
    void newFamily() {
        familyId = null;
        version = 0;
        title.setText(getTranslation("people.families.new"));
        message.setText("");
        name.setValue("");
        clearRows();
        addGuardian(null, 0, new GuardianForm("", "", "", "az"));
        showProblems(Map.of());
        setVisible(true);
    }

    /** Opens the editor on a family as it is now. */
    public void edit(long id) {
        FamilyDetails details = people.getFamilyDetails(id);
        familyId = id;
        version = details.version();
        title.setText(details.name());
        message.setText("");
        name.setValue(details.name());
        clearRows();
        details.guardians().forEach(g -> addGuardian(g.id(), g.version(), g.form()));
        details.children().forEach(c -> addChild(c.id(), c.version(), c.form()));
        showProblems(Map.of());
        setVisible(true);
    }

    private void save() {
        message.setText("");
        showProblems(Map.of());
        List<GuardianEntry> guardianEntries = guardians.stream().map(GuardianRow::entry).toList();
        List<ChildEntry> childEntries = children.stream().map(ChildRow::entry).toList();
        try {
            long saved;
            if (familyId == null) {
                saved = people.createFamily(schoolId.getAsLong(), name.getValue(),
                        guardianEntries.stream().map(GuardianEntry::form).toList(),
                        childEntries.stream().map(ChildEntry::form).toList());
            } else {
                people.updateFamily(familyId, version, name.getValue(), guardianEntries, childEntries);
                saved = familyId;
            }
            edit(saved);
            message.setText(getTranslation("people.family.saved"));
            onSaved.accept(saved);
        } catch (FieldProblems problems) {
            message.setText(getTranslation(problems.byField().containsKey("guardians")
                    ? "people.family.guardian-required" : "people.editor.check-fields"));
            showProblems(problems.byField());
        } catch (OptimisticLockingFailureException stale) {
            message.setText(getTranslation("shared.error.conflict"));
        }
    }

    private void showProblems(Map<String, List<String>> problems) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("familyName", name);
        for (int i = 0; i < guardians.size(); i++) {
            guardians.get(i).register(fields, "guardians[" + i + "].");
        }
        for (int i = 0; i < children.size(); i++) {
            children.get(i).register(fields, "children[" + i + "].");
        }
        Forms.showProblems(problems, fields);
    }

    private void clearRows() {
        guardians.clear();
        guardianRows.removeAll();
        children.clear();
        childRows.removeAll();
    }

    private void addGuardian(Long id, long rowVersion, GuardianForm form) {
        GuardianRow row = new GuardianRow(id, rowVersion, form, guardians.size());
        guardians.add(row);
        guardianRows.add(row.layout);
    }

    private void addChild(Long id, long rowVersion, ChildForm form) {
        ChildRow row = new ChildRow(id, rowVersion, form, children.size());
        children.add(row);
        childRows.add(row.layout);
    }

    private static FormLayout rowLayout(com.vaadin.flow.component.Component... fields) {
        // One column on a phone, two from 40em.
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        layout.addClassName("ocaq-family-row");
        return layout;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A guardian as a group of fields; a recorded one keeps its id and the version it was read at. */
    private final class GuardianRow {
        private final Long id;
        private final long rowVersion;
        private final TextField fullName = new TextField();
        private final EmailField email = new EmailField();
        private final TextField phone = new TextField();
        private final Select<String> language = new Select<>();
        private final FormLayout layout;

        GuardianRow(Long id, long rowVersion, GuardianForm form, int index) {
            this.id = id;
            this.rowVersion = rowVersion;
            fullName.setId("family-guardian-name-" + index);
            fullName.setLabel(getTranslation("people.guardian.name"));
            fullName.setValue(text(form.fullName()));
            email.setId("family-guardian-email-" + index);
            email.setLabel(getTranslation("people.guardian.email"));
            email.setValue(text(form.email()));
            phone.setId("family-guardian-phone-" + index);
            phone.setLabel(getTranslation("people.guardian.phone"));
            phone.setValue(text(form.phone()));
            phone.setHelperText(getTranslation("people.guardian.contact-help"));
            language.setId("family-guardian-language-" + index);
            language.setLabel(getTranslation("people.guardian.language"));
            language.setItems(GUARDIAN_LANGUAGES);
            language.setItemLabelGenerator(code -> getTranslation("shared.language." + code));
            language.setValue(GUARDIAN_LANGUAGES.contains(form.preferredLanguage()) ? form.preferredLanguage() : "az");
            layout = rowLayout(fullName, email, phone, language);
        }

        GuardianEntry entry() {
            return new GuardianEntry(id, rowVersion, new GuardianForm(fullName.getValue(),
                    blankToNull(email.getValue()), blankToNull(phone.getValue()), language.getValue()));
        }

        void register(Map<String, HasValidation> fields, String prefix) {
            fields.put(prefix + "fullName", fullName);
            fields.put(prefix + "email", email);
            fields.put(prefix + "phone", phone);
            fields.put(prefix + "preferredLanguage", language);
        }
    }

    /** A child as a group of fields; a recorded one keeps its id and the version it was read at. */
    private final class ChildRow {
        private final Long id;
        private final long rowVersion;
        private final TextField firstName = new TextField();
        private final TextField lastName = new TextField();
        private final TextField passportName = new TextField();
        private final DatePicker dateOfBirth = DateFields.localized(new DatePicker());
        private final TextField homeLanguages = new TextField();
        private final TextArea note = new TextArea();
        private final FormLayout layout;

        ChildRow(Long id, long rowVersion, ChildForm form, int index) {
            this.id = id;
            this.rowVersion = rowVersion;
            firstName.setId("family-child-first-name-" + index);
            firstName.setLabel(getTranslation("people.child.first-name"));
            firstName.setHelperText(getTranslation("people.child.name-help"));
            firstName.setValue(text(form.firstName()));
            lastName.setId("family-child-last-name-" + index);
            lastName.setLabel(getTranslation("people.child.last-name"));
            lastName.setValue(text(form.lastName()));
            passportName.setId("family-child-passport-name-" + index);
            passportName.setLabel(getTranslation("people.child.passport-name"));
            passportName.setValue(text(form.passportName()));
            dateOfBirth.setId("family-child-birth-" + index);
            dateOfBirth.setLabel(getTranslation("people.child.date-of-birth"));
            dateOfBirth.setValue(form.dateOfBirth());
            homeLanguages.setId("family-child-languages-" + index);
            homeLanguages.setLabel(getTranslation("people.child.home-languages"));
            homeLanguages.setValue(text(form.homeLanguages()));
            note.setId("family-child-note-" + index);
            note.setLabel(getTranslation("people.child.note"));
            note.setValue(text(form.noteForTeachers()));
            layout = rowLayout(firstName, lastName, passportName, dateOfBirth, homeLanguages, note);
        }

        ChildEntry entry() {
            return new ChildEntry(id, rowVersion, new ChildForm(firstName.getValue(), lastName.getValue(),
                    blankToNull(passportName.getValue()), dateOfBirth.getValue(), blankToNull(homeLanguages.getValue()),
                    blankToNull(note.getValue())));
        }

        void register(Map<String, HasValidation> fields, String prefix) {
            fields.put(prefix + "name", firstName);
            fields.put(prefix + "passportName", passportName);
            fields.put(prefix + "dateOfBirth", dateOfBirth);
            fields.put(prefix + "homeLanguages", homeLanguages);
            fields.put(prefix + "noteForTeachers", note);
        }
    }
}
