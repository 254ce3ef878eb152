package org.ocaq.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A consent as it was given, and its withdrawal. Never changed otherwise: a new text version means a new consent. */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long familyId;
    private long childId;

    @Enumerated(EnumType.STRING)
    private ConsentKind kind;

    private String textVersion;
    private Instant givenAt;
    private long givenByAccount;
    private boolean childUnderConsentAge;
    private Instant withdrawnAt;
    private Long withdrawnByAccount;

    protected Consent() {
    }

    Consent(long familyId, long childId, ConsentKind kind, Instant givenAt, long givenByAccount,
            boolean childUnderConsentAge) {
        this.familyId = familyId;
        this.childId = childId;
        this.kind = kind;
        this.textVersion = kind.textVersion();
        this.givenAt = givenAt;
        this.givenByAccount = givenByAccount;
        this.childUnderConsentAge = childUnderConsentAge;
    }

    void withdraw(Instant at, long byAccount) {
        this.withdrawnAt = at;
        this.withdrawnByAccount = byAccount;
    }

    boolean isInForce() {
        return withdrawnAt == null && kind.textVersion().equals(textVersion);
    }

    ConsentRecord toRecord() {
        return new ConsentRecord(childId, kind, textVersion, givenAt, givenByAccount, childUnderConsentAge,
                withdrawnAt);
    }
}
