package org.ocaq.enrolment;

/** What confirming the import would do with a row. */
public enum RosterRowStatus {
    NEW, UPDATED, UNCHANGED, REJECTED, SKIPPED;

    public String labelKey() {
        return "enrolment.roster.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
