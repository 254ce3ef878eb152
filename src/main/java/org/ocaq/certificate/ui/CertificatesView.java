package org.ocaq.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.attendance.AttendanceReportService;
import org.ocaq.certificate.CertificateCandidate;
import org.ocaq.certificate.CertificatePreview;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.certificate.TemplateSummary;
import org.ocaq.classes.ClassSummary;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.school.TermSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.OffsetPage;
import org.ocaq.shared.BackgroundTasks;
import org.ocaq.shared.Role;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A coordinator's certificates: choose a class, its term and a template, see who qualifies by the attendance rule
 * (and why the others do not), issue them in one step, then download them as one PDF or a ZIP, correct a name or
 * revoke one with a reason.
 */
@Route("certificates")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
@Menu(title = "certificate.issue.menu", order = 45, icon = "vaadin:diploma")
class CertificatesView extends Main implements HasDynamicTitle {

    private final transient CertificateService certificates;
    private final transient SchoolService schools;
    private final transient AttendanceReportService reports;
    private final transient TaskExecutor background;
    private final ComboBox<SchoolSummary> school = new ComboBox<>();
    private final ComboBox<ClassSummary> schoolClass = new ComboBox<>();
    private final ComboBox<TermSummary> term = new ComboBox<>();
    private final ComboBox<TemplateSummary> template = new ComboBox<>();
    private final IntegerField minRate = new IntegerField();
    private final TextField signer = new TextField();
    private final Paragraph message = new Paragraph();
    private final Div previewArea = new Div();
    private final Div issuedArea = new Div();

