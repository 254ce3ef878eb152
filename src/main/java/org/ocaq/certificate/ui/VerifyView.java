package org.ocaq.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ocaq.certificate.CertificateCode;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateVerification;
import org.ocaq.certificate.VerifyThrottle;
import org.ocaq.shared.i18n.UiLocale;
import org.ocaq.shared.ui.LanguagePicker;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The public check of a certificate at /verify and /verify/&lt;code&gt; (both printed on paper, the second in the
 * QR code: keep the addresses). Anyone may type a code and learn whether it belongs to a valid or a revoked
 * certificate, and its facts; nothing on the page leads to any other certificate. Checks are limited per client
 * address and overall by {@link VerifyThrottle}. Like the public school directory it stands outside the signed-in
 * shell, with its own language choice; one column, so it reads on a 360 px phone.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** What a check found; also written to the result area's {@code data-outcome} attribute. */
    enum Outcome { VALID, REVOKED, MISTYPED, UNKNOWN, THROTTLED }

    /** Room for a code with spaces or hyphens anywhere; anything longer is no code. */
    private static final int MAX_TYPED = 40;

    private final transient CertificateService certificates;
    private final transient VerifyThrottle throttle;
    private final TextField code = new TextField();
    private final Div result = new Div();
    /** Whether the last navigation reached beforeEnter (a navigation to the current address may not). */
    private boolean entered;

    public VerifyView(CertificateService certificates, VerifyThrottle throttle, UiLocale uiLocale) {
        this.certificates = certificates;
        this.throttle = throttle;
        addClassName("ocaq-directory");
        setId("verify-page");
        Div header = new Div(new H1(getTranslation("certificate.verify.title")), new LanguagePicker(uiLocale));
        header.addClassName("ocaq-directory-header");
        add(header, new Paragraph(getTranslation("certificate.verify.intro")));

        code.setId("verify-code");
        code.setLabel(getTranslation("certificate.verify.code"));
        code.setHelperText(getTranslation("certificate.verify.code-helper"));
        code.setWidthFull();
        code.setMaxLength(MAX_TYPED);
        code.setClearButtonVisible(true);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.getElement().setAttribute("spellcheck", "false");
        code.getElement().setAttribute("autocomplete", "off");
        Button check = new Button(getTranslation("certificate.verify.check"), click -> submit());
        check.setId("verify-button");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        add(code, check);

        result.setId("verify-result");
        result.getElement().setAttribute("role", "status");
        result.getStyle().set("margin-top", "var(--lumo-space-l)");
        add(result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entered = true;
        Optional<String> typed = event.getRouteParameters().get("code").filter(c -> !c.isBlank());
        if (typed.isEmpty()) {
            code.clear();
            clearResult();
            return;
        }
        String raw = typed.get().length() > MAX_TYPED ? typed.get().substring(0, MAX_TYPED) : typed.get();
        code.setValue(CertificateCode.parse(typed.get()).map(CertificateCode::grouped).orElse(raw));
        code.setInvalid(false);
        show(typed.get());
    }

    /**
     * The button (or Enter): a well-formed code goes to its own address, /verify/&lt;compact code&gt;, which can be
     * shared and which shows the result; a mistyped one is answered here (it has no address worth sharing).
     */
    private void submit() {
        String typed = code.getValue() == null ? "" : code.getValue().strip();
        if (typed.isEmpty()) {
            code.setErrorMessage(getTranslation("certificate.verify.code-required"));
            code.setInvalid(true);
            clearResult();
            return;
        }
        code.setInvalid(false);
        Optional<CertificateCode> parsed = CertificateCode.parse(typed);
        if (parsed.isEmpty()) {
            // The address must not keep showing an earlier, valid code above a mistyped one.
            UI.getCurrent().getPage().getHistory().replaceState(null, "verify");
            show(typed);
            return;
        }
        entered = false;
        UI.getCurrent().navigate("verify/" + parsed.get().compact());
        if (!entered) {
            // Already at that address: the router may not enter the view again.
            show(typed);
        }
    }

    /** Checks a typed code, within the client address's allowance, and shows what was found. */
    private void show(String typed) {
        clearResult();
        if (!throttle.allow(clientAddress())) {
            message(Outcome.THROTTLED, "certificate.verify.throttled");
            return;
        }
        if (!CertificateService.wellFormed(typed)) {
            message(Outcome.MISTYPED, "certificate.verify.mistyped");
            return;
        }
        Optional<CertificateVerification> found = certificates.verify(typed);
        if (found.isEmpty()) {
            message(Outcome.UNKNOWN, "certificate.verify.unknown");
            return;
        }
        facts(found.get());
    }

    private void facts(CertificateVerification certificate) {
        Outcome outcome = certificate.valid() ? Outcome.VALID : Outcome.REVOKED;
        result.getElement().setAttribute("data-outcome", outcome.name());
        Span status = new Span(getTranslation(certificate.valid() ? "certificate.verify.valid"
                : "certificate.verify.revoked"));
        status.setId("verify-status");
        status.addClassName("ocaq-badge");
        // Green or red, large and bold; the word says it too, for those who do not tell the colours apart.
        status.getStyle().set("margin-inline-start", "0")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("font-weight", "700")
                .set("padding", "0.25em 0.9em")
                .set("background", certificate.valid() ? "var(--lumo-success-color, #1e7e34)"
                        : "var(--lumo-error-color, #c62828)")
                .set("color", certificate.valid() ? "var(--lumo-success-contrast-color, #fff)"
                        : "var(--lumo-error-contrast-color, #fff)");
        result.add(status);
        if (!certificate.valid()) {
            Paragraph note = new Paragraph(getTranslation("certificate.verify.revoked-note"));
            note.setId("verify-revoked-note");
            result.add(note);
        }

        DescriptionList list = new DescriptionList();
        list.setId("verify-facts");
        list.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        fact(list, "certificate.verify.holder", certificate.holderName(), "verify-holder");
        fact(list, "certificate.verify.kind", getTranslation("certificate.verify.kind." + certificate.kind().name()),
                "verify-kind");
        fact(list, "certificate.verify.subject", certificate.subject(), "verify-subject");
        fact(list, "certificate.verify.school", certificate.schoolName(), "verify-school");
        if (certificate.from() != null && certificate.to() != null) {
            fact(list, "certificate.verify.period", getTranslation("certificate.verify.period-value",
                    date(certificate.from()), date(certificate.to())), "verify-period");
        }
        fact(list, "certificate.verify.issued", date(certificate.issuedOn()), "verify-issued");
        if (certificate.edition() > 1) {
            fact(list, "certificate.verify.edition", Integer.toString(certificate.edition()), "verify-edition");
        }
        if (certificate.revokedOn() != null) {
            // The instant's calendar day in UTC: the verification carries no school time zone.
            fact(list, "certificate.verify.revoked-on",
                    date(certificate.revokedOn()), "verify-revoked");
        }
        fact(list, "certificate.verify.code-shown", certificate.code(), "verify-code-shown");
        result.add(list);
    }

    private void fact(DescriptionList list, String labelKey, String value, String id) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(labelKey));
        term.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin-top", "var(--lumo-space-s)");
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "" : value);
        description.setId(id);
        description.getStyle().set("margin", "0").set("font-weight", "600");
        list.add(term, description);
    }

    private void message(Outcome outcome, String key) {
        result.getElement().setAttribute("data-outcome", outcome.name());
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("verify-status");
        text.getStyle().set("font-weight", "600");
        if (outcome != Outcome.UNKNOWN) {
            text.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        result.add(text);
    }

    private void clearResult() {
        result.removeAll();
        result.getElement().removeAttribute("data-outcome");
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(day);
    }

    /**
     * The client's address as the servlet container sees it. Behind a reverse proxy that is the proxy's address, and
     * every visitor would share one allowance: the proxy must pass the real address (X-Forwarded-For) and the
     * application must trust it, with server.forward-headers-strategy (OCAQ_FORWARD_HEADERS) set to native or
     * framework.
     */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "" : address;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.verify.title");
    }
}
