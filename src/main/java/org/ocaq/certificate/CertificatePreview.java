package org.ocaq.certificate;

import java.util.List;

/** Who would get a certificate of a class in a term by the rule, and who would not, with why. */
public record CertificatePreview(long classId, String className, long termId, String termName, long templateId,
                                 int minRatePercent, List<CertificateCandidate> candidates) {

    public CertificatePreview {
        candidates = List.copyOf(candidates);
    }

    public long qualifying() {
        return candidates.stream().filter(CertificateCandidate::qualifies).count();
    }
}
