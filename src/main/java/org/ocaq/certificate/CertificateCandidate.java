package org.ocaq.certificate;

import java.util.OptionalDouble;

/**
 * A child of the class in the preview: whether they qualify by the rule and, if not, why (a message key with the
 * child's rate and the rule's minimum as parameters); a child already holding one is shown with it.
 */
public record CertificateCandidate(long childId, String childName, OptionalDouble rate, String reasonKey,
                                   Long certificateId) {

    /** Qualifies unless there is a reason not to. */
    public boolean qualifies() {
        return reasonKey == null;
    }
}
