package org.ocaq.security;

/** What an account's scope points at. */
public enum ScopeKind {
    /** A school the account coordinates. */
    COORDINATED_SCHOOL,
    /** The school an account teaches at. */
    TEACHING_SCHOOL,
    /** A class the account teaches. */
    TAUGHT_CLASS,
    /** The family a parent or guardian belongs to. */
    FAMILY,
    /** A student's or adult learner's own record. */
    LEARNER
}
