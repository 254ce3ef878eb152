package org.ocaq.certificate;

import java.time.LocalDate;

/**
 * What the public verification page shows of a certificate: no ids, nothing to reach anything else by. The day of
 * revocation is the school's day.
 */
public record CertificateVerification(String code, boolean valid, String holderName, CertificateKind kind,
                                      String subject, String schoolName, LocalDate from, LocalDate to,
                                      LocalDate issuedOn, int edition, LocalDate revokedOn) {
}
