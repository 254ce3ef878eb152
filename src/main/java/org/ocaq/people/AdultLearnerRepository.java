package org.ocaq.people;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AdultLearnerRepository extends JpaRepository<AdultLearner, Long> {

    @Query("""
            select new org.ocaq.people.LearnerSummary(l.id, l.schoolId, l.fullName, l.email)
            from AdultLearner l where l.id in :ids order by l.sortKey, l.id""")
    List<LearnerSummary> findSummaries(Collection<Long> ids);

    /** In the page's sort, which the service builds from {@link LearnerSort}. */
    @Query("""
            select new org.ocaq.people.LearnerSummary(l.id, l.schoolId, l.fullName, l.email)
            from AdultLearner l where l.schoolId = :schoolId and l.searchKey like :pattern""")
    List<LearnerSummary> findPage(Long schoolId, String pattern, Pageable page);

    @Query("select count(l) from AdultLearner l where l.schoolId = :schoolId and l.searchKey like :pattern")
    long countMatching(Long schoolId, String pattern);

    Optional<AdultLearner> findFirstBySchoolIdAndAccountId(Long schoolId, Long accountId);
}
