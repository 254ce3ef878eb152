package org.ocaq.security;

/**
 * Where a piece of data belongs: the school, class, family, learner or account it is part of. Services describe
 * what they are about to show or change with an owner, and {@link AccessPolicy} decides. Null parts do not apply.
 */
public record Owner(Long schoolId, Long classId, Long familyId, Long learnerId, Long accountId) {

    /** Data of the whole network (countries, the list of schools for the network office). */
    public static Owner network() {
        return new Owner(null, null, null, null, null);
    }

    public static Owner school(long schoolId) {
        return new Owner(schoolId, null, null, null, null);
    }

    public static Owner schoolClass(long schoolId, long classId) {
        return new Owner(schoolId, classId, null, null, null);
    }

    /** A family; schoolId is the school it belongs to, or null for a family not yet at any school. */
    public static Owner family(long familyId, Long schoolId) {
        return new Owner(schoolId, null, familyId, null, null);
    }

    public static Owner learner(long learnerId, Long schoolId) {
        return new Owner(schoolId, null, null, learnerId, null);
    }

    public static Owner account(long accountId) {
        return new Owner(null, null, null, null, accountId);
    }

    boolean isSchoolLevel() {
        return schoolId != null && classId == null && familyId == null && learnerId == null && accountId == null;
    }
}
