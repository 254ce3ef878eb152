package org.ocaq.enrolment;

/** What a confirmed import wrote. */
public record RosterImportResult(int newChildren, int updatedChildren, int newPlacements, int unchanged,
                                 int rejected, int skipped) {
}
