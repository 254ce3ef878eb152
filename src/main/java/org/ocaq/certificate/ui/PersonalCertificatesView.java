package org.ocaq.certificate.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.certificate.CertificateKind;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.certificate.HolderKind;
import org.ocaq.certificate.PersonalIssue;
import org.ocaq.certificate.TemplateSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.OffsetPage;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.DateFields;
import org.ocaq.shared.ui.Forms;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One certificate for one person outside a class's term: a teacher after a training course, an adult learner or a
 * child after a course. The coordinator (the network office after choosing the school) picks the person, the template
 * and the course, and sees the school's certificates issued this way, with the same corrections and revocations as a
 * class's. A refused issue keeps everything typed and says on each field what to fix.
 */
@Route("certificates/personal")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class PersonalCertificatesView extends Main implements HasDynamicTitle {

    /** A person in the chooser, whatever kind of record they come from. */
    record Person(long id, String name) {
    }

    private final transient CertificateService certificates;
    private final transient PeopleService people;
    private final ComboBox<SchoolSummary> school = new ComboBox<>();
    private final RadioButtonGroup<HolderKind> kind = new RadioButtonGroup<>();
    private final ComboBox<Person> holder = new ComboBox<>();
    private final ComboBox<TemplateSummary> template = new ComboBox<>();
    private final TextField subject = new TextField();
    private final DatePicker from = DateFields.localized(new DatePicker());
    private final DatePicker to = DateFields.localized(new DatePicker());
    private final IntegerField hours = new IntegerField();
    private final TextField passportName = new TextField();
    private final TextField signer = new TextField();
    private final Button issue = new Button();
    private final Paragraph message = new Paragraph();
    private final Div issuedArea = new Div();
    private final List<TemplateSummary> usable;

    PersonalCertificatesView(CertificateService certificates, PeopleService people, SchoolService schools) {
        this.certificates = certificates;
        this.people = people;
        addClassName("ocaq-page");
        setId("personal-certificates");
        add(new H2(getTranslation("certificate.personal.title")),
                new Paragraph(getTranslation("certificate.personal.intro")));
        List<SchoolSummary> visible = schools.listSchools("", 0, OffsetPage.MAX_LIMIT);
        school.setId("personal-school");
        school.setLabel(getTranslation("certificate.issue.school"));
        school.setItems(visible);
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setVisible(visible.size() > 1);
        kind.setId("personal-holder-kind");
        kind.setLabel(getTranslation("certificate.personal.kind"));
        kind.setItems(HolderKind.TEACHER, HolderKind.LEARNER, HolderKind.CHILD);
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        holder.setId("personal-holder");
        holder.setLabel(getTranslation("certificate.personal.holder"));
        holder.setHelperText(getTranslation("certificate.personal.holder-help"));
        holder.setItemLabelGenerator(Person::name);
        holder.setItems(query -> people(query.getFilter().orElse(""), query.getOffset(), query.getLimit()),
                query -> count(query.getFilter().orElse("")));
        template.setId("personal-template");
        template.setLabel(getTranslation("certificate.issue.template"));
        template.setItemLabelGenerator(t -> t.form().name());
        // A term's attendance certificate belongs to a class's term; CertificatesView issues it.
        usable = certificates.templates().stream()
                .filter(t -> !t.form().retired() && t.form().kind() != CertificateKind.TERM_ATTENDANCE).toList();
        template.setItems(usable);
        subject.setId("personal-subject");
        subject.setLabel(getTranslation("certificate.personal.subject"));
        subject.setHelperText(getTranslation("certificate.personal.subject-help"));
        subject.setMaxLength(200);
        from.setId("personal-from");
        from.setLabel(getTranslation("certificate.personal.from"));
        to.setId("personal-to");
        to.setLabel(getTranslation("certificate.personal.to"));
        hours.setId("personal-hours");
        hours.setLabel(getTranslation("certificate.personal.hours"));
        hours.setHelperText(getTranslation("certificate.personal.hours-help"));
        hours.setMin(1);
        hours.setMax(2000);
        passportName.setId("personal-passport-name");
        passportName.setLabel(getTranslation("certificate.issue.passport"));
        passportName.setHelperText(getTranslation("certificate.personal.passport-help"));
        passportName.setMaxLength(200);
        signer.setId("personal-signer");
        signer.setLabel(getTranslation("certificate.issue.signer"));
        signer.setMaxLength(150);
        issue.setText(getTranslation("certificate.personal.issue"));
        issue.setId("personal-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setDisableOnClick(true);
        issue.addClickListener(e -> issue());

        FormLayout form = new FormLayout(school, kind, holder, template, subject, from, to, hours, passportName,
                signer);
        // One column on a phone, two from 40em on.
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        form.setColspan(kind, 2);
        form.setColspan(subject, 2);
        message.setId("personal-message");
        message.getElement().setAttribute("role", "status");
        issuedArea.setId("personal-issued");
        add(form, issue, message, issuedArea);

        school.addValueChangeListener(e -> schoolChosen());
        kind.addValueChangeListener(e -> kindChosen());
        holder.addValueChangeListener(e -> personChosen(e.getValue()));
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                hours.setValue(e.getValue().form().hours());
            }
        });
        kind.setValue(HolderKind.TEACHER);
        if (!visible.isEmpty()) {
            school.setValue(visible.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.personal.title") + " · Ocaq";
    }

    private Stream<Person> people(String filter, int offset, int limit) {
        if (school.getValue() == null || kind.getValue() == null) {
            return Stream.empty();
        }
        long schoolId = school.getValue().id();
        return switch (kind.getValue()) {
            case TEACHER -> people.listTeachers(schoolId, filter, offset, limit).stream()
                    .map(t -> new Person(t.id(), t.fullName()));
            case LEARNER -> people.listLearners(schoolId, filter, offset, limit).stream()
                    .map(l -> new Person(l.id(), l.fullName()));
            case CHILD -> people.listChildren(schoolId, filter, offset, limit).stream()
                    .map(c -> new Person(c.id(), c.fullName()));
        };
    }

    private int count(String filter) {
        if (school.getValue() == null || kind.getValue() == null) {
            return 0;
        }
        long schoolId = school.getValue().id();
        long count = switch (kind.getValue()) {
            case TEACHER -> people.countTeachers(schoolId, filter);
            case LEARNER -> people.countLearners(schoolId, filter);
            case CHILD -> people.countChildren(schoolId, filter);
        };
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    private void schoolChosen() {
        holder.clear();
        holder.getDataProvider().refreshAll();
        showIssued();
    }

    /** Another kind of person: their list, and the template that usually goes with them, unless one already fits. */
    private void kindChosen() {
        holder.clear();
        holder.getDataProvider().refreshAll();
        CertificateKind preferred = kind.getValue() == HolderKind.TEACHER ? CertificateKind.TEACHER_TRAINING
                : CertificateKind.COURSE_COMPLETION;
        if (template.getValue() == null || template.getValue().form().kind() != preferred) {
            usable.stream().filter(t -> t.form().kind() == preferred).findFirst()
                    .or(() -> usable.stream().findFirst()).ifPresent(template::setValue);
        }
    }

    /** The passport spelling starts as the person's record has it, so the coordinator only checks it. */
    private void personChosen(Person person) {
        if (person == null) {
            passportName.clear();
            return;
        }
        String spelling = certificates.holder(kind.getValue(), person.id()).passportName();
        passportName.setValue(spelling == null ? "" : spelling);
    }

    private void issue() {
        try {
            message.setText("");
            Map<String, List<String>> missing = missingChoices();
            if (!missing.isEmpty()) {
                Forms.showProblems(missing, fields());
                return;
            }
            Person person = holder.getValue();
            CertificateSummary issued = certificates.issueToPerson(new PersonalIssue(kind.getValue(), person.id(),
                    template.getValue().id(), subject.getValue(), from.getValue(), to.getValue(), hours.getValue(),
                    passportName.getValue(), signer.getValue()));
            Forms.showProblems(Map.of(), fields());
            message.setText(getTranslation("certificate.personal.done", issued.holderName(), issued.code()));
            // The next certificate is usually for another person of the same course: keep the course's choices.
            holder.clear();
            passportName.clear();
            showIssued();
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), fields());
        } finally {
            issue.setEnabled(true);
        }
    }

    /**
     * The service is asked only with a person and a template chosen: it takes them as ids and would refuse the empty
     * choice as an unknown record, not as a field to fill.
     */
    private Map<String, List<String>> missingChoices() {
        if (holder.getValue() == null) {
            return Map.of("holder", List.of("certificate.person.holder-required"));
        }
        if (template.getValue() == null) {
            return Map.of("template", List.of("certificate.personal.template-required"));
        }
        return Map.of();
    }

    private Map<String, HasValidation> fields() {
        // The service checks the dates as a pair; the last day is where a wrong pair is corrected.
        return Map.of("holder", holder, "template", template, "subject", subject, "dates", to, "hours", hours,
                "passportName", passportName, "signerName", signer);
    }

    private void showIssued() {
        issuedArea.removeAll();
        if (school.getValue() == null) {
            return;
        }
        List<CertificateSummary> issued = certificates.personalCertificates(school.getValue().id());
        issuedArea.add(new H3(getTranslation("certificate.personal.issued-title", issued.size())));
        if (issued.isEmpty()) {
            issuedArea.add(new Paragraph(getTranslation("certificate.personal.none")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (CertificateSummary certificate : issued) {
            issuedArea.add(new IssuedCertificateCard(certificate, date, certificates, this::showIssued));
        }
    }
}
