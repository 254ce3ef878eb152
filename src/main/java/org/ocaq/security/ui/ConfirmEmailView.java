package org.ocaq.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ocaq.security.AccountService;

/** The emailed confirmation link: /confirm-email/&lt;token&gt;. */
@Route(value = "confirm-email/:token", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccountService accounts;
    private final Paragraph result = new Paragraph();

    public ConfirmEmailView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("ocaq-public-page");
        result.setId("confirm-result");
        Div card = new Div(new H1(getTranslation("security.confirm.title")), result,
                new Anchor("login", getTranslation("security.confirm.sign-in")));
        card.addClassName("ocaq-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        boolean confirmed = accounts.confirmEmail(token);
        result.setText(getTranslation(confirmed ? "security.confirm.ok" : "security.confirm.invalid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.confirm.title");
    }
}
