package org.ocaq.people.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherDetails;
import org.ocaq.people.TeacherForm;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.Forms;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Invites a teacher (name, email, the language of the email, and the profile) or shows and changes a teacher's
 * profile. Problems from {@link PeopleService} show on their fields; what was typed stays.
 */
class TeacherEditor extends Composite<Div> {

    /** Languages teachers commonly teach or speak in, as ISO 639 codes; a profile may hold others too. */
    static final List<String> LANGUAGES = List.of("az", "en", "de", "fr", "nl", "sv", "no", "da", "fi", "ru", "uk",
            "tr", "fa", "ka", "pl", "it", "es", "ar", "he");

    private final transient PeopleService people;
    private final transient LongSupplier schoolId;
    private final boolean manages;
    private final transient LongConsumer onSaved;

    private final H3 title = new H3();
    private final Paragraph message = new Paragraph();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Locale> mailLanguage = new Select<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final TextArea qualifications = new TextArea();
    private final TextField subjects = new TextField();
    private final TextField passportName = new TextField();
    private final Button save;
    private final Section training = new Section();

    private Long teacherId;
    private long version;

    TeacherEditor(PeopleService people, LongSupplier schoolId, boolean manages, LongConsumer onSaved) {
        this.people = people;
        this.schoolId = schoolId;
        this.manages = manages;
        this.onSaved = onSaved;
        Div root = getContent();
        root.setId("teacher-editor");
        message.setId("teacher-editor-message");
        message.getElement().setAttribute("role", "alert");
        name.setId("teacher-name");
        name.setLabel(getTranslation("people.teacher.name"));
        name.setRequiredIndicatorVisible(true);
        email.setId("teacher-email");
        email.setLabel(getTranslation("people.teacher.email"));
        mailLanguage.setId("teacher-mail-language");
        mailLanguage.setLabel(getTranslation("people.teacher.mail-language"));
        mailLanguage.setItems(Languages.SUPPORTED);
        mailLanguage.setItemLabelGenerator(l -> getTranslation("shared.language." + l.getLanguage()));
        languages.setId("teacher-languages");
        languages.setLabel(getTranslation("people.teacher.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(this::languageName);
        qualifications.setId("teacher-qualifications");
        qualifications.setLabel(getTranslation("people.teacher.qualifications"));
        subjects.setId("teacher-subjects");
        subjects.setLabel(getTranslation("people.teacher.subjects"));
        subjects.setHelperText(getTranslation("people.teacher.subjects-help"));
        passportName.setId("teacher-passport-name");
        passportName.setLabel(getTranslation("people.child.passport-name"));
        passportName.setHelperText(getTranslation("people.teacher.passport-name-help"));
        passportName.setMaxLength(200);

        // One column on a phone, two from 40em.
        FormLayout fields = new FormLayout(name, passportName, email, mailLanguage, languages, subjects,
                qualifications);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        save = Buttons.primary("teacher-save", getTranslation("people.teacher.save"), this::save);
        save.setVisible(manages);
        Button close = new Button(getTranslation("people.editor.close"), e -> setVisible(false));
        close.setId("teacher-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, close);
        actions.addClassName("ocaq-form");

        training.setId("teacher-training");
        Paragraph noTraining = new Paragraph(getTranslation("people.teacher.no-training"));
        noTraining.setId("teacher-training-empty");
        training.add(new H3(getTranslation("people.teacher.training")), noTraining);
        root.add(title, message, fields, actions, training);
        setVisible(false);
    }

    /** Opens the editor empty, to invite a new teacher. */
    void invite() {
        teacherId = null;
        version = 0;
        title.setText(getTranslation("people.teachers.invite"));
        save.setText(getTranslation("people.teacher.send-invitation"));
        fill(new TeacherForm("", "", null, null, null));
        mailLanguage.setValue(Languages.DEFAULT);
        mailLanguage.setVisible(true);
        email.setReadOnly(false);
        training.setVisible(false);
        setFieldsReadOnly(false);
        setVisible(true);
    }

    /** Opens the editor on a teacher's profile as it is now. */
    void edit(long id) {
        TeacherDetails details = people.getTeacher(id);
        teacherId = id;
        version = details.version();
        title.setText(details.form().fullName());
        save.setText(getTranslation("people.teacher.save"));
        fill(details.form());
        mailLanguage.setVisible(false);
        setFieldsReadOnly(!manages);
        // An invited teacher signs in with this address; it changes with their account, not here.
        email.setReadOnly(!manages || details.accountId() != null);
        training.setVisible(true);
        setVisible(true);
    }

    private void fill(TeacherForm form) {
        message.setText("");
        Forms.showProblems(Map.of(), problemFields());
        name.setValue(text(form.fullName()));
        email.setValue(text(form.email()));
        Set<String> codes = codes(form.languages());
        Set<String> items = new LinkedHashSet<>(LANGUAGES);
        items.addAll(codes);
        languages.setItems(items);
        languages.setValue(codes);
        qualifications.setValue(text(form.qualifications()));
        subjects.setValue(text(form.subjects()));
        passportName.setValue(text(form.passportName()));
    }

    private void save() {
        message.setText("");
        Forms.showProblems(Map.of(), problemFields());
        String languageCodes = languages.getValue().stream().sorted(java.util.Comparator.comparingInt(
                c -> LANGUAGES.contains(c) ? LANGUAGES.indexOf(c) : LANGUAGES.size())).collect(Collectors.joining(", "));
        TeacherForm form = new TeacherForm(name.getValue(), email.getValue(), languageCodes, qualifications.getValue(),
                subjects.getValue(), passportName.getValue());
        try {
            if (teacherId == null) {
                long id = people.inviteTeacher(schoolId.getAsLong(), form, mailLanguage.getValue());
                edit(id);
                message.setText(getTranslation("people.teacher.invited", form.email()));
                onSaved.accept(id);
            } else {
                people.updateTeacher(teacherId, version, form);
                long id = teacherId;
                edit(id);
                message.setText(getTranslation("people.teacher.saved"));
                onSaved.accept(id);
            }
        } catch (FieldProblems problems) {
            message.setText(getTranslation("people.editor.check-fields"));
            Forms.showProblems(problems.byField(), problemFields());
        } catch (OptimisticLockingFailureException stale) {
            message.setText(getTranslation("shared.error.conflict"));
        }
    }

    private void setFieldsReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        languages.setReadOnly(readOnly);
        qualifications.setReadOnly(readOnly);
        subjects.setReadOnly(readOnly);
        passportName.setReadOnly(readOnly);
    }

    private Map<String, HasValidation> problemFields() {
        return Map.of("fullName", name, "displayName", name, "email", email, "languages", languages,
                "qualifications", qualifications, "subjects", subjects, "passportName", passportName);
    }

    private String languageName(String code) {
        String shown = Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
        return shown.isBlank() || shown.equals(code) ? code : shown + " (" + code + ")";
    }

    private static Set<String> codes(String languages) {
        if (languages == null || languages.isBlank()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(languages.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
