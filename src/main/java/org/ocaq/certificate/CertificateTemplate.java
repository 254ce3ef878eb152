package org.ocaq.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** A certificate design of the network office: what it attests, its second language, who signs, its rule. */
@Entity
@Table(name = "certificate_template")
class CertificateTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_template_seq")
    @SequenceGenerator(name = "certificate_template_seq", sequenceName = "certificate_template_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String name;

    @Enumerated(EnumType.STRING)
    private CertificateKind kind;

    private String secondLanguage;
    private String signerTitle;
    private Integer hours;
    private int minRatePercent;
    private boolean retired;

    protected CertificateTemplate() {
    }

    CertificateTemplate(TemplateForm form) {
        apply(form);
    }

    void apply(TemplateForm form) {
        this.name = form.name().strip();
        this.kind = form.kind();
        this.secondLanguage = form.secondLanguage().getLanguage();
        this.signerTitle = form.signerTitle().strip();
        this.hours = form.hours();
        this.minRatePercent = form.minRatePercent();
        this.retired = form.retired();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    boolean isRetired() {
        return retired;
    }

    TemplateSummary toSummary() {
        return new TemplateSummary(id, version, new TemplateForm(name, kind, Locale.forLanguageTag(secondLanguage),
                signerTitle, hours, minRatePercent, retired));
    }
}
