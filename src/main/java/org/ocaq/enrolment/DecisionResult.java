package org.ocaq.enrolment;

/** What became of one application in a decision on several: refusedKey is null when it went through. */
public record DecisionResult(long applicationId, String refusedKey) {

    public boolean succeeded() {
        return refusedKey == null;
    }
}
