package org.ocaq.privacy;

import java.time.Instant;

/** A consent as the family and the school see it. withdrawnAt is null while it holds. */
public record ConsentRecord(long childId, ConsentKind kind, String textVersion, Instant givenAt, long givenByAccount,
                            boolean childUnderConsentAge, Instant withdrawnAt) {

    public boolean inForce() {
        return withdrawnAt == null && kind.textVersion().equals(textVersion);
    }
}
