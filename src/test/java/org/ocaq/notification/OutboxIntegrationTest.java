package org.ocaq.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.security.AccountService;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox: mail is written in the transaction of the change that causes it and delivered by the scheduled
 * sender, once, with retries through a mail-server outage.
 */
@IntegrationTest
class OutboxIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SUBJECT = "Ocaq: Gülşən Əliyevanın dərs cədvəli — ğ ı İ ş ç ö ü ə";
    private static final String BODY = "Salam, Şəbnəm xanım!\n\nÇərşənbə axşamı saat 17:00-da Azərbaycan dili dərsi "
            + "olacaq. Ünvan: Köln, Ağdərə küçəsi 5.\nƏ ə Ğ ğ I ı İ i Ö ö Ş ş Ü ü Ç ç\n\nOcaq";

    /** How often the sender looks for due mail; waiting one poll and a bit gives a duplicate the chance to show. */
    @Value("${ocaq.mail.poll-interval}") Duration pollInterval;
    @Autowired OutboxService outbox;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired TestData testData;

    private boolean mailServerStopped;

    @AfterEach
    void mailServerBackUp() {
        if (mailServerStopped) {
            TestMail.restart();
            mailServerStopped = false;
        }
    }

    private static String freshAddress() {
        return TestData.unique("poct") + "@test.example";
    }

    private void enqueueCommitted(Mail mail) {
        transactions.executeWithoutResult(status -> outbox.enqueue(mail));
    }

    private List<OutboxEntry> entries(String address) {
        return SystemContext.call(() -> outbox.sentTo(address, 20));
    }

    /** Polls the outbox of an address until the condition holds, and returns its messages then. */
    private List<OutboxEntry> awaitEntries(String address, Predicate<List<OutboxEntry>> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<OutboxEntry> current = entries(address);
        while (!condition.test(current) && System.nanoTime() < deadline) {
            pause(100);
            current = entries(address);
        }
        assertThat(condition.test(current)).as("%s: %s", what, current).isTrue();
        return current;
    }

    /** Checks for a while that an address keeps exactly the given number of received messages. */
    private void assertStillReceived(String address, int count) {
        long deadline = System.nanoTime() + pollInterval.plusMillis(500).toNanos();
        do {
            assertThat(TestMail.to(address)).hasSize(count);
            pause(100);
        } while (System.nanoTime() < deadline);
        assertThat(TestMail.to(address)).hasSize(count);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalized(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    @Test
    void a_message_arrives_once_with_azerbaijani_letters_intact() {
        String address = freshAddress();
        enqueueCommitted(new Mail(address, Languages.AZERBAIJANI, SUBJECT, BODY));

        MimeMessage received = TestMail.awaitTo(address, 1, WAIT).get(0);
        assertThat(subject(received)).isEqualTo(SUBJECT);
        assertThat(normalized(TestMail.body(received))).isEqualTo(normalized(BODY));

        List<OutboxEntry> sent = awaitEntries(address, e -> e.size() == 1 && e.get(0).status() == OutboxEntry.Status.SENT,
                "marked as sent");
        assertThat(sent.get(0).attempts()).isEqualTo(1);
        assertThat(sent.get(0).sentAt()).isNotNull();
        assertThat(sent.get(0).subject()).isEqualTo(SUBJECT);
        assertStillReceived(address, 1);
    }

    @Test
    void an_outage_delays_mail_but_loses_none() {
        String address = freshAddress();
        TestMail.stop();
        mailServerStopped = true;

        enqueueCommitted(new Mail(address, Languages.AZERBAIJANI, SUBJECT, BODY));
        OutboxEntry waiting = awaitEntries(address,
                e -> e.size() == 1 && e.get(0).attempts() >= 2, "retried during the outage").get(0);
        assertThat(waiting.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.sentAt()).isNull();

        TestMail.restart();
        mailServerStopped = false;

        MimeMessage received = TestMail.awaitTo(address, 1, WAIT).get(0);
        assertThat(subject(received)).isEqualTo(SUBJECT);
        assertThat(normalized(TestMail.body(received))).isEqualTo(normalized(BODY));
        OutboxEntry sent = awaitEntries(address, e -> e.get(0).status() == OutboxEntry.Status.SENT, "sent after the outage")
                .get(0);
        assertThat(sent.attempts()).isGreaterThan(waiting.attempts());
        assertThat(sent.lastError()).isNull();
        assertStillReceived(address, 1);
    }

    @Test
    void enqueue_outside_a_transaction_is_refused() {
        String address = freshAddress();
        assertThatThrownBy(() -> outbox.enqueue(new Mail(address, Languages.ENGLISH, "Outside", "No transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(entries(address)).isEmpty();
    }

    @Test
    void a_change_that_rolls_back_leaves_no_message() {
        String address = freshAddress();
        testData.account(address, "Rəşad Bağırov", Role.PARENT);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            accounts.requestPasswordReset(address);
            outbox.enqueue(new Mail(address, Languages.AZERBAIJANI, "Geri qaytarılacaq", "Bu məktub getməməlidir."));
            throw new IllegalStateException("the change fails after the mail was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(entries(address)).as("nothing left in the outbox").isEmpty();

        // Mail goes out in order, so once a later message has arrived, nothing written before it is still on its way.
        enqueueCommitted(new Mail(address, Languages.AZERBAIJANI, "Sonrakı məktub", "Bu məktub gəlməlidir."));
        MimeMessage received = TestMail.awaitTo(address, 1, WAIT).get(0);
        assertThat(subject(received)).isEqualTo("Sonrakı məktub");
        assertStillReceived(address, 1);
        assertThat(entries(address)).extracting(OutboxEntry::subject).containsExactly("Sonrakı məktub");
    }

    @Test
    void only_the_network_office_reads_the_outbox() {
        assertThatThrownBy(() -> outbox.sentTo("someone@test.example", 10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.newest(10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
