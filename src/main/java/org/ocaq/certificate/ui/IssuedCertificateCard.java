package org.ocaq.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.ocaq.certificate.CertificateService;
import org.ocaq.certificate.CertificateSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.ui.Forms;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One issued certificate in the coordinator's list: its holder, code and state, its PDF, and the two changes a
 * coordinator makes: a corrected name (a new edition under the same code) and a revocation with its reason. A failed
 * save keeps what was typed and says why.
 */
class IssuedCertificateCard extends Div {

    private final transient CertificateService certificates;
    private final transient Runnable changed;

    IssuedCertificateCard(CertificateSummary certificate, DateTimeFormatter date, CertificateService certificates,
                          Runnable changed) {
        this.certificates = certificates;
        this.changed = changed;
        String id = "certificate-" + certificate.id();
        setId(id);
        addClassName("ocaq-certificate");
        Paragraph holder = new Paragraph(certificate.holderName() + (certificate.passportName() == null ? ""
                : " (" + certificate.passportName() + ")"));
        holder.setId(id + "-holder");
        add(holder, new Paragraph(getTranslation("certificate.issue.card", certificate.code(),
                date.format(certificate.issuedOn()), certificate.edition())));
        if (certificate.revoked()) {
            Span revoked = new Span(getTranslation("certificate.issue.revoked", certificate.revokeReason()));
            revoked.setId(id + "-revoked");
            revoked.getElement().getThemeList().add("badge");
            revoked.getElement().getThemeList().add("error");
            add(revoked);
        }
        Anchor pdf = new Anchor(certificate.address(), getTranslation("certificate.issue.download"));
        pdf.setId(id + "-download");
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.getElement().setAttribute("download", true);
        add(pdf);
        if (!certificate.revoked()) {
            Button correct = new Button(getTranslation("certificate.issue.correct"), e -> correct(certificate));
            correct.setId(id + "-correct");
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button revoke = new Button(getTranslation("certificate.issue.revoke"), e -> revoke(certificate));
            revoke.setId(id + "-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(correct, revoke);
        }
    }

    private void correct(CertificateSummary certificate) {
        Dialog dialog = new Dialog(getTranslation("certificate.issue.correct-title"));
        dialog.setId("certificate-correct-dialog");
        TextField name = new TextField(getTranslation("certificate.issue.holder"));
        name.setId("certificate-correct-name");
        name.setValue(certificate.holderName());
        name.setMaxLength(200);
        name.setWidthFull();
        TextField passport = new TextField(getTranslation("certificate.issue.passport"));
        passport.setId("certificate-correct-passport");
        passport.setHelperText(getTranslation("certificate.issue.passport-help"));
        passport.setValue(certificate.passportName() == null ? "" : certificate.passportName());
        passport.setMaxLength(200);
        passport.setWidthFull();
        TextArea reason = new TextArea(getTranslation("certificate.issue.reason"));
        reason.setId("certificate-correct-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.setId("certificate-correct-problem");
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("certificate.issue.correct-save"), e -> {
            try {
                certificates.correctName(certificate.id(), certificate.version(), name.getValue(),
                        passport.getValue(), reason.getValue());
                dialog.close();
                changed.run();
            } catch (FieldProblems problems) {
                Forms.showProblems(problems.byField(),
                        Map.of("holderName", name, "passportName", passport, "reason", reason));
            } catch (OptimisticLockingFailureException stale) {
                problem.setText(getTranslation("certificate.issue.changed-meanwhile"));
            }
        });
        save.setId("certificate-correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("certificate.issue.cancel"), e -> dialog.close());
        dialog.add(name, passport, reason, problem);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void revoke(CertificateSummary certificate) {
        Dialog dialog = new Dialog(getTranslation("certificate.issue.revoke-title", certificate.holderName()));
        dialog.setId("certificate-revoke-dialog");
        TextArea reason = new TextArea(getTranslation("certificate.issue.reason"));
        reason.setId("certificate-revoke-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("certificate.issue.revoke-confirm"), e -> {
            try {
                certificates.revoke(certificate.id(), reason.getValue());
                dialog.close();
                changed.run();
            } catch (FieldProblems problems) {
                Forms.showProblems(problems.byField(), Map.of("reason", reason));
            }
        });
        confirm.setId("certificate-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("certificate.issue.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("certificate.issue.revoke-text")), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

}
