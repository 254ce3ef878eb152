package org.ocaq.notification.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.home.ui.HomeView;
import org.ocaq.notification.OutboxEntry;
import org.ocaq.security.AccountService;
import org.ocaq.security.ui.LoginView;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /dev/mailbox exists only because the demo profile switches on ocaq.dev-mailbox.enabled (DevMailboxRoute registers
 * it at start-up); the network office reads the outbox there, and Vaadin's access control keeps everyone else out.
 */
@ViewPackages(classes = {MainLayout.class, HomeView.class, LoginView.class})
class DevMailboxTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired AccountService accounts;

    @Test
    void network_office_reads_the_outbox() {
        String email = "poct-" + TestData.unique("m") + "@test.example";
        testData.account(email, "Poçt Testi", Role.PARENT);
        accounts.requestPasswordReset(email);
        signIn(DemoNetwork.ADMIN);

        DevMailboxView view = navigate("dev/mailbox", DevMailboxView.class);

        assertThat(view.getPageTitle()).isEqualTo("Göndərilən məktublar");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = $(Grid.class).id("mailbox-grid");
        var mailbox = test(grid);
        assertThat(mailbox.size()).isPositive();
        assertThat(IntStream.range(0, 4).mapToObj(mailbox::getHeaderCell))
                .containsExactly("Yaradılıb", "Alıcı", "Mövzu", "Vəziyyət");
        int row = IntStream.range(0, mailbox.size()).filter(r -> mailbox.getCellText(r, 1).equals(email))
                .findFirst().orElseThrow(() -> new AssertionError("no message to " + email + " in the mailbox"));
        assertThat(mailbox.getCellText(row, 2)).isEqualTo("Ocaq: şifrənin yenilənməsi");
        assertThat(mailbox.getCellText(row, 3)).isIn("Növbədə", "Göndərilib");

        // The row holds the message itself (shown as its details), with the link a developer follows.
        assertThat(mailbox.getRow(row).body()).startsWith("Salam, Poçt Testi!").contains("/reset-password/");
    }

    @Test
    void coordinator_is_refused() {
        signIn(DemoNetwork.COORDINATOR);

        UI.getCurrent().navigate("dev/mailbox");

        // Vaadin's access control answers a signed-in person without the role as if the page did not exist.
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class).isNotInstanceOf(DevMailboxView.class);
        assertThat(present("mailbox-grid")).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("dev/mailbox");
    }

    @Test
    void visitor_is_sent_to_sign_in() {
        UI.getCurrent().navigate("dev/mailbox");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(present("mailbox-grid")).isFalse();
    }
}
