package org.ocaq.enrolment;

import java.time.Instant;

/**
 * An application as lists show it. queuePosition is the place on the class's waitlist (1 = next), for a waiting
 * application only. Exactly one of childId and learnerId is set.
 */
public record ApplicationSummary(long id, long version, long schoolId, long classId, long termId, Long childId,
                                 Long familyId, Long learnerId, String applicantName, ApplicationState state,
                                 Instant appliedAt, Instant offerExpiresAt, String reason, Integer queuePosition) {
}
