package org.ocaq.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses each UI's language: the account's choice, else the visitor's cookie, else the browser's languages,
 * else Azerbaijani; and switches it on request, remembering the choice for the account and in a cookie.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    static final String COOKIE = "ocaq_lang";
    /** The visitor's choice in this session, for when cookies are blocked. */
    static final String SESSION_ATTRIBUTE = "ocaq.language";

    private final AccountLocaleStore accounts;

    public UiLocale(AccountLocaleStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(resolve(VaadinRequest.getCurrent())));
    }

    Locale resolve(VaadinRequest request) {
        Optional<Locale> account = accounts.currentAccountLocale();
        if (account.isPresent()) {
            return account.get();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        if (request != null) {
            Optional<Locale> fromCookie = Optional.ofNullable(request.getCookies()).stream()
                    .flatMap(Arrays::stream)
                    .filter(c -> COOKIE.equals(c.getName()))
                    .findFirst()
                    .flatMap(c -> Languages.supported(c.getValue()));
            if (fromCookie.isPresent()) {
                return fromCookie.get();
            }
            return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        }
        return Languages.DEFAULT;
    }

    /** Switch the current UI's language and remember the choice; the caller reloads the page. */
    public void switchTo(Locale locale) {
        Locale chosen = Languages.supportedOrDefault(locale.getLanguage());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(chosen);
            session.setAttribute(SESSION_ATTRIBUTE, chosen);
        }
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        accounts.rememberForCurrentAccount(chosen);
    }
}
