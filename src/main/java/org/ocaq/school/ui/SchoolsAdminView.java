package org.ocaq.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.school.CountryService;
import org.ocaq.school.CountrySettings;
import org.ocaq.school.Delivery;
import org.ocaq.school.InstructionLanguages;
import org.ocaq.school.SchoolDetails;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSort;
import org.ocaq.school.SchoolSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.shared.ui.Forms;
import org.ocaq.shared.ui.GridSorting;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.ocaq.shared.ui.GridSorting.sortable;

/**
 * The network office's schools: a lazily paged, searchable list in Azerbaijani order (sortable by name, city or
 * country, in the database), a form to open or edit a
 * school, and the invitation of its coordinator.
 */
@Route("network/schools")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "school.admin.menu", order = 10, icon = "vaadin:building")
public class SchoolsAdminView extends Main implements HasDynamicTitle {

    private final transient SchoolService schools;
    private final TextField search = new TextField();
    private final Grid<SchoolSummary> grid = new Grid<>();
    private final Section editor = new Section();
    private final H3 editorTitle = new H3();
    private final Paragraph editorMessage = new Paragraph();
    private final TextField name = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<Delivery> delivery = new Select<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField address = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final SchoolLogoEditor logo;
    private final Section invitation = new Section();
    private final EmailField inviteEmail = new EmailField();
    private final TextField inviteName = new TextField();
    private final Select<Locale> inviteLanguage = new Select<>();
    private final Paragraph inviteMessage = new Paragraph();
    private Long schoolId;
    private long version;

