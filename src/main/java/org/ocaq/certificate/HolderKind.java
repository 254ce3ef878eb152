package org.ocaq.certificate;

/** Whose record a certificate belongs to, and so who sees it: a child's family, an adult learner or a teacher. */
public enum HolderKind {
    CHILD, LEARNER, TEACHER;

    public String messageKey() {
        return "certificate.holder." + name();
    }
}
