package org.ocaq.enrolment;

/** Why a row is rejected; the i18n key enrolment.roster.problem.x says it with the detail as {0}. */
public enum RosterProblem {
    MISSING_CHILD_NAME, MISSING_DATE_OF_BIRTH, BAD_DATE, MISSING_GUARDIAN_NAME, MISSING_GUARDIAN_CONTACT,
    INVALID_EMAIL, UNKNOWN_CLASS, OVER_CAPACITY, DUPLICATE_CHILD;

    public String messageKey() {
        return "enrolment.roster.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
