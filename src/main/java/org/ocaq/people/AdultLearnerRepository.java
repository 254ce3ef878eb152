package org.ocaq.people;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface AdultLearnerRepository extends JpaRepository<AdultLearner, Long> {

    @Query("""
            select new org.ocaq.people.LearnerSummary(l.id, l.schoolId, l.fullName, l.email)
            from AdultLearner l where l.id in :ids order by l.sortKey, l.id""")
    List<LearnerSummary> findSummaries(Collection<Long> ids);
}
