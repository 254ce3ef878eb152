package org.ocaq.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.ocaq.shared.NamedPrincipal;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.shared.i18n.UiLocale;

import java.util.Locale;
import java.util.Optional;

/**
 * The shell around every signed-in view: the side navigation shows only the views the person may open (Vaadin
 * filters {@code @Menu} views by their access annotations), and the user menu holds language, profile and sign-out.
 * Menu titles are i18n keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient UiLocale uiLocale;
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication, UiLocale uiLocale) {
        this.authentication = authentication;
        this.uiLocale = uiLocale;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shared.layout.menu"));
        viewTitle.addClassName("ocaq-view-title");
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("ocaq-navbar");
        addToNavbar(navbar);

        Anchor brand = new Anchor("", getTranslation("shared.app.name"));
        brand.addClassName("ocaq-brand");
        Span tagline = new Span(getTranslation("shared.app.tagline"));
        tagline.addClassName("ocaq-tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("ocaq-drawer-header");
        addToDrawer(header, sideNav());
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel(getTranslation("shared.layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private MenuBar userMenu() {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Optional<NamedPrincipal> person = authentication.getAuthenticatedUser(NamedPrincipal.class);
        MenuItem top = bar.addItem(new Span(new Icon(VaadinIcon.USER),
                new Span(person.map(NamedPrincipal::displayName).orElse(getTranslation("shared.layout.visitor")))));
        top.setAriaLabel(getTranslation("shared.layout.user-menu"));
        SubMenu sub = top.getSubMenu();
        person.ifPresent(p -> p.roles().forEach(role -> {
            MenuItem roleItem = sub.addItem(getTranslation(role.messageKey()));
            roleItem.setEnabled(false);
        }));
        MenuItem language = sub.addItem(getTranslation("shared.layout.language"));
        language.setId("language-menu");
        for (Locale locale : Languages.SUPPORTED) {
            MenuItem choice = language.getSubMenu().addItem(getTranslation("shared.language." + locale.getLanguage()),
                    click -> {
                        uiLocale.switchTo(locale);
                        UI.getCurrent().getPage().reload();
                    });
            choice.setId("language-" + locale.getLanguage());
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        if (person.isPresent()) {
            MenuItem profile = sub.addItem(getTranslation("shared.layout.profile"),
                    click -> UI.getCurrent().navigate("profile"));
            profile.setId("profile-menu");
            MenuItem signOut = sub.addItem(getTranslation("shared.layout.sign-out"), click -> authentication.logout());
            signOut.setId("sign-out");
        } else {
            sub.addItem(new Anchor("login", getTranslation("shared.layout.sign-in")));
        }
        return bar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
