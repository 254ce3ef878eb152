package org.ocaq.classes;

import java.util.Set;

/**
 * Which classes a family's children attend. Enrolment knows and implements it; classes asks through this interface so
 * that it does not depend on enrolment (which builds on classes).
 */
public interface FamilyClasses {

    Set<Long> classIdsOfFamily(long familyId);
}