    public SchoolsAdminView(SchoolService schools, CountryService countries) {
        this.schools = schools;
        this.logo = new SchoolLogoEditor(schools);
        addClassName("ocaq-page");
        setId("schools-admin");
        add(new H2(getTranslation("school.admin.title")));

        search.setId("schools-search");
        search.setLabel(getTranslation("school.admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("school.admin.new"), e -> openNew());
        create.setId("school-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div tools = new Div(search, create);
        tools.addClassName("ocaq-toolbar");
        add(tools);

        grid.setId("schools-grid");
        sortable(grid.addColumn(SchoolSummary::name), SchoolSort.NAME)
                .setHeader(getTranslation("school.field.name")).setFlexGrow(3);
        sortable(grid.addColumn(SchoolSummary::city), SchoolSort.CITY).setHeader(getTranslation("school.field.city"));
        sortable(grid.addColumn(s -> countryName(s.countryCode())), SchoolSort.COUNTRY)
                .setHeader(getTranslation("school.field.country"));
        grid.addColumn(s -> getTranslation("school.delivery." + s.delivery().name()))
                .setHeader(getTranslation("school.field.delivery"));
        grid.setAriaLabel(getTranslation("school.admin.title"));
        grid.setItems(query -> schools.listSchools(search.getValue(), query.getOffset(), query.getLimit(),
                        GridSorting.order(query, SchoolSort.class)).stream(),
                query -> (int) schools.countSchools(search.getValue()));
        grid.addItemClickListener(e -> openExisting(e.getItem().id()));
        add(grid);

        buildEditor(countries);
        add(editor);
    }

    private void buildEditor(CountryService countries) {
        editor.setId("school-editor");
        editor.setVisible(false);
        name.setId("school-name");
        name.setLabel(getTranslation("school.field.name"));
        name.setRequiredIndicatorVisible(true);
        city.setId("school-city");
        city.setLabel(getTranslation("school.field.city"));
        country.setId("school-country");
        country.setLabel(getTranslation("school.field.country"));
        country.setRequiredIndicatorVisible(true);
        country.setItems(countries.countries().stream().map(CountrySettings::code).toList());
        country.setItemLabelGenerator(this::countryName);
        delivery.setId("school-delivery");
        delivery.setLabel(getTranslation("school.field.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("school.delivery." + d.name()));
        timeZone.setId("school-time-zone");
        timeZone.setLabel(getTranslation("school.field.time-zone"));
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        address.setId("school-address");
        address.setLabel(getTranslation("school.field.address"));
        contactEmail.setId("school-contact-email");
        contactEmail.setLabel(getTranslation("school.field.contact-email"));
        contactPhone.setId("school-contact-phone");
        contactPhone.setLabel(getTranslation("school.field.contact-phone"));
        description.setId("school-description");
        description.setLabel(getTranslation("school.field.description"));
        languages.setId("school-languages");
        languages.setLabel(getTranslation("school.field.languages"));
        languages.setRequiredIndicatorVisible(true);
        languages.setItems(InstructionLanguages.CODES);
        languages.setItemLabelGenerator(code -> getTranslation(InstructionLanguages.messageKey(code)));
        editorMessage.setId("school-editor-message");
        Button save = new Button(getTranslation("school.admin.save"), e -> save());
        save.setId("school-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("school.admin.close"), e -> editor.setVisible(false));
        close.setId("school-close");
        Div form = new Div(name, city, country, delivery, timeZone, languages, address, contactEmail, contactPhone,
                description, new Div(save, close));
        form.addClassName("ocaq-form");

        inviteEmail.setId("invite-email");
        inviteEmail.setLabel(getTranslation("school.invite.email"));
        inviteName.setId("invite-name");
        inviteName.setLabel(getTranslation("school.invite.name"));
        inviteLanguage.setId("invite-language");
        inviteLanguage.setLabel(getTranslation("school.invite.language"));
        inviteLanguage.setItems(Languages.SUPPORTED);
        inviteLanguage.setItemLabelGenerator(l -> getTranslation("shared.language." + l.getLanguage()));
        inviteLanguage.setValue(Languages.DEFAULT);
        inviteMessage.setId("invite-message");
        Button send = new Button(getTranslation("school.invite.send"), e -> invite());
        send.setId("invite-send");
        Div inviteForm = new Div(inviteEmail, inviteName, inviteLanguage, send);
        inviteForm.addClassName("ocaq-form");
        invitation.setId("school-invitation");
        invitation.add(new H3(getTranslation("school.invite.title")), inviteForm, inviteMessage);

        editor.add(editorTitle, editorMessage, form, logo, invitation);
    }

    private void openNew() {
        schoolId = null;
        version = 0;
        editorTitle.setText(getTranslation("school.admin.new"));
        fill(new SchoolForm("", "", null, Delivery.IN_PERSON, null, "", "", "", "",
                List.of(InstructionLanguages.AZERBAIJANI)));
        editorMessage.setText("");
        invitation.setVisible(false);
        logo.setVisible(false);
        editor.setVisible(true);
    }

    private void openExisting(long id) {
        SchoolDetails details = schools.getSchool(id);
        schoolId = details.id();
        version = details.version();
        editorTitle.setText(details.form().name());
        fill(details.form());
        editorMessage.setText("");
        inviteMessage.setText("");
        invitation.setVisible(true);
        logo.show(details.id(), details.form().name(), details.hasLogo());
        logo.setVisible(true);
        editor.setVisible(true);
    }

    private void fill(SchoolForm form) {
        Forms.showProblems(Map.of(), fields());
        name.setValue(orEmpty(form.name()));
        city.setValue(orEmpty(form.city()));
        country.setValue(form.countryCode());
        delivery.setValue(form.delivery());
        timeZone.setValue(form.timeZone() == null ? null : form.timeZone().getId());
        address.setValue(orEmpty(form.address()));
        contactEmail.setValue(orEmpty(form.contactEmail()));
        contactPhone.setValue(orEmpty(form.contactPhone()));
        description.setValue(orEmpty(form.description()));
        languages.setValue(form.languages() == null ? Set.of() : Set.copyOf(form.languages()));
    }

    private void save() {
        SchoolForm form = new SchoolForm(name.getValue(), blankToNull(city.getValue()), country.getValue(),
                delivery.getValue(), timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()),
                blankToNull(address.getValue()), blankToNull(contactEmail.getValue()),
                blankToNull(contactPhone.getValue()), blankToNull(description.getValue()),
                List.copyOf(languages.getValue()));
        try {
            Forms.showProblems(Map.of(), fields());
            if (schoolId == null) {
                schoolId = schools.createSchool(form);
            } else {
                schools.updateSchool(schoolId, version, form);
            }
            SchoolDetails saved = schools.getSchool(schoolId);
            version = saved.version();
            editorTitle.setText(saved.form().name());
            editorMessage.setText(getTranslation("school.admin.saved"));
            invitation.setVisible(true);
            if (!logo.isVisible()) {
                logo.show(saved.id(), saved.form().name(), saved.hasLogo());
                logo.setVisible(true);
            }
            grid.getDataProvider().refreshAll();
        } catch (FieldProblems problems) {
            editorMessage.setText(getTranslation("school.admin.check-fields"));
            Forms.showProblems(problems.byField(), fields());
        } catch (OptimisticLockingFailureException conflict) {
            editorMessage.setText(getTranslation("school.admin.conflict"));
        }
    }

    private void invite() {
        try {
            Forms.showProblems(Map.of(), Map.of("email", inviteEmail, "displayName", inviteName));
            schools.inviteCoordinator(schoolId, inviteEmail.getValue(), inviteName.getValue(),
                    inviteLanguage.getValue());
            inviteMessage.setText(getTranslation("school.invite.sent", inviteEmail.getValue()));
            inviteEmail.clear();
            inviteName.clear();
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), Map.of("email", inviteEmail, "displayName", inviteName));
        }
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("name", name, "city", city, "countryCode", country, "delivery", delivery, "timeZone", timeZone,
                "address", address, "contactEmail", contactEmail, "contactPhone", contactPhone,
                "description", description, "languages", languages);
    }

    private String countryName(String code) {
        String display = Locale.of("", code).getDisplayCountry(getLocale());
        return display.isBlank() ? code : display;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.admin.title");
    }
}
