package org.ocaq.certificate;

import java.time.Instant;

/** One line of a certificate's history: ISSUED, REISSUED or REVOKED, when, by whom, and the detail. */
public record CertificateHistoryEntry(String action, Instant at, long byAccount, String detail) {
}
