package org.ocaq.people;

import java.util.List;

/** A family with its children, as its parents see it at home. */
public record FamilySummary(long id, Long schoolId, String name, List<ChildSummary> children) {
}
