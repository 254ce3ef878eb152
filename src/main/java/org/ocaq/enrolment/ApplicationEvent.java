package org.ocaq.enrolment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in an application's life; together the enrolment history of a child. */
@Entity
@Table(name = "application_event")
class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    private Long id;

    private long applicationId;
    private Instant at;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    private long classId;
    private String reason;
    private Long byAccount;

    protected ApplicationEvent() {
    }

    ApplicationEvent(long applicationId, Instant at, ApplicationState state, long classId, String reason,
                     Long byAccount) {
        this.applicationId = applicationId;
        this.at = at;
        this.state = state;
        this.classId = classId;
        this.reason = reason;
        this.byAccount = byAccount;
    }

    EnrolmentHistoryEntry toEntry() {
        return new EnrolmentHistoryEntry(applicationId, at, state, classId, reason);
    }
}
