package org.ocaq.security.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.browserless.mocks.MockResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.testsupport.BrowserlessUiTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page speaks Azerbaijani to a visitor whose browser names no language, and English or Russian when the
 * UI's language is one of them: set directly, asked for by the browser, or chosen with the page's language picker.
 * Texts come from the translation bundles, never from the code.
 * <p>
 * A view builds its texts when it is created. A visitor's new UI already shows the sign-in page (Vaadin's access
 * control sends the first request there), and navigating to the page that is showing keeps that instance; so after
 * changing the language these tests open another page first, or reload the page as the browser would.
 */
@ViewPackages(classes = {LoginView.class, RegisterView.class})
class LanguageTest extends BrowserlessUiTest {

    @Test
    void azerbaijani_by_default() {
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("az");

        LoginView view = navigate(LoginView.class);

        assertThat(form("submit")).isEqualTo("Daxil ol");
        assertThat(form("title")).isEqualTo("Daxil ol");
        assertThat(form("username")).isEqualTo("E-poçt");
        assertThat(form("password")).isEqualTo("Şifrə");
        assertThat(form("forgotPassword")).isEqualTo("Şifrəni unutmusunuz?");
        assertThat(registerLink()).isEqualTo("Valideyn kimi qeydiyyatdan keçin");
        assertThat(tagline()).isEqualTo("Xaricdəki Azərbaycan həftəsonu məktəbləri və onlayn kurslar");
        assertThat(view.getPageTitle()).isEqualTo("Daxil ol — Ocaq");
        assertThat(picker().getLabel()).isEqualTo("Dil");
        assertThat(picker().getValue()).isEqualTo(Languages.AZERBAIJANI);
    }

    @Test
    void english_when_the_ui_locale_is_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        LoginView view = freshLoginView();

        assertThat(form("submit")).isEqualTo("Sign in");
        assertThat(form("username")).isEqualTo("Email");
        assertThat(form("password")).isEqualTo("Password");
        assertThat(form("forgotPassword")).isEqualTo("Forgot your password?");
        assertThat(error("title")).isEqualTo("Could not sign in");
        assertThat(registerLink()).isEqualTo("Register as a parent");
        assertThat(tagline()).isEqualTo("Azerbaijani weekend schools and online courses abroad");
        assertThat(view.getPageTitle()).isEqualTo("Sign in — Ocaq");
        assertThat(picker().getLabel()).isEqualTo("Language");
        assertThat(picker().getValue()).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void russian_when_the_ui_locale_is_russian() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru-RU"));

        LoginView view = freshLoginView();

        assertThat(form("submit")).isEqualTo("Войти");
        assertThat(form("title")).isEqualTo("Вход");
        assertThat(form("username")).isEqualTo("Электронная почта");
        assertThat(form("password")).isEqualTo("Пароль");
        assertThat(error("title")).isEqualTo("Не удалось войти");
        assertThat(registerLink()).isEqualTo("Регистрация для родителей");
        assertThat(view.getPageTitle()).isEqualTo("Вход — Ocaq");
        assertThat(picker().getLabel()).isEqualTo("Язык");
    }

    @Test
    void a_language_the_app_does_not_speak_falls_back_to_azerbaijani() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        freshLoginView();

        assertThat(form("submit")).isEqualTo("Daxil ol");
        assertThat(registerLink()).isEqualTo("Valideyn kimi qeydiyyatdan keçin");
    }

    @Test
    void the_browser_language_chooses_the_language_of_a_new_visit() {
        request().getHeaders().put("Accept-Language", List.of("ru-RU,ru;q=0.9,en;q=0.8"));

        UI.getCurrent().getPage().reload();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.RUSSIAN);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(form("submit")).isEqualTo("Войти");
        assertThat(tagline()).isEqualTo("Азербайджанские школы выходного дня и онлайн-курсы за рубежом");
    }

    @Test
    void the_language_picker_switches_and_remembers_the_language() {
        navigate(RegisterView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Valideyn qeydiyyatı");

        test(picker()).selectItem("English");

        // The choice goes into a cookie and the page reloads; the browser sends the cookie with the reload.
        Cookie cookie = response().findCookie("ocaq_lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.isHttpOnly()).isTrue();
        request().addCookie(cookie);
        UI.getCurrent().getPage().reload();

        // The reloaded page is the same page, now in English, and so is the next one.
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Parent registration");
        assertThat($(Button.class).id("register-submit").getText()).isEqualTo("Register");
        assertThat(picker().getValue()).isEqualTo(Languages.ENGLISH);
        navigate(LoginView.class);
        assertThat(form("submit")).isEqualTo("Sign in");
    }

    /** A new instance of the sign-in page, built in the UI's current language. */
    private LoginView freshLoginView() {
        LoginView before = (LoginView) getCurrentView();
        navigate(RegisterView.class);
        LoginView view = navigate(LoginView.class);
        assertThat(view).isNotSameAs(before);
        return view;
    }

    private static MockRequest request() {
        ServletRequest request = (ServletRequest) VaadinRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (MockRequest) request;
    }

    private static MockResponse response() {
        ServletResponse response = (ServletResponse) VaadinResponse.getCurrent();
        while (response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return (MockResponse) response;
    }

    /** The texts Vaadin's login form shows come from its i18n object, which the view fills from the bundles. */
    private String form(String key) {
        return i18n().get("form").get(key).asString();
    }

    private String error(String key) {
        return i18n().get("errorMessage").get(key).asString();
    }

    private JsonNode i18n() {
        Object raw = $(LoginForm.class).id("login-form").getElement().getPropertyRaw("i18n");
        assertThat(raw).isInstanceOf(JsonNode.class);
        return (JsonNode) raw;
    }

    private String registerLink() {
        return $(Anchor.class).id("register-link").getText();
    }

    private String tagline() {
        return $(Paragraph.class).first().getText();
    }

    @SuppressWarnings("unchecked")
    private Select<Locale> picker() {
        return $(Select.class).id("language-picker");
    }
}
