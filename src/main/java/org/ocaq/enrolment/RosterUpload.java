package org.ocaq.enrolment;

/** A roster file as read, with the column mapping remembered from last time (or guessed from the headers). */
public record RosterUpload(RosterFile file, ColumnMapping mapping, boolean mappingRemembered) {
}
