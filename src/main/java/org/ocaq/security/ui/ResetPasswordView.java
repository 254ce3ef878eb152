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
import org.ocaq.security.FieldProblems;

import java.util.Map;

/** The emailed reset link: /reset-password/&lt;token&gt; sets a new password once (invitations have their own page). */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccountService accounts;
    private final Div form;
    private final Paragraph result = new Paragraph();
    private String token = "";

    public ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("ocaq-public-page");
        NewPasswordFields fields = new NewPasswordFields(this, "reset", "security.reset.password",
                "security.reset.submit");
        result.setId("reset-result");
        form = new Div(fields.password, fields.repeated, fields.submit);
        form.addClassName("ocaq-form");
        fields.submit.addClickListener(click -> {
            try {
                boolean changed = accounts.resetPassword(token, fields.password.getValue(), fields.repeated.getValue());
                result.setText(getTranslation(changed ? "security.reset.ok" : "security.reset.invalid"));
                form.setVisible(false);
            } catch (FieldProblems problems) {
                fields.showProblems(problems.byField());
            }
        });
        Div card = new Div(new H1(getTranslation("security.reset.title")), form, result,
                new Anchor("login", getTranslation("security.confirm.sign-in")));
        card.addClassName("ocaq-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // The router keeps this view when only the token changes; start from a clean page.
        result.setText("");
        form.setVisible(true);
        if (!accounts.isPasswordLinkUsable(token)) {
            result.setText(getTranslation("security.reset.invalid"));
            form.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.reset.title");
    }
}
