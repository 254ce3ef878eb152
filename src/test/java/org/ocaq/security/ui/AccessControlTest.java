package org.ocaq.security.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.home.ui.HomeView;
import org.ocaq.notification.ui.DevMailboxView;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin's navigation access control, as configured in SecurityConfig: a visitor is sent to the sign-in page, and a
 * signed-in person without the role gets "not found" for a page that is only for the network office.
 */
@ViewPackages(classes = {HomeView.class, MainLayout.class, LoginView.class, RegisterView.class})
class AccessControlTest extends BrowserlessUiTest {

    @Test
    void visitor_opening_home_is_redirected_to_sign_in() {
        UI.getCurrent().navigate(HomeView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("login");
        assertThat(present("home")).isFalse();
        assertThat(present("login-form")).isTrue();
    }

    @Test
    void visitor_may_open_the_public_pages() {
        navigate(RegisterView.class);
        assertThat(present("register-submit")).isTrue();
        navigate(LoginView.class);
        assertThat(present("login-form")).isTrue();
    }

    @Test
    void parent_is_refused_a_page_only_for_the_network_office() {
        signIn(DemoNetwork.PARENT);
        navigate(HomeView.class);

        UI.getCurrent().navigate(DevMailboxView.class);

        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class).isNotInstanceOf(DevMailboxView.class);
        assertThat(present("mailbox-grid")).isFalse();
    }

    @Test
    void signed_in_person_opening_sign_in_goes_home() {
        signIn(DemoNetwork.PARENT);

        UI.getCurrent().navigate(LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(present("family-overview")).isTrue();
    }
}
