package org.ocaq.people;

import java.util.List;

/** The children (in Azerbaijani order) and guardians of one school's families, read in two queries. */
public record SchoolPeopleSnapshot(List<RosterChildRecord> children, List<RosterGuardianRecord> guardians) {
}
