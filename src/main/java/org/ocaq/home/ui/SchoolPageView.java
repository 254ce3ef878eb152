package org.ocaq.home.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.PublicClass;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.enrolment.ui.ApplyView;
import org.ocaq.school.Delivery;
import org.ocaq.school.InstructionLanguages;
import org.ocaq.school.PublicSchool;
import org.ocaq.school.SchoolService;
import org.ocaq.school.ui.SchoolLogoImage;
import org.ocaq.shared.i18n.UiLocale;
import org.ocaq.shared.ui.LanguagePicker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A school's public page at /schools/&lt;slug&gt; (printed and shared; keep the address): its contact and the classes
 * open for enrolment, with day and time in the school's time zone and, for online classes, in the visitor's.
 */
@Route(value = "schools/:slug", autoLayout = false)
@AnonymousAllowed
public class SchoolPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient SchoolService schools;
    private final transient ClassService classes;
    private final transient UiLocale uiLocale;
    private final transient AuthenticationContext authentication;
    private final List<Runnable> visitorZoneFillers = new ArrayList<>();
    private ZoneId visitorZone;
    private String title = "";

    public SchoolPageView(SchoolService schools, ClassService classes, UiLocale uiLocale,
                          AuthenticationContext authentication) {
        this.schools = schools;
        this.authentication = authentication;
        this.classes = classes;
        this.uiLocale = uiLocale;
        addClassName("ocaq-directory");
        setId("school-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PublicSchool> found = schools.publicSchool(event.getRouteParameters().get("slug").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        visitorZoneFillers.clear();
        show(found.get());
        UI ui = event.getUI();
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                visitorZone = ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException unknownZone) {
                return;
            }
            visitorZoneFillers.forEach(Runnable::run);
        });
    }

    private void show(PublicSchool school) {
        title = school.name();
        Locale locale = getLocale();
        Div header = new Div(new Anchor("schools", getTranslation("home.directory.back")), new LanguagePicker(uiLocale));
        header.addClassName("ocaq-directory-header");
        H1 name = new H1(school.name());
        name.setId("school-name");
        add(header);
        if (school.hasLogo()) {
            SchoolLogoImage logo = new SchoolLogoImage(schools, school.id(), school.name());
            logo.setId("school-logo");
            add(logo);
        }
        add(name);
        String place = school.city() == null ? Countries.name(school.countryCode(), locale)
                : school.city() + ", " + Countries.name(school.countryCode(), locale);
        add(new Paragraph(getTranslation("home.directory.place", place,
                getTranslation("school.delivery." + school.delivery().name()))));
        if (!school.languages().isEmpty()) {
            Paragraph languages = new Paragraph(getTranslation("school.page.languages", school.languages().stream()
                    .map(code -> getTranslation(InstructionLanguages.messageKey(code)))
                    .collect(Collectors.joining(", "))));
            languages.setId("school-languages");
            add(languages);
        }
        if (school.description() != null) {
            add(new Paragraph(school.description()));
        }
        if (school.address() != null) {
            add(new Paragraph(getTranslation("home.directory.address", school.address())));
        }
        if (school.contactEmail() != null) {
            add(new Paragraph(new Anchor("mailto:" + school.contactEmail(), school.contactEmail())));
        }
        if (school.contactPhone() != null) {
            add(new Paragraph(getTranslation("home.directory.phone", school.contactPhone())));
        }

        Section list = new Section(new H2(getTranslation("home.directory.classes")));
        list.setId("school-classes");
        List<PublicClass> open = classes.openClasses(school.id());
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("home.directory.no-classes")));
        }
        for (PublicClass c : open) {
            Div card = new Div(new H3(c.name()));
            card.addClassName("ocaq-directory-class");
            card.add(new Paragraph(getTranslation("home.directory.class-facts", c.subject(),
                    c.level() == null ? "" : c.level(), c.minAge(), c.maxAge(), languageName(c.language(), locale))));
            // A class with a meeting link, or any class of an online-only school, is taken from anywhere.
            boolean online = c.online() || school.delivery() == Delivery.ONLINE;
            if (online) {
                card.add(new Span(getTranslation("school.delivery.ONLINE")));
            }
            UnorderedList slots = new UnorderedList();
            for (WeeklySlot slot : c.slots()) {
                ListItem item = new ListItem(getTranslation("home.directory.slot",
                        slot.day().getDisplayName(TextStyle.FULL, locale), TIME.format(slot.startsAt()),
                        TIME.format(slot.endsAt()), school.timeZone().getId()));
                slots.add(item);
                if (online) {
                    Span local = new Span();
                    local.addClassName("ocaq-visitor-time");
                    item.add(local);
                    visitorZoneFillers.add(() -> local.setText(" " + visitorTime(slot, school.timeZone(), locale)));
                }
            }
            card.add(slots);
            card.add(new Paragraph(applyLink(c)));
            list.add(card);
        }
        add(list);
        Anchor register = new Anchor("register", getTranslation("home.directory.register"));
        register.setId("school-register");
        add(new Paragraph(register));
    }

    /** A signed-in parent or learner goes to the apply view; a visitor signs in first (or registers from there). */
    private Anchor applyLink(PublicClass c) {
        boolean signedIn = authentication.isAuthenticated();
        Anchor apply = new Anchor(signedIn ? ApplyView.path(c.id()) : "login",
                getTranslation(signedIn ? "family.directory.apply" : "family.directory.apply-sign-in"));
        apply.setId("apply-" + c.id());
        return apply;
    }

    /** The next lesson of a weekly slot in the visitor's zone, e.g. "(your time, America/Toronto: Saturday 04:00)". */
    private String visitorTime(WeeklySlot slot, ZoneId schoolZone, Locale locale) {
        if (visitorZone == null || visitorZone.equals(schoolZone)) {
            return "";
        }
        LocalDate next = LocalDate.now(schoolZone).with(TemporalAdjusters.nextOrSame(slot.day()));
        ZonedDateTime there = ZonedDateTime.of(next, slot.startsAt(), schoolZone).withZoneSameInstant(visitorZone);
        return getTranslation("home.directory.visitor-time", visitorZone.getId(),
                there.getDayOfWeek().getDisplayName(TextStyle.FULL, locale), TIME.format(there));
    }

    private static String languageName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("home.directory.title") : title;
    }
}
