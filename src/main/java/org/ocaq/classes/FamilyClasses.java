package org.ocaq.classes;

import java.util.Set;

/**
 * Which classes a family's children attend. Enrolment knows and implements it; classes asks through this interface so
 * that it does not depend on enrolment (which builds on classes).
 */
public interface FamilyClasses {

    Set<Long> classIdsOfFamily(long familyId);

    /** The places one child holds; for whoever may see the child's family (empty if the child has none). */
    java.util.List<ChildPlace> placesOfChild(long childId);
}
