package org.ocaq.people;

import java.util.List;

/** A family with everything its editor shows, each part with the version it was read at. */
public record FamilyDetails(long id, long version, Long schoolId, String name, List<GuardianEntry> guardians,
                            List<ChildEntry> children) {
}
