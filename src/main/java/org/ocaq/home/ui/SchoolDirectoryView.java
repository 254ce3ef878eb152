package org.ocaq.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ocaq.school.Delivery;
import org.ocaq.school.PublicSchool;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.i18n.UiLocale;
import org.ocaq.shared.ui.LanguagePicker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public directory at /schools (an address printed on flyers; keep it): every school by country and city, online
 * schools marked, with their public contact. No sign-in. It lives in home because it composes the school and classes
 * features, and classes already builds on school.
 */
@Route(value = "schools", autoLayout = false)
@AnonymousAllowed
public class SchoolDirectoryView extends Main implements HasDynamicTitle {

    public SchoolDirectoryView(SchoolService schools, UiLocale uiLocale) {
        addClassName("ocaq-directory");
        setId("school-directory");
        Div header = new Div(new H1(getTranslation("home.directory.title")), new LanguagePicker(uiLocale));
        header.addClassName("ocaq-directory-header");
        add(header, new Paragraph(getTranslation("home.directory.intro")));

        Map<String, Map<String, List<PublicSchool>>> byCountryAndCity = new TreeMap<>(Countries.byName(getLocale()));
        for (PublicSchool school : schools.publicDirectory()) {
            String city = school.city() == null || school.city().isBlank() ? "" : school.city();
            byCountryAndCity.computeIfAbsent(school.countryCode(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(city, c -> new java.util.ArrayList<>()).add(school);
        }
        byCountryAndCity.forEach((country, byCity) -> {
            Section section = new Section(new H2(Countries.name(country, getLocale())));
            section.addClassName("ocaq-directory-country");
            byCity.forEach((city, list) -> {
                if (!city.isEmpty()) {
                    section.add(new H3(city));
                }
                list.forEach(school -> section.add(card(school)));
            });
            add(section);
        });
        add(new Anchor("login", getTranslation("home.directory.sign-in")));
    }

    private Div card(PublicSchool school) {
        Anchor link = new Anchor("schools/" + school.slug(), school.name());
        link.setId("school-link-" + school.slug());
        Div card = new Div(link);
        card.addClassName("ocaq-directory-school");
        if (school.delivery() != Delivery.IN_PERSON) {
            Span online = new Span(getTranslation("school.delivery." + school.delivery().name()));
            online.getElement().getThemeList().add("badge");
            card.add(new Span(" "), online);
        }
        if (school.contactEmail() != null) {
            card.add(new Paragraph(new Anchor("mailto:" + school.contactEmail(), school.contactEmail())));
        }
        if (school.contactPhone() != null) {
            card.add(new Paragraph(getTranslation("home.directory.phone", school.contactPhone())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.directory.title");
    }
}
