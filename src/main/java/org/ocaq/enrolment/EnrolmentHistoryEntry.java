package org.ocaq.enrolment;

import java.time.Instant;

/** One step of a child's enrolment history: when, to which state, in which class, and why. */
public record EnrolmentHistoryEntry(long applicationId, Instant at, ApplicationState state, long classId,
                                    String reason) {
}
