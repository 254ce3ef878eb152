package org.ocaq.certificate;

import java.time.LocalDate;

/**
 * One certificate for one person outside a class's term: a teacher after a training course, an adult learner or a
 * child after a course. The subject is the course's name as printed; hours empty take the template's; the passport
 * spelling empty takes the person's record.
 */
public record PersonalIssue(HolderKind holderKind, long holderId, long templateId, String subject, LocalDate from,
                            LocalDate to, Integer hours, String passportName, String signerName) {
}
