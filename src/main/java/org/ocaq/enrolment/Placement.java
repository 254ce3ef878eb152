package org.ocaq.enrolment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A child's place in a class. The family is kept with it so that access checks need no join into people. */
@Entity
@Table(name = "placement")
class Placement {

    enum Source { ROSTER_IMPORT, COORDINATOR, APPLICATION }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_seq")
    @SequenceGenerator(name = "placement_seq", sequenceName = "placement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long schoolId;
    private long classId;
    private long childId;
    private long familyId;
    private Instant placedAt;
    private Long termId;
    private Long applicationId;
    private java.time.LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    private Source source;

    protected Placement() {
    }

    Placement(long schoolId, long classId, long childId, long familyId, Instant placedAt, Source source) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.childId = childId;
        this.familyId = familyId;
        this.placedAt = placedAt;
        this.source = source;
    }

    /** A place taken by an accepted application, for its term. */
    static Placement fromApplication(long schoolId, long classId, long termId, long childId, long familyId,
                                     long applicationId, Instant at, java.time.LocalDate startsOn) {
        Placement placement = new Placement(schoolId, classId, childId, familyId, at, Source.APPLICATION);
        placement.startsOn = startsOn;
        placement.termId = termId;
        placement.applicationId = applicationId;
        return placement;
    }

    void startFrom(java.time.LocalDate firstDay) {
        this.startsOn = firstDay;
    }

    long getSchoolId() {
        return schoolId;
    }

    void moveToClass(long newClassId) {
        this.classId = newClassId;
    }

    long getClassId() {
        return classId;
    }

    long getChildId() {
        return childId;
    }

    long getFamilyId() {
        return familyId;
    }

    Long getTermId() {
        return termId;
    }

    java.time.LocalDate getStartsOn() {
        return startsOn;
    }
}
