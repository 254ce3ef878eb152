package org.ocaq.notification;

import java.time.Instant;

/** One outbox message as the dev mailbox and tests show it. */
public record OutboxEntry(Long id, String recipient, String language, String subject, String body, Status status,
                          int attempts, Instant createdAt, Instant sentAt, String lastError) {

    public enum Status { PENDING, SENT, FAILED }

    OutboxEntry(Long id, String recipient, String language, String subject, String body,
                OutboxMessage.Status status, int attempts, Instant createdAt, Instant sentAt, String lastError) {
        this(id, recipient, language, subject, body, Status.valueOf(status.name()), attempts, createdAt, sentAt,
                lastError);
    }
}
