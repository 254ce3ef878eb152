package org.ocaq.attendance;

import com.vaadin.flow.i18n.I18NProvider;
import org.ocaq.classes.TimetableService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.BackgroundTasks;
import org.ocaq.shared.MailOutbox;
import org.ocaq.shared.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Tells a family once per lesson that their child was absent without a reason: every guardian with an email, each in
 * their own language, naming the child, the lesson's date and the class. Runs after a teacher's save has committed,
 * on a background thread so that the save stays fast, and every few minutes as a safety net (a crash between the
 * commit and the send, a save made while mail was off). The absence_notice row, claimed with an insert on its key in
 * the same transaction that queues the mail, makes "once" hold however many senders run at the same time and however
 * often the teacher changes the mark afterwards. See docs/decisions/0010-absence-notices-once-per-lesson.md.
 */
@Component
class AbsenceNotices {

    private static final Logger log = LoggerFactory.getLogger(AbsenceNotices.class);
    /** Older absences are not worth a message any more. */
    static final int LOOK_BACK_DAYS = 14;
    private static final int BATCH = 500;

    private final FamilyAttendanceStore store;
    private final PeopleRosterService people;
    private final TimetableService timetable;
    private final MailOutbox outbox;
    private final I18NProvider i18n;
    private final TransactionTemplate transactions;
    private final TaskExecutor background;
    private final Clock clock;
    private final String baseUrl;

    AbsenceNotices(FamilyAttendanceStore store, PeopleRosterService people, TimetableService timetable,
                   MailOutbox outbox, I18NProvider i18n, PlatformTransactionManager transactionManager,
                   @Qualifier(BackgroundTasks.EXECUTOR) TaskExecutor background, Clock clock,
                   @Value("${ocaq.base-url}") String baseUrl) {
        this.store = store;
        this.people = people;
        this.timetable = timetable;
        this.outbox = outbox;
        this.i18n = i18n;
        this.transactions = new TransactionTemplate(transactionManager);
        this.background = background;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onAttendanceSaved(AttendanceSaved event) {
        if (event.anyUnexcused()) {
            // Only the saved lesson: a key lookup, not a sweep over every recent sheet.
            background.execute(() -> sendPendingAsSystem(event.lessonId()));
        }
    }

    @Scheduled(fixedDelayString = "${ocaq.attendance.notice-check:PT5M}",
            initialDelayString = "${ocaq.attendance.notice-check:PT5M}")
    void sendPendingOnSchedule() {
        sendPendingAsSystem(null);
    }

    private void sendPendingAsSystem(Long lessonId) {
        try {
            SystemContext.run(() -> sendPending(lessonId));
        } catch (RuntimeException e) {
            log.warn("Absence notices not sent now, the next run retries: {}", e.toString());
        }
    }

    /**
     * Queues the notices still owed for unexcused absences of the last 14 days; returns how many absences were
     * told. Call as the system.
     */
    int sendPending() {
        return sendPending(null);
    }

    /** As {@link #sendPending()}, for one lesson only when lessonId is given. */
    int sendPending(Long lessonId) {
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        List<FamilyAttendanceStore.PendingNotice> pendings = lessonId == null
                ? store.pendingNotices(today.minusDays(LOOK_BACK_DAYS), today.plusDays(1), BATCH)
                : store.pendingNoticesOf(lessonId, today.minusDays(LOOK_BACK_DAYS));
        for (FamilyAttendanceStore.PendingNotice pending : pendings) {
            try {
                Boolean sent = transactions.execute(status -> send(pending));
                if (Boolean.TRUE.equals(sent)) {
                    told++;
                }
            } catch (RuntimeException e) {
                // One family's trouble (a record being erased) must not hold up the others; it is tried again.
                log.warn("Absence notice for lesson {} child {} not sent: {}", pending.lessonId(), pending.childId(),
                        e.toString());
            }
        }
        return told;
    }

    private boolean send(FamilyAttendanceStore.PendingNotice pending) {
        if (!store.claimNotice(pending.lessonId(), pending.childId(), clock.instant())) {
            return false;
        }
        List<ChildSummary> found = people.children(List.of(pending.childId()));
        if (found.isEmpty()) {
            return true;
        }
        String childName = found.getFirst().fullName();
        String className = timetable.lessonFacts(pending.lessonId()).className();
        String link = baseUrl + "/family/children/" + pending.childId() + "/attendance";
        for (GuardianForm guardian : people.guardianContacts(pending.familyId())) {
            Locale locale = Languages.supportedOrDefault(guardian.preferredLanguage());
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(pending.lessonDate());
            Object[] params = {childName, date, className, link};
            outbox.enqueue(guardian.email(), locale, i18n.getTranslation("absence.mail.subject", locale, params),
                    i18n.getTranslation("absence.mail.body", locale, params));
        }
        return true;
    }
}
