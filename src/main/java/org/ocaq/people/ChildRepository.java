package org.ocaq.people;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ChildRepository extends JpaRepository<Child, Long> {

    @Query("""
            select new org.ocaq.people.ChildSummary(c.id, c.familyId, c.schoolId, c.fullName, c.dateOfBirth,
                    c.passportName)
            from Child c where c.schoolId = :schoolId and c.searchKey like :pattern order by c.sortKey, c.id""")
    List<ChildSummary> findPage(Long schoolId, String pattern, Pageable page);

    @Query("select count(c) from Child c where c.schoolId = :schoolId and c.searchKey like :pattern")
    long countMatching(Long schoolId, String pattern);

    @Query("""
            select new org.ocaq.people.ChildSummary(c.id, c.familyId, c.schoolId, c.fullName, c.dateOfBirth,
                    c.passportName)
            from Child c where c.familyId in :familyIds order by c.sortKey, c.id""")
    List<ChildSummary> findByFamilies(Collection<Long> familyIds);

    List<Child> findByFamilyIdOrderById(Long familyId);

    @Query("select new org.ocaq.people.SchoolPeopleCount(c.schoolId, count(c)) from Child c group by c.schoolId")
    List<SchoolPeopleCount> countPerSchool();

    @Query("select c from Child c where c.schoolId = :schoolId order by c.sortKey, c.id")
    List<Child> findAllOfSchool(long schoolId);

    @Query("""
            select new org.ocaq.people.ChildSummary(c.id, c.familyId, c.schoolId, c.fullName, c.dateOfBirth,
                    c.passportName)
            from Child c where c.id in :ids order by c.sortKey, c.id""")
    List<ChildSummary> findSummaries(Collection<Long> ids);
}
