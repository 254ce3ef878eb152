package org.ocaq.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String recipient;
    private String language;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String language, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Back off exponentially; give up only after maxAttempts, so a long outage still loses nothing. */
    void markFailed(String error, Instant now, Duration firstDelay, Duration maxDelay, int maxAttempts) {
        attempts++;
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            return;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getLastError() {
        return lastError;
    }

    String getLanguage() {
        return language;
    }
}
