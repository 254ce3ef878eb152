package org.ocaq.people;

import java.util.List;

/** A family as a row of its school's list: its guardians with their contacts, and how many children it has. */
public record FamilyRow(long id, String name, List<GuardianSummary> guardians, int childCount) {
}
