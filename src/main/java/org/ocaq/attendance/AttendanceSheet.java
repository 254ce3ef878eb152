package org.ocaq.attendance;

import org.ocaq.classes.LessonFacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A lesson's attendance sheet as one person opened it. Only {@link AttendanceService#open} makes one, after checking
 * who may see it; saving it back names the version it was read at, so a change by someone else in between is found.
 * It stays on the server (Vaadin keeps it in the session), so nobody can forge its contents from the browser.
 */
public final class AttendanceSheet {

    /** Why a sheet cannot be changed now, as an i18n key; null when it can. */
    public enum Lock {
        NOT_STARTED("attendance.sheet.locked.not-started"),
        CANCELLED("attendance.sheet.locked.cancelled"),
        READ_ONLY("attendance.sheet.locked.read-only");

        private final String messageKey;

        Lock(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final LessonFacts lesson;
    private final Long version;
    private final Instant takenAt;
    private final List<SheetRow> rows;
    private final long openedBy;
    private final Lock lock;
    private final boolean changesAudited;

    AttendanceSheet(LessonFacts lesson, Long version, Instant takenAt, List<SheetRow> rows, long openedBy, Lock lock,
                    boolean changesAudited) {
        this.lesson = lesson;
        this.version = version;
        this.takenAt = takenAt;
        this.rows = List.copyOf(rows);
        this.openedBy = openedBy;
        this.lock = lock;
        this.changesAudited = changesAudited;
    }

    public LessonFacts lesson() {
        return lesson;
    }

    public List<SheetRow> rows() {
        return rows;
    }

    /** When attendance was last saved; empty if it was never taken. */
    public Optional<Instant> takenAt() {
        return Optional.ofNullable(takenAt);
    }

    public boolean editable() {
        return lock == null;
    }

    public Optional<Lock> lock() {
        return Optional.ofNullable(lock);
    }

    /** Whether a save now is kept in the audit trail (the lesson's day is over). */
    public boolean changesAudited() {
        return changesAudited;
    }

    Long version() {
        return version;
    }

    long openedBy() {
        return openedBy;
    }

    Optional<SheetRow> row(long childId) {
        return rows.stream().filter(r -> r.childId() == childId).findFirst();
    }
}