    CertificatesView(CertificateService certificates, SchoolService schools, AttendanceReportService reports,
                     @Qualifier(BackgroundTasks.EXECUTOR) TaskExecutor background) {
        this.certificates = certificates;
        this.background = background;
        this.schools = schools;
        this.reports = reports;
        addClassName("ocaq-page");
        setId("certificates");
        add(new H2(getTranslation("certificate.issue.title")));
        RouterLink personal = new RouterLink(getTranslation("certificate.personal.link"),
                PersonalCertificatesView.class);
        personal.setId("certificates-personal-link");
        add(personal);
        List<SchoolSummary> visible = schools.listSchools("", 0, OffsetPage.MAX_LIMIT);
        school.setId("certificates-school");
        school.setLabel(getTranslation("certificate.issue.school"));
        school.setItems(visible);
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setVisible(visible.size() > 1);
        schoolClass.setId("certificates-class");
        schoolClass.setLabel(getTranslation("certificate.issue.class"));
        schoolClass.setItemLabelGenerator(ClassSummary::name);
        term.setId("certificates-term");
        term.setLabel(getTranslation("certificate.issue.term"));
        term.setItemLabelGenerator(TermSummary::name);
        template.setId("certificates-template");
        template.setLabel(getTranslation("certificate.issue.template"));
        template.setItemLabelGenerator(t -> t.form().name());
        template.setMinWidth("18em");
        List<TemplateSummary> usable = certificates.templates().stream().filter(t -> !t.form().retired()).toList();
        template.setItems(usable);
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                minRate.setValue(e.getValue().form().minRatePercent());
            }
        });
        minRate.setId("certificates-min-rate");
        minRate.setLabel(getTranslation("certificate.issue.min-rate"));
        minRate.setHelperText(getTranslation("certificate.issue.min-rate-help"));
        minRate.setMin(0);
        minRate.setMax(100);
        minRate.setStepButtonsVisible(true);
        signer.setId("certificates-signer");
        signer.setLabel(getTranslation("certificate.issue.signer"));
        signer.setMaxLength(150);
        Button preview = new Button(getTranslation("certificate.issue.preview"), e -> showPreview());
        preview.setId("certificates-preview");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div filters = new Div(school, schoolClass, term, template, minRate, signer, preview);
        filters.addClassName("ocaq-filters");
        message.setId("certificates-message");
        message.getElement().setAttribute("role", "status");
        previewArea.setId("certificates-preview-area");
        issuedArea.setId("certificates-issued");
        add(filters, message, previewArea, issuedArea);
        school.addValueChangeListener(e -> schoolChosen(e.getValue()));
        schoolClass.addValueChangeListener(e -> showIssued());
        term.addValueChangeListener(e -> showIssued());
        if (!usable.isEmpty()) {
            template.setValue(usable.getFirst());
        }
        if (!visible.isEmpty()) {
            school.setValue(visible.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.issue.title") + " · Ocaq";
    }

    private void schoolChosen(SchoolSummary chosen) {
        previewArea.removeAll();
        if (chosen == null) {
            return;
        }
        // Both lists first (each clears its choice), then both choices: the certificates are listed once, for a
        // class and a term of the same school.
        List<TermSummary> terms = schools.terms(chosen.id());
        List<ClassSummary> classes = reports.reportableClasses(chosen.id());
        term.setItems(terms);
        schoolClass.setItems(classes);
        term.setValue(terms.isEmpty() ? null : terms.getLast());
        schoolClass.setValue(classes.isEmpty() ? null : classes.getFirst());
    }

    private boolean chosen() {
        boolean complete = schoolClass.getValue() != null && term.getValue() != null && template.getValue() != null
                && minRate.getValue() != null;
        if (!complete) {
            message.setText(getTranslation("certificate.issue.choose"));
        }
        return complete;
    }

    private void showPreview() {
        previewArea.removeAll();
        message.setText("");
        if (!chosen()) {
            return;
        }
        CertificatePreview preview = certificates.preview(schoolClass.getValue().id(), term.getValue().id(),
                template.getValue().id(), minRate.getValue());
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        Grid<CertificateCandidate> grid = new Grid<>();
        grid.setId("certificates-candidates");
        grid.setAriaLabel(getTranslation("certificate.issue.candidates"));
        grid.addColumn(CertificateCandidate::childName).setHeader(getTranslation("certificate.issue.child"))
                .setFlexGrow(2);
        grid.addComponentColumn(c -> verdict(c, percent, preview.minRatePercent()))
                .setHeader(getTranslation("certificate.issue.verdict")).setFlexGrow(3);
        grid.setItems(preview.candidates());
        grid.setAllRowsVisible(true);
        long count = preview.qualifying();
        Button issue = new Button(getTranslation("certificate.issue.issue", count), e -> issue());
        issue.setId("certificates-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        issue.setEnabled(count > 0);
        previewArea.add(new H3(getTranslation("certificate.issue.preview-title", preview.className(),
                preview.termName())), new Paragraph(getTranslation("certificate.issue.summary", count,
                preview.candidates().size(), preview.minRatePercent())), grid, issue);
    }

    private Div verdict(CertificateCandidate candidate, NumberFormat percent, int minimum) {
        String rate = candidate.rate().isPresent() ? percent.format(candidate.rate().getAsDouble()) : "—";
        Span badge = new Span(candidate.qualifies() ? getTranslation("certificate.issue.qualifies", rate)
                : getTranslation(candidate.reasonKey(), rate, minimum));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(candidate.qualifies() ? "success" : "contrast");
        badge.setId("candidate-" + candidate.childId());
        Div cell = new Div(badge);
        if (!candidate.qualifies() && candidate.certificateId() == null) {
            // The coordinator's judgement over the rule (a long illness, a late start), one child at a time.
            Button anyway = new Button(getTranslation("certificate.issue.anyway"), e -> issueAnyway(candidate));
            anyway.setId("candidate-" + candidate.childId() + "-anyway");
            anyway.setAriaLabel(getTranslation("certificate.issue.anyway-label", candidate.childName()));
            anyway.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            cell.add(anyway);
        }
        return cell;
    }

    private void issueAnyway(CertificateCandidate candidate) {
        try {
            certificates.issueForChild(schoolClass.getValue().id(), term.getValue().id(), template.getValue().id(),
                    candidate.childId(), signer.getValue());
            signer.setInvalid(false);
            showPreview();
            message.setText(getTranslation("certificate.issue.anyway-done", candidate.childName()));
            showIssued();
        } catch (FieldProblems problems) {
            String text = problems.byField().values().stream().flatMap(List::stream).findFirst()
                    .map(this::getTranslation).orElse("");
            if (problems.byField().containsKey("signerName")) {
                signer.setInvalid(true);
                signer.setErrorMessage(text);
            } else {
                message.setText(text);
            }
        }
    }

    private void issue() {
        try {
            List<CertificateSummary> issued = certificates.issueForClass(schoolClass.getValue().id(),
                    term.getValue().id(), template.getValue().id(), minRate.getValue(), signer.getValue());
            signer.setInvalid(false);
            previewArea.removeAll();
            message.setText(getTranslation("certificate.issue.done", issued.size()));
            showIssued();
        } catch (FieldProblems problems) {
            signer.setInvalid(true);
            signer.setErrorMessage(problems.byField().values().stream().flatMap(List::stream).findFirst()
                    .map(this::getTranslation).orElse(""));
        }
    }

    private void showIssued() {
        issuedArea.removeAll();
        if (schoolClass.getValue() == null || term.getValue() == null) {
            return;
        }
        long classId = schoolClass.getValue().id();
        long termId = term.getValue().id();
        List<CertificateSummary> issued = certificates.classCertificates(classId, termId);
        issuedArea.add(new H3(getTranslation("certificate.issue.issued-title", issued.size())));
        if (issued.isEmpty()) {
            return;
        }
        List<Long> ids = issued.stream().filter(c -> !c.revoked()).map(CertificateSummary::id).toList();
        Div downloads = new Div(bulk("certificates-merged", "certificate.issue.merged", ids, false),
                bulk("certificates-zip", "certificate.issue.zip", ids, true));
        downloads.addClassName("ocaq-downloads");
        issuedArea.add(downloads);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (CertificateSummary certificate : issued) {
            issuedArea.add(new IssuedCertificateCard(certificate, date, certificates, this::showIssued));
        }
    }

    /**
     * A button that prepares all the class's certificates as one file in the background, with a progress bar (the
     * page polls while it runs), and then offers the file.
     */
    private Button bulk(String id, String textKey, List<Long> ids, boolean zip) {
        String name = CertificateService.fileSafe(schoolClass.getValue().name() + " " + term.getValue().name())
                + (zip ? ".zip" : ".pdf");
        Button prepare = new Button(getTranslation(textKey, ids.size()));
        prepare.setId(id);
        prepare.setEnabled(!ids.isEmpty());
        prepare.addClickListener(click -> {
            UI ui = UI.getCurrent();
            ProgressBar bar = new ProgressBar(0, ids.size(), 0);
            bar.setId("certificates-progress");
            bar.getElement().setAttribute("aria-label", getTranslation("certificate.issue.preparing"));
            Span progressText = new Span(getTranslation("certificate.issue.progress", 0, ids.size()));
            progressText.setId("certificates-progress-text");
            Div status = new Div(bar, progressText);
            status.setId("certificates-file-status");
            issuedArea.getChildren().filter(c -> c.getId().filter("certificates-file-status"::equals).isPresent())
                    .toList().forEach(issuedArea::remove);
            issuedArea.addComponentAtIndex(2, status);
            prepare.setEnabled(false);
            ui.setPollInterval(500);
            int step = Math.max(1, ids.size() / 50);
            background.execute(BackgroundTasks.asCurrentUser(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    certificates.writeAll(ids, zip, out, done -> {
                        if (done % step == 0 || done == ids.size()) {
                            ui.access(() -> {
                                bar.setValue(done);
                                progressText.setText(getTranslation("certificate.issue.progress", done, ids.size()));
                            });
                        }
                    });
                    byte[] bytes = out.toByteArray();
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                new ByteArrayInputStream(bytes), name, zip ? "application/zip" : "application/pdf",
                                bytes.length)), getTranslation("certificate.issue.file-ready", name));
                        file.setId("certificates-file");
                        status.removeAll();
                        status.add(file);
                        prepare.setEnabled(true);
                    });
                } catch (RuntimeException failure) {
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        status.removeAll();
                        status.add(new Span(getTranslation("certificate.issue.file-failed")));
                        prepare.setEnabled(true);
                    });
                }
            }));
        });
        return prepare;
    }
}
