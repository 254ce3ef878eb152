package org.ocaq.people;

/**
 * One confirmed roster row for the people feature: the child (existing when childId is set; otherwise new, and rows
 * with the same newChildKey mean the same new child), its family (existing
 * familyId, or a new family that rows with the same newFamilyKey share) and the guardian the row names (existing
 * guardianId, or a new guardian of that family). Null guardian means the row leaves the guardians as they are.
 */
public record PeopleChange(Long childId, String newChildKey, Long familyId, String newFamilyKey, String newFamilyName, ChildForm child,
                           Long guardianId, GuardianForm guardian) {
}
