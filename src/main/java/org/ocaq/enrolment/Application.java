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

/** A child's or an adult learner's application to a class for a term. */
@Entity
@Table(name = "application")
class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long schoolId;
    private long classId;
    private long termId;
    private Long childId;
    private Long familyId;
    private Long learnerId;
    private String applicantName;
    private long appliedByAccount;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    private Instant appliedAt;
    private Instant offerExpiresAt;
    private String reason;

    protected Application() {
    }

    static Application forChild(long schoolId, long classId, long termId, long childId, long familyId, String name,
                                long byAccount, Instant at) {
        Application application = new Application(schoolId, classId, termId, name, byAccount, at);
        application.childId = childId;
        application.familyId = familyId;
        return application;
    }

    static Application forLearner(long schoolId, long classId, long termId, long learnerId, String name,
                                  long byAccount, Instant at) {
        Application application = new Application(schoolId, classId, termId, name, byAccount, at);
        application.learnerId = learnerId;
        return application;
    }

    private Application(long schoolId, long classId, long termId, String name, long byAccount, Instant at) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.termId = termId;
        this.applicantName = name;
        this.appliedByAccount = byAccount;
        this.appliedAt = at;
        this.state = ApplicationState.SUBMITTED;
    }

    void moveTo(ApplicationState newState, String newReason, Instant offerExpiry) {
        this.state = newState;
        this.reason = newReason;
        this.offerExpiresAt = offerExpiry;
    }

    void moveToClass(long newClassId) {
        this.classId = newClassId;
    }

    ApplicationSummary toSummary(Integer queuePosition) {
        return new ApplicationSummary(id, version, schoolId, classId, termId, childId, familyId, learnerId,
                applicantName, state, appliedAt, offerExpiresAt, reason, queuePosition);
    }

    Long getId() {
        return id;
    }

    long getSchoolId() {
        return schoolId;
    }

    long getClassId() {
        return classId;
    }

    long getTermId() {
        return termId;
    }

    Long getChildId() {
        return childId;
    }

    Long getFamilyId() {
        return familyId;
    }

    Long getLearnerId() {
        return learnerId;
    }

    String getApplicantName() {
        return applicantName;
    }

    ApplicationState getState() {
        return state;
    }

    Instant getAppliedAt() {
        return appliedAt;
    }

    Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }
}
