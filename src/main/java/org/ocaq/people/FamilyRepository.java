package org.ocaq.people;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface FamilyRepository extends JpaRepository<Family, Long> {

    @Query("select f from Family f where f.id in :ids order by f.sortKey, f.id")
    List<Family> findAllSorted(Collection<Long> ids);

    long countBySchoolId(Long schoolId);

    /** In the page's sort, which the service builds from {@link FamilySort}. */
    @Query("""
            select new org.ocaq.people.FamilyName(f.id, f.name) from Family f
            where f.schoolId = :schoolId""")
    List<FamilyName> findPage(Long schoolId, Pageable page);

    /**
     * Families with a guardian or a child whose folded name (or a guardian's email) holds the pattern, in the page's
     * sort.
     */
    @Query("""
            select new org.ocaq.people.FamilyName(f.id, f.name) from Family f
            where f.schoolId = :schoolId
              and (exists (select 1 from Guardian g where g.familyId = f.id and g.searchKey like :pattern)
                   or exists (select 1 from Child c where c.familyId = f.id and c.searchKey like :pattern))""")
    List<FamilyName> findPageMatching(Long schoolId, String pattern, Pageable page);

    @Query("""
            select count(f) from Family f
            where f.schoolId = :schoolId
              and (exists (select 1 from Guardian g where g.familyId = f.id and g.searchKey like :pattern)
                   or exists (select 1 from Child c where c.familyId = f.id and c.searchKey like :pattern))""")
    long countMatching(Long schoolId, String pattern);
}
