package org.ocaq.enrolment;

import org.ocaq.classes.ClassDetails;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.FamilyClasses;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.Owner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/** Children's places in classes: who is in a class, and which classes a family's children attend. */
@Service
@Transactional
public class EnrolmentService implements FamilyClasses {

    private final PlacementRepository placements;
    private final ClassService classes;
    private final PeopleRosterService people;
    private final AccessPolicy access;
    private final org.ocaq.school.SchoolEnrolmentSettings terms;

    EnrolmentService(PlacementRepository placements, ClassService classes, PeopleRosterService people,
                     AccessPolicy access, org.ocaq.school.SchoolEnrolmentSettings terms) {
        this.terms = terms;
        this.placements = placements;
        this.classes = classes;
        this.people = people;
        this.access = access;
    }

    /** The children placed in a class, for its teachers and the school's coordinator. */
    @Transactional(readOnly = true)
    public List<ChildSummary> classRoster(long classId) {
        ClassDetails schoolClass = classes.getClass(classId);
        access.checkSee(Owner.schoolClass(schoolClass.schoolId(), classId));
        return people.children(placements.childIdsOfClass(classId));
    }

    /**
     * The children who sit in a class on a day of a term (a child who joined mid-term only from their first day), for
     * its teachers and the school's coordinator. The school is part of the query, so a class of another school
     * gives no one.
     */
    @Transactional(readOnly = true)
    public List<ChildSummary> classRosterOn(long classId, long schoolId, long termId, java.time.LocalDate day) {
        access.checkSee(Owner.schoolClass(schoolId, classId));
        return people.children(placements.childIdsOfClassOn(classId, schoolId, termId, day));
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.ocaq.classes.ChildPlace> placesOfChild(long childId) {
        List<Placement> places = placements.findByChildId(childId);
        if (places.isEmpty()) {
            return List.of();
        }
        access.checkSee(Owner.family(places.getFirst().getFamilyId(), null));
        return places.stream().map(p -> new org.ocaq.classes.ChildPlace(p.getClassId(), p.getTermId(),
                p.getStartsOn())).toList();
    }

    /**
     * Records that a child has sat in a class since an earlier day of the term than the acceptance (the place was
     * recorded late), so that the earlier lessons' sheets list them. The school's coordinator; the day must be in the
     * term and not later than the current first day.
     */
    public void placedSince(long childId, long classId, long termId, java.time.LocalDate firstDay) {
        Placement placement = placements.findByChildId(childId).stream()
                .filter(p -> p.getClassId() == classId && Long.valueOf(termId).equals(p.getTermId())).findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not found"));
        access.checkChange(Owner.school(placement.getSchoolId()));
        org.ocaq.school.TermSummary term = terms.term(placement.getSchoolId(), termId).orElseThrow();
        boolean later = placement.getStartsOn() != null && firstDay.isAfter(placement.getStartsOn());
        if (firstDay.isBefore(term.startsOn()) || firstDay.isAfter(term.endsOn()) || later) {
            throw new org.ocaq.security.FieldProblems(java.util.Map.of("firstDay",
                    List.of("enrolment.placement.first-day-invalid")));
        }
        placement.startFrom(firstDay);
    }

    /** The classes in which a family's children hold a place; for whoever may see the family. */
    @Override
    @Transactional(readOnly = true)
    public Set<Long> classIdsOfFamily(long familyId) {
        access.checkSee(Owner.family(familyId, null));
        return Set.copyOf(placements.classIdsOfFamily(familyId));
    }
}
