package org.ocaq.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.certificate.CertificateKind;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.TemplateForm;
import org.ocaq.certificate.TemplateSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.ui.Forms;
import org.ocaq.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The network office's certificate templates: what each attests, its second language, the signer's title, hours and
 * the attendance rule's default. A template in use is retired rather than deleted. A failed save keeps what was typed.
 */
@Route("network/certificate-templates")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "certificate.template.menu", order = 13, icon = "vaadin:diploma-scroll")
class CertificateTemplatesView extends Main implements HasDynamicTitle {

    private final transient CertificateService certificates;
    private final Grid<TemplateSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final ComboBox<CertificateKind> kind = new ComboBox<>();
    private final ComboBox<Locale> second = new ComboBox<>();
    private final TextField signerTitle = new TextField();
    private final IntegerField hours = new IntegerField();
    private final IntegerField minRate = new IntegerField();
    private final Checkbox retired = new Checkbox();
    private final Paragraph message = new Paragraph();
    private final H3 formTitle = new H3();
    private transient TemplateSummary editing;

    CertificateTemplatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("ocaq-page");
        setId("certificate-templates");
        add(new H2(getTranslation("certificate.template.title")));
        grid.setId("templates-grid");
        grid.setAriaLabel(getTranslation("certificate.template.title"));
        grid.addColumn(t -> t.form().name()).setHeader(getTranslation("certificate.template.name")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("certificate.verify.kind." + t.form().kind().name()))
                .setHeader(getTranslation("certificate.template.kind")).setFlexGrow(2);
        grid.addColumn(t -> t.form().retired() ? getTranslation("certificate.template.retired") : "")
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        name.setId("template-name");
        name.setLabel(getTranslation("certificate.template.name"));
        name.setMaxLength(120);
        kind.setId("template-kind");
        kind.setLabel(getTranslation("certificate.template.kind"));
        kind.setItems(CertificateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("certificate.verify.kind." + k.name()));
        second.setId("template-second");
        second.setLabel(getTranslation("certificate.template.second"));
        second.setItems(Locale.ENGLISH, Locale.forLanguageTag("ru"));
        second.setItemLabelGenerator(l -> l.getDisplayLanguage(getLocale()));
        signerTitle.setId("template-signer-title");
        signerTitle.setLabel(getTranslation("certificate.template.signer-title"));
        signerTitle.setMaxLength(150);
        hours.setId("template-hours");
        hours.setLabel(getTranslation("certificate.template.hours"));
        hours.setHelperText(getTranslation("certificate.template.hours-help"));
        hours.setMin(1);
        hours.setMax(2000);
        minRate.setId("template-min-rate");
        minRate.setLabel(getTranslation("certificate.template.min-rate"));
        minRate.setMin(0);
        minRate.setMax(100);
        retired.setId("template-retired");
        retired.setLabel(getTranslation("certificate.template.retire"));
        message.setId("template-message");
        message.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("certificate.template.save"), e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("certificate.template.new"), e -> grid.asSingleSelect().clear());
        add.setId("template-new");
        Div form = new Div(formTitle, name, kind, second, signerTitle, hours, minRate, retired, message,
                new Div(save, add));
        form.addClassName("ocaq-form");
        form.setMaxWidth("32rem");
        add(grid, form);
        refresh();
        edit(null);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "kind", kind, "secondLanguage", second, "signerTitle", signerTitle,
                "hours", hours, "minRatePercent", minRate);
    }

    private void refresh() {
        grid.setItems(certificates.templates());
    }

    private void edit(TemplateSummary template) {
        editing = template;
        Forms.showProblems(Map.of(), fields());
        message.setText("");
        if (template == null) {
            formTitle.setText(getTranslation("certificate.template.new"));
            name.clear();
            kind.setValue(CertificateKind.TERM_ATTENDANCE);
            second.setValue(Locale.ENGLISH);
            signerTitle.clear();
            hours.clear();
            minRate.setValue(75);
            retired.setValue(false);
            return;
        }
        TemplateForm form = template.form();
        formTitle.setText(form.name());
        name.setValue(form.name());
        kind.setValue(form.kind());
        second.setValue(second.getListDataView().getItems()
                .filter(l -> l.getLanguage().equals(form.secondLanguage().getLanguage())).findFirst()
                .orElse(Locale.ENGLISH));
        signerTitle.setValue(form.signerTitle());
        hours.setValue(form.hours());
        minRate.setValue(form.minRatePercent());
        retired.setValue(form.retired());
    }

    private void save() {
        TemplateForm form = new TemplateForm(name.getValue(), kind.getValue(), second.getValue(),
                signerTitle.getValue(), hours.getValue(), minRate.getValue() == null ? -1 : minRate.getValue(),
                retired.getValue());
        try {
            long id = certificates.saveTemplate(editing == null ? null : editing.id(),
                    editing == null ? 0 : editing.version(), form);
            refresh();
            // Reloading the list clears the choice (and the form with it): choose the saved template again, so the
            // form shows it at its new version and a second save changes it rather than adding another.
            grid.getListDataView().getItems().filter(t -> t.id() == id).findFirst()
                    .ifPresent(grid.asSingleSelect()::setValue);
            message.setText(getTranslation("certificate.template.saved", form.name().strip()));
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), fields());
        } catch (OptimisticLockingFailureException changed) {
            message.setText(getTranslation("certificate.template.changed-meanwhile"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.template.title") + " · Ocaq";
    }
}
