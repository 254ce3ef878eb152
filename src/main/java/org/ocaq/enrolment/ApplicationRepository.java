package org.ocaq.enrolment;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    @Query("""
            select a from Application a where a.schoolId = :schoolId
            and (:classId is null or a.classId = :classId) and (:termId is null or a.termId = :termId)
            and a.state in :states order by a.appliedAt, a.id""")
    List<Application> findQueue(long schoolId, Long classId, Long termId, Collection<ApplicationState> states,
                                Pageable page);

    @Query("""
            select count(a) from Application a where a.schoolId = :schoolId
            and (:classId is null or a.classId = :classId) and (:termId is null or a.termId = :termId)
            and a.state in :states""")
    long countQueue(long schoolId, Long classId, Long termId, Collection<ApplicationState> states);

    @Query("""
            select a from Application a where a.state = org.ocaq.enrolment.ApplicationState.WAITLISTED
            and a.classId in :classIds order by a.appliedAt, a.id""")
    List<Application> findWaiting(Collection<Long> classIds);

    /** Seats held by applications without a place row: offers waiting for an answer, and accepted adult learners. */
    @Query("""
            select count(a) from Application a where a.classId = :classId and a.termId = :termId
            and (a.state = org.ocaq.enrolment.ApplicationState.OFFERED
                 or (a.state = org.ocaq.enrolment.ApplicationState.ACCEPTED and a.learnerId is not null))""")
    long countSeatsWithoutPlacement(long classId, long termId);

    @Query("""
            select count(a) > 0 from Application a where a.classId = :classId and a.termId = :termId
            and a.state = org.ocaq.enrolment.ApplicationState.WAITLISTED""")
    boolean anyWaiting(long classId, long termId);

    @Query("""
            select count(a) > 0 from Application a where a.classId = :classId and a.termId = :termId
            and a.state in :states and (a.childId = :childId or a.learnerId = :learnerId)""")
    boolean existsActive(long classId, long termId, Long childId, Long learnerId, Collection<ApplicationState> states);

    @Query("select a from Application a where a.familyId in :familyIds order by a.appliedAt desc, a.id desc")
    List<Application> findByFamilies(Collection<Long> familyIds);

    @Query("select a from Application a where a.learnerId in :learnerIds order by a.appliedAt desc, a.id desc")
    List<Application> findByLearners(Collection<Long> learnerIds);

    @Query("select a from Application a where a.childId = :childId order by a.appliedAt, a.id")
    List<Application> findByChild(long childId);

    @Query("""
            select a.id from Application a where a.state = org.ocaq.enrolment.ApplicationState.OFFERED
            and a.offerExpiresAt < :now order by a.offerExpiresAt""")
    List<Long> findExpiredOffers(Instant now);

    @Query("""
            select distinct a.familyId from Application a where a.familyId in :familyIds and a.schoolId in :schoolIds""")
    List<Long> familiesApplyingTo(Collection<Long> familyIds, Collection<Long> schoolIds);
}
