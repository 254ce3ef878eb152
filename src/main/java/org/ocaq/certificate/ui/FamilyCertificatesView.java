package org.ocaq.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.shared.NamedPrincipal;
import org.ocaq.shared.Role;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person's certificates at /family/certificates (also /my/certificates, the address mailed to teachers
 * and adult learners): their children's, their own as a learner and as a teacher; one card per certificate (holder, class or course, period, issue
 * date, code) with its PDF to download. A revoked certificate stays in the list, marked as revoked with the reason,
 * so the family sees what happened. A single column of cards, so that it reads on a phone.
 */
@Route("family/certificates")
@RouteAlias("my/certificates")
@RolesAllowed({Role.PARENT_NAME, Role.STUDENT_NAME, Role.TEACHER_NAME})
@Menu(title = "certificate.family.menu", order = 6, icon = "vaadin:diploma")
class FamilyCertificatesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CertificateService certificates;
    private final transient AuthenticationContext authentication;

    FamilyCertificatesView(CertificateService certificates, AuthenticationContext authentication) {
        this.certificates = certificates;
        this.authentication = authentication;
        addClassName("ocaq-page");
        setId("family-certificates");
    }

    /** Reads the list on every visit: coming back to the page (the same view instance) shows what changed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H2 title = new H2(getTranslation("certificate.family.title"));
        title.setId("family-certificates-title");
        add(title, new Paragraph(getTranslation("certificate.family.intro")));
        List<CertificateSummary> shown = certificates.myCertificates();
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("certificate.family.none"));
            none.setId("family-certificates-none");
            add(none);
        } else {
            Div list = new Div();
            list.setId("family-certificates-list");
            list.getElement().setAttribute("role", "list");
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
            shown.forEach(c -> list.add(card(c, date)));
            add(list);
        }
        // Parents go back to the family page; an adult learner has none and goes home.
        boolean parent = authentication.getAuthenticatedUser(NamedPrincipal.class)
                .map(NamedPrincipal::roles).orElse(Set.of()).contains(Role.PARENT);
        Anchor back = parent ? new Anchor("family", getTranslation("certificate.family.back"))
                : new Anchor("", getTranslation("certificate.family.home"));
        back.setId("family-certificates-back");
        add(new Paragraph(back));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.family.title");
    }

    private Div card(CertificateSummary certificate, DateTimeFormatter date) {
        String id = "certificate-" + certificate.id();
        Div card = new Div();
        card.setId(id);
        card.addClassName("ocaq-certificate");
        card.getElement().setAttribute("role", "listitem");
        H3 holder = new H3(certificate.holderName());
        holder.setId(id + "-holder");
        card.add(holder);
        if (certificate.passportName() != null) {
            // Printed under the name too: the spelling a school or an embassy abroad compares with the passport.
            Paragraph passport = new Paragraph(getTranslation("certificate.issue.passport") + ": "
                    + certificate.passportName());
            passport.setId(id + "-passport");
            card.add(passport);
        }
        if (certificate.revoked()) {
            Span revoked = new Span(getTranslation("certificate.family.revoked"));
            revoked.setId(id + "-revoked");
            revoked.getElement().getThemeList().add("badge");
            revoked.getElement().getThemeList().add("error");
            Paragraph reason = new Paragraph(getTranslation("certificate.family.revoked-reason",
                    certificate.revokeReason()));
            reason.setId(id + "-revoked-reason");
            card.add(new Paragraph(revoked), reason);
        }
        Paragraph subject = new Paragraph(getTranslation("certificate.family.subject", certificate.subject()));
        subject.setId(id + "-subject");
        card.add(subject);
        if (certificate.from() != null && certificate.to() != null) {
            Paragraph period = new Paragraph(getTranslation("certificate.family.period",
                    date.format(certificate.from()), date.format(certificate.to())));
            period.setId(id + "-period");
            card.add(period);
        }
        Paragraph issued = new Paragraph(getTranslation("certificate.family.issued",
                date.format(certificate.issuedOn())));
        issued.setId(id + "-issued");
        Paragraph code = new Paragraph(getTranslation("certificate.family.code", certificate.code()));
        code.setId(id + "-code");
        card.add(issued, code);
        if (certificate.edition() > 1) {
            card.add(new Paragraph(getTranslation("certificate.family.edition", certificate.edition())));
        }
        // A plain link the browser follows itself: the PDF comes from a controller, not from a view.
        Anchor pdf = new Anchor(certificate.address(), getTranslation("certificate.family.download"));
        pdf.setId(id + "-download");
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.getElement().setAttribute("download", true);
        card.add(new Paragraph(pdf));
        return card;
    }
}
