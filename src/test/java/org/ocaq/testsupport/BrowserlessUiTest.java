package org.ocaq.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.ocaq.OcaqApplication;
import org.ocaq.devsupport.EmbeddedMariaDbInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.ContextConfiguration;
import org.ocaq.security.OcaqPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.stream.Stream;

/**
 * Browserless UI tests (Vaadin's {@code browserless-test-spring}): the views run on the server-side component tree of
 * a mocked UI, in a Spring context of their own with a mock web environment, on the same embedded MariaDB and demo
 * network as the integration tests. A context of their own, because the browserless set-up re-registers Vaadin's
 * routes from {@code @ViewPackages} in the servlet context it runs in: inside the real server's context it would
 * leave the real application without its other routes.
 * {@code @ViewPackages} is not inherited: each test class declares the views it needs.
 * <p>
 * Sign in with {@link #signIn} at the start of a test, before navigating: it sets Spring's security context the way
 * the real sign-in leaves it, and the browserless request reads its principal and roles from there, so Vaadin's
 * access control and {@code AuthenticationContext} see that person. The context is cleared after each test.
 */
@SpringBootTest(classes = OcaqApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = {EmbeddedMariaDbInitializer.class, TestMail.Initializer.class})
@Import(TestSupportConfiguration.class)
@ActiveProfiles({"demo", "test"})
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

    @Autowired
    protected UserDetailsService users;

    /** Signs in as the account with that email; its password is not checked (sign-in itself is tested elsewhere). */
    protected OcaqPrincipal signIn(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return (OcaqPrincipal) user;
    }

    @AfterEach
    void signOutAfterTest() {
        SecurityContextHolder.clearContext();
    }

    /** Whether a visible component with that id is in the current UI (the queries skip invisible components). */
    protected boolean present(String id) {
        return $(Component.class).withId(id).exists();
    }

    /** The component with that id in the current UI, visible or not. */
    protected <T extends Component> T anyById(Class<T> type, String id) {
        return descendants(UI.getCurrent()).filter(type::isInstance)
                .filter(c -> c.getId().filter(id::equals).isPresent()).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " with id " + id));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(BrowserlessUiTest::descendants));
    }
}
