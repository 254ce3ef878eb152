package org.ocaq.certificate;

import java.util.Locale;

/** A template as the network office edits it; the minimum attendance rate is the rule's default. */
public record TemplateForm(String name, CertificateKind kind, Locale secondLanguage, String signerTitle, Integer hours,
                           int minRatePercent, boolean retired) {
}
