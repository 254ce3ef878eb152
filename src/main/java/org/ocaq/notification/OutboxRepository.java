package org.ocaq.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Due messages, locked so that a second instance of the app skips them instead of sending them twice.
     */
    @Query(value = """
            select * from outbox_message
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<OutboxMessage> lockDue(Instant now, int limit);

    @Query("""
            select new org.ocaq.notification.OutboxEntry(m.id, m.recipient, m.language, m.subject, m.body,
                m.status, m.attempts, m.createdAt, m.sentAt, m.lastError)
            from OutboxMessage m order by m.createdAt desc, m.id desc""")
    List<OutboxEntry> newestFirst(Pageable page);

    @Query("""
            select new org.ocaq.notification.OutboxEntry(m.id, m.recipient, m.language, m.subject, m.body,
                m.status, m.attempts, m.createdAt, m.sentAt, m.lastError)
            from OutboxMessage m where m.recipient = :recipient order by m.createdAt desc, m.id desc""")
    List<OutboxEntry> forRecipient(String recipient, Pageable page);
}
