package org.ocaq.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time link sent by email. Only the SHA-256 of the token is stored, so a database leak opens nothing. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, INVITATION }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected AccountToken() {
    }

    AccountToken(Long accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
