package org.ocaq.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** An issued certificate as lists show it; its PDF is at /certificate-pdf/{id}. */
public record CertificateSummary(long id, long version, String code, int edition, CertificateKind kind, long schoolId,
                                 Long classId, Long termId, Long childId, String holderName, String passportName,
                                 String subject, LocalDate from, LocalDate to, LocalDate issuedOn,
                                 Integer ratePermille, Instant revokedAt, String revokeReason,
                                 HolderKind holderKind) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public String address() {
        return "certificate-pdf/" + id;
    }
}
