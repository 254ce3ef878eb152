package org.ocaq.notification;

import org.ocaq.security.AccessPolicy;
import org.ocaq.shared.MailOutbox;
import org.ocaq.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The door to sending mail. {@link #enqueue} joins the caller's transaction: the message exists exactly when
 * the change that caused it was committed, and {@link OutboxSender} delivers it later.
 */
@Service
public class OutboxService implements MailOutbox {

    private final OutboxRepository outbox;
    private final AccessPolicy access;
    private final Clock clock;

    OutboxService(OutboxRepository outbox, AccessPolicy access, Clock clock) {
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Mail mail) {
        outbox.save(new OutboxMessage(mail.recipient().strip(), mail.language().toLanguageTag(), mail.subject(), mail.body(),
                clock.instant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, Locale language, String subject, String body) {
        enqueue(new Mail(recipient, language, subject, body));
    }

    /** The newest messages, for the network office's dev mailbox. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> newest(int limit) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        return outbox.newestFirst(PageRequest.of(0, limit));
    }

    /** Messages to one address, newest first: for tests and support. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> sentTo(String recipient, int limit) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        return outbox.forRecipient(recipient.strip(), PageRequest.of(0, limit));
    }
}
