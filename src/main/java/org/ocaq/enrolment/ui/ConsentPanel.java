package org.ocaq.enrolment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.ocaq.people.ChildSummary;
import org.ocaq.privacy.ConsentKind;
import org.ocaq.privacy.ConsentRecord;
import org.ocaq.privacy.ConsentService;
import org.ocaq.shared.ui.Buttons;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A child's consents as the guardian sees and gives them: for each kind its wording, and either when and to which
 * version of the wording it was given (and that the guardian gave it for a child under the country's digital age of
 * consent) or a box to tick and a button to record it; photos can be withdrawn again.
 */
class ConsentPanel extends Div {

    private final transient ConsentService consents;
    private final transient Runnable onChange;
    private final ChildSummary child;
    private final ZoneId zone;

    ConsentPanel(ConsentService consents, ChildSummary child, List<ConsentRecord> records, ZoneId zone,
                 Runnable onChange) {
        this.consents = consents;
        this.child = child;
        this.zone = zone;
        this.onChange = onChange;
        setId("consents-" + child.id());
        addClassName("ocaq-consents");
        for (ConsentKind kind : ConsentKind.values()) {
            add(kind(kind, records.stream().filter(r -> r.kind() == kind).toList()));
        }
    }

    private Div kind(ConsentKind kind, List<ConsentRecord> records) {
        String slug = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String id = "consent-" + slug + "-" + child.id();
        Div box = new Div();
        box.setId(id);
        box.addClassName("ocaq-form");
        box.add(new H4(getTranslation("family.consent." + slug + ".title")));
        Paragraph text = new Paragraph(getTranslation(kind.textKey()));
        text.setId(id + "-text");
        box.add(text);
        Optional<ConsentRecord> inForce = records.stream().filter(ConsentRecord::inForce)
                .max(Comparator.comparing(ConsentRecord::givenAt));
        Paragraph status = new Paragraph();
        status.setId(id + "-status");
        box.add(status);
        if (inForce.isPresent()) {
            ConsentRecord record = inForce.get();
            status.setText(getTranslation("family.consent.given", format(record.givenAt()), record.textVersion()));
            if (record.childUnderConsentAge()) {
                Paragraph guardian = new Paragraph(getTranslation("family.consent.under-age", child.fullName()));
                guardian.setId(id + "-under-age");
                box.add(guardian);
            }
            if (kind.withdrawable()) {
                Button withdraw = new Button(getTranslation("family.consent.withdraw"), e -> {
                    consents.withdraw(child.id(), kind);
                    onChange.run();
                });
                withdraw.setId(id + "-withdraw");
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
                box.add(withdraw);
            }
            return box;
        }
        status.setText(getTranslation(kind.required() ? "family.consent.missing-required" : "family.consent.missing"));
        records.stream().map(ConsentRecord::withdrawnAt).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(at -> box.add(new Paragraph(getTranslation("family.consent.withdrawn", format(at)))));
        if (!records.isEmpty() && records.stream().allMatch(r -> r.withdrawnAt() == null)) {
            // Given once, to wording that has changed since: it is asked for again.
            box.add(new Paragraph(getTranslation("family.consent.text-changed")));
        }
        Checkbox agree = new Checkbox(getTranslation("family.consent.agree"));
        agree.setId(id + "-agree");
        Button give = Buttons.primary(id + "-give", getTranslation("family.consent.give"), () -> {
            consents.give(child.id(), kind);
            onChange.run();
        });
        give.setEnabled(false);
        agree.addValueChangeListener(e -> give.setEnabled(Boolean.TRUE.equals(e.getValue())));
        Paragraph note = new Paragraph(getTranslation("family.consent.guardian-note"));
        note.addClassName("ocaq-hint");
        box.add(agree, give, note);
        return box;
    }

    private String format(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(zone));
    }
}
