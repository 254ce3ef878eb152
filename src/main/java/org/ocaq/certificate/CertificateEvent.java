package org.ocaq.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** The audit of a certificate: every issue, new edition and revocation, with who, when and why. */
@Entity
@Table(name = "certificate_event")
class CertificateEvent {

    enum Action { ISSUED, REISSUED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_event_seq")
    @SequenceGenerator(name = "certificate_event_seq", sequenceName = "certificate_event_seq", allocationSize = 50)
    private Long id;

    private long certificateId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    private Instant at;
    private long byAccount;
    private String detail;

    protected CertificateEvent() {
    }

    CertificateEvent(long certificateId, Action action, Instant at, long byAccount, String detail) {
        this.certificateId = certificateId;
        this.action = action;
        this.at = at;
        this.byAccount = byAccount;
        this.detail = detail;
    }

    CertificateHistoryEntry toEntry() {
        return new CertificateHistoryEntry(action.name(), at, byAccount, detail);
    }
}
