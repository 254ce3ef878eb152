package org.ocaq.certificate;

/** What a certificate attests; it chooses the title and the sentence printed under the holder's name. */
public enum CertificateKind {
    /** Completed a course. */
    COURSE_COMPLETION,
    /** Attended a class during a term. */
    TERM_ATTENDANCE,
    /** Completed a teacher training programme. */
    TEACHER_TRAINING
}
