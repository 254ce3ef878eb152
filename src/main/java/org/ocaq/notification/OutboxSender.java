package org.ocaq.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Delivers due outbox messages over SMTP. Each batch is locked, sent and marked in one transaction, so a crash
 * between sending and marking can at worst repeat a message, and a mail-server outage only delays it.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxAttempts;
    private final int batchSize;

    OutboxSender(OutboxRepository outbox, JavaMailSender mailSender, TransactionTemplate transactions, Clock clock,
                 @Value("${ocaq.mail.from}") String from,
                 @Value("${ocaq.mail.retry.first-delay:PT30S}") Duration firstDelay,
                 @Value("${ocaq.mail.retry.max-delay:PT1H}") Duration maxDelay,
                 @Value("${ocaq.mail.retry.max-attempts:50}") int maxAttempts,
                 @Value("${ocaq.mail.batch-size:20}") int batchSize) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${ocaq.mail.poll-interval:PT5S}", initialDelayString = "${ocaq.mail.poll-interval:PT5S}")
    void sendDueMessages() {
        int sent;
        do {
            sent = sendOneBatch();
        } while (sent == batchSize);
    }

    /** Sends what is due now; returns how many messages were attempted. */
    int sendOneBatch() {
        Integer attempted = transactions.execute(status -> {
            List<OutboxMessage> due = outbox.lockDue(clock.instant(), batchSize);
            for (OutboxMessage message : due) {
                try {
                    mailSender.send(toMime(message));
                    message.markSent(clock.instant());
                } catch (MailException | MessagingException e) {
                    log.warn("Mail {} to {} not sent (attempt {}): {}", message.getId(), message.getRecipient(),
                            message.getAttempts() + 1, e.getMessage());
                    message.markFailed(e.getMessage(), clock.instant(), firstDelay, maxDelay, maxAttempts);
                }
            }
            return due.size();
        });
        return attempted == null ? 0 : attempted;
    }

    private MimeMessage toMime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        mime.setHeader("Content-Language", message.getLanguage());
        return mime;
    }
}
