package org.ocaq.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.school.CountryService;
import org.ocaq.school.CountrySettings;
import org.ocaq.school.HolidaySummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.DateFields;
import org.ocaq.shared.ui.Forms;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** The network office's per-country settings: the digital age of consent and the public holidays. */
@Route("network/countries")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "school.country.menu", order = 11, icon = "vaadin:globe")
public class CountriesAdminView extends Main implements HasDynamicTitle {

    private final transient CountryService countries;
    private final Grid<CountrySettings> grid = new Grid<>();
    private final Section details = new Section();
    private final H3 detailsTitle = new H3();
    private final IntegerField consentAge = new IntegerField();
    private final Grid<HolidaySummary> holidays = new Grid<>();
    private final DatePicker holidayDate = DateFields.localized(new DatePicker());
    private final TextField holidayName = new TextField();
    private final Paragraph message = new Paragraph();
    private String countryCode;

    public CountriesAdminView(CountryService countries) {
        this.countries = countries;
        addClassName("ocaq-page");
        setId("countries-admin");
        add(new H2(getTranslation("school.country.title")));
        grid.setId("countries-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> countryName(c.code())).setHeader(getTranslation("school.field.country")).setFlexGrow(3);
        grid.addColumn(CountrySettings::digitalConsentAge).setHeader(getTranslation("school.country.consent-age"));
        grid.setAriaLabel(getTranslation("school.country.title"));
        grid.setItems(countries.countries());
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);

        consentAge.setId("country-consent-age");
        consentAge.setLabel(getTranslation("school.country.consent-age"));
        consentAge.setHelperText(getTranslation("school.country.consent-age-range"));
        consentAge.setMin(13);
        consentAge.setMax(16);
        consentAge.setStepButtonsVisible(true);
        Button saveAge = new Button(getTranslation("school.admin.save"), e -> saveAge());
        saveAge.setId("country-save");
        saveAge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        holidays.setId("holidays-grid");
        holidays.setAllRowsVisible(true);
        holidays.addColumn(h -> dates.format(h.date())).setHeader(getTranslation("school.holiday.date"));
        holidays.addColumn(HolidaySummary::name).setHeader(getTranslation("school.holiday.name")).setFlexGrow(3);
        holidays.addComponentColumn(h -> {
            Button remove = new Button(getTranslation("school.holiday.remove"), e -> {
                countries.removeHoliday(h.id());
                refreshHolidays();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        holidays.setAriaLabel(getTranslation("school.holiday.title"));
        holidayDate.setId("holiday-date");
        holidayDate.setLabel(getTranslation("school.holiday.date"));
        holidayName.setId("holiday-name");
        holidayName.setLabel(getTranslation("school.holiday.name"));
        Button addHoliday = new Button(getTranslation("school.holiday.add"), e -> addHoliday());
        addHoliday.setId("holiday-add");
        message.setId("country-message");
        Div ageForm = new Div(consentAge, saveAge);
        ageForm.addClassName("ocaq-form");
        Div holidayForm = new Div(holidayDate, holidayName, addHoliday);
        holidayForm.addClassName("ocaq-form");
        details.setId("country-details");
        details.setVisible(false);
        details.add(detailsTitle, message, ageForm, new H3(getTranslation("school.holiday.title")), holidays,
                holidayForm);
        add(details);
    }

    private void open(CountrySettings country) {
        countryCode = country.code();
        detailsTitle.setText(countryName(country.code()));
        consentAge.setValue(country.digitalConsentAge());
        message.setText("");
        refreshHolidays();
        details.setVisible(true);
    }

    private void saveAge() {
        try {
            Forms.showProblems(Map.of(), Map.of("digitalConsentAge", consentAge));
            countries.setDigitalConsentAge(countryCode, consentAge.getValue() == null ? 0 : consentAge.getValue());
            message.setText(getTranslation("school.admin.saved"));
            grid.setItems(countries.countries());
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), Map.of("digitalConsentAge", consentAge));
        }
    }

    private void addHoliday() {
        try {
            Forms.showProblems(Map.of(), Map.of("date", holidayDate, "name", holidayName));
            countries.addHoliday(countryCode, holidayDate.getValue(), holidayName.getValue());
            holidayDate.clear();
            holidayName.clear();
            refreshHolidays();
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), Map.of("date", holidayDate, "name", holidayName));
        }
    }

    private void refreshHolidays() {
        holidays.setItems(countries.holidays(countryCode));
    }

    private String countryName(String code) {
        String display = Locale.of("", code).getDisplayCountry(getLocale());
        return display.isBlank() ? code : display;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.country.title");
    }
}
