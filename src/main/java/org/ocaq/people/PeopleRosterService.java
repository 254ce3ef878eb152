package org.ocaq.people;

import org.ocaq.security.AccessPolicy;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.ocaq.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The people side of roster import and export: a whole school's children and guardians at once, and applying
 * confirmed rows. Only the school's coordinator and the network office may use it.
 */
@Service
@Transactional
public class PeopleRosterService {

    private final FamilyRepository families;
    private final GuardianRepository guardians;
    private final ChildRepository children;
    private final AdultLearnerRepository learners;
    private final AccessPolicy access;

    PeopleRosterService(FamilyRepository families, GuardianRepository guardians, ChildRepository children,
                        AdultLearnerRepository learners, AccessPolicy access) {
        this.learners = learners;
        this.families = families;
        this.guardians = guardians;
        this.children = children;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public SchoolPeopleSnapshot snapshot(long schoolId) {
        checkCoordinator(schoolId);
        List<RosterChildRecord> childRecords = children.findAllOfSchool(schoolId).stream()
                .map(c -> new RosterChildRecord(c.getId(), c.getFamilyId(), c.toForm()))
                .toList();
        List<RosterGuardianRecord> guardianRecords = guardians.findAllOfSchool(schoolId).stream()
                .map(g -> new RosterGuardianRecord(g.getId(), g.getFamilyId(), g.toForm()))
                .toList();
        return new SchoolPeopleSnapshot(childRecords, guardianRecords);
    }

    /**
     * Applies confirmed rows in the caller's transaction, so that the caller's placements and these changes are
     * written together or not at all. Reports each applied row to progress.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlacedChild> apply(long schoolId, List<PeopleChange> changes, IntConsumer progress) {
        checkCoordinator(schoolId);
        Map<String, Long> newFamilies = new HashMap<>();
        Map<String, Long> newChildren = new HashMap<>();
        Map<Long, Child> knownChildren = new HashMap<>();
        children.findAllOfSchool(schoolId).forEach(c -> knownChildren.put(c.getId(), c));
        Map<Long, Guardian> knownGuardians = new HashMap<>();
        guardians.findAllOfSchool(schoolId).forEach(g -> knownGuardians.put(g.getId(), g));
        Set<Long> schoolFamilies = knownChildren.values().stream().map(Child::getFamilyId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        knownGuardians.values().forEach(g -> schoolFamilies.add(g.getFamilyId()));
        for (int i = 0; i < changes.size(); i++) {
            validate(changes.get(i), i);
        }
        // New families are written first: guardians and children refer to them, and inserts are batched by table.
        for (PeopleChange change : changes) {
            if (change.familyId() == null) {
                newFamilies.computeIfAbsent(change.newFamilyKey(),
                        key -> families.save(new Family(schoolId, change.newFamilyName())).getId());
            }
        }
        families.flush();
        List<PlacedChild> placed = new ArrayList<>(changes.size());
        int done = 0;
        for (PeopleChange change : changes) {
            long familyId;
            if (change.familyId() != null) {
                if (!schoolFamilies.contains(change.familyId())) {
                    throw new AccessDeniedException("Not in your scope");
                }
                familyId = change.familyId();
            } else {
                familyId = newFamilies.get(change.newFamilyKey());
                schoolFamilies.add(familyId);
            }
            if (change.guardian() != null) {
                if (change.guardianId() != null) {
                    Guardian guardian = knownGuardians.get(change.guardianId());
                    if (guardian == null || guardian.getFamilyId() != familyId) {
                        throw new AccessDeniedException("Not in your scope");
                    }
                    guardian.apply(change.guardian());
                } else {
                    Guardian guardian = guardians.save(new Guardian(familyId, null, change.guardian()));
                    knownGuardians.put(guardian.getId(), guardian);
                }
            }
            long childId;
            if (change.childId() != null) {
                Child child = knownChildren.get(change.childId());
                if (child == null || child.getFamilyId() != familyId) {
                    throw new AccessDeniedException("Not in your scope");
                }
                child.apply(change.child());
                childId = child.getId();
            } else if (newChildren.containsKey(change.newChildKey())) {
                childId = newChildren.get(change.newChildKey());
            } else {
                Child child = children.save(new Child(familyId, schoolId, change.child()));
                knownChildren.put(child.getId(), child);
                childId = child.getId();
                newChildren.put(change.newChildKey(), childId);
            }
            placed.add(new PlacedChild(childId, familyId));
            progress.accept(++done);
        }
        return placed;
    }

    /**
     * Children by id, for a class list: the caller must be allowed to see every child's family (a teacher sees the
     * families of their pupils). Two statements whatever the number of children.
     */
    @Transactional(readOnly = true)
    public List<ChildSummary> children(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        List<ChildSummary> found = children.findSummaries(childIds);
        access.checkSeeAll(found.stream().map(c -> Owner.family(c.familyId(), c.schoolId())).collect(Collectors.toSet()));
        return found;
    }

    /** The guardians of a family who can be written to (with an email), for whoever may see the family. */
    @Transactional(readOnly = true)
    public List<GuardianForm> guardianContacts(long familyId) {
        Family family = families.findById(familyId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        access.checkSee(Owner.family(familyId, family.getSchoolId()));
        return guardians.findByFamilyIdOrderById(familyId).stream().map(Guardian::toForm)
                .filter(g -> g.email() != null).toList();
    }

    /** An adult learner's own record, for themself and their school. */
    @Transactional(readOnly = true)
    public LearnerSummary learner(long learnerId) {
        LearnerSummary learner = learners.findSummaries(List.of(learnerId)).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        access.checkSee(Owner.learner(learnerId, learner.schoolId()));
        return learner;
    }

    /**
     * A child accepted by a school joins it, and so does its family if it had none yet (a family that signed up on
     * its own); then the school's lists show them. For the school's coordinator or the network office.
     */
    public void joinSchool(long childId, long schoolId) {
        checkCoordinator(schoolId);
        Child child = children.findById(childId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        if (child.getSchoolId() != null && child.getSchoolId() != schoolId) {
            return;
        }
        child.joinSchool(schoolId);
        families.findById(child.getFamilyId()).ifPresent(f -> f.joinSchool(schoolId));
    }

    private void checkCoordinator(long schoolId) {
        access.checkChange(Owner.school(schoolId));
        access.requireAnyRole(Role.NETWORK_ADMIN, Role.COORDINATOR);
    }

    private static void validate(PeopleChange change, int index) {
        ChildForm child = change.child();
        GuardianForm guardian = change.guardian();
        boolean childOk = child != null && notBlank(child.firstName()) && notBlank(child.lastName())
                && child.dateOfBirth() != null;
        boolean guardianOk = guardian == null || (notBlank(guardian.fullName())
                && (notBlank(guardian.email()) || notBlank(guardian.phone())));
        boolean childKeyOk = change.childId() != null || notBlank(change.newChildKey());
        boolean familyOk = childKeyOk && (change.familyId() != null || notBlank(change.newFamilyKey())
                && notBlank(change.newFamilyName()));
        if (!childOk || !guardianOk || !familyOk) {
            throw new FieldProblems(Map.of("rows[" + index + "]", List.of("people.roster.row-incomplete")));
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
