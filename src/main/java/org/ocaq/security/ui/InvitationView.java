package org.ocaq.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ocaq.security.AccountService;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.InvitationSummary;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The emailed invitation link: /invitation/&lt;token&gt; greets the invited person, says what they were invited to
 * and lets them choose a password once; then they sign in.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter with which the sign-in page says that the password was set. */
    static final String ACCEPTED = "invited";

    private final transient AccountService accounts;
    private final Paragraph greeting = new Paragraph();
    private final Paragraph invitedAs = new Paragraph();
    private final Div form;
    private final Paragraph result = new Paragraph();
    private String token = "";

    public InvitationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("ocaq-public-page");
        greeting.setId("invitation-greeting");
        invitedAs.setId("invitation-roles");
        NewPasswordFields fields = new NewPasswordFields(this, "invitation", "security.invitation.password",
                "security.invitation.submit");
        result.setId("invitation-result");
        form = new Div(greeting, invitedAs, new Paragraph(getTranslation("security.invitation.choose-password")),
                fields.password, fields.repeated, fields.submit);
        form.setId("invitation-form");
        form.addClassName("ocaq-form");
        fields.submit.addClickListener(click -> {
            try {
                fields.showProblems(Map.of());
                if (accounts.acceptInvitation(token, fields.password.getValue(), fields.repeated.getValue())) {
                    getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of(ACCEPTED, "")));
                } else {
                    showInvalid();
                }
            } catch (FieldProblems problems) {
                fields.showProblems(problems.byField());
            }
        });
        Div card = new Div(new H1(getTranslation("security.invitation.title")), form, result,
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
        Optional<InvitationSummary> invitation = accounts.openInvitation(token);
        if (invitation.isEmpty()) {
            showInvalid();
            return;
        }
        InvitationSummary invited = invitation.get();
        greeting.setText(getTranslation("security.invitation.greeting", invited.displayName()));
        String roles = invited.roles().stream().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "));
        invitedAs.setText(invited.schoolNames().isEmpty()
                ? getTranslation("security.invitation.roles", roles)
                : getTranslation("security.invitation.roles-at", roles, String.join(", ", invited.schoolNames())));
    }

    private void showInvalid() {
        result.setText(getTranslation("security.invitation.invalid"));
        form.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.invitation.title");
    }
}
