package org.ocaq.classes;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    @Query("""
            select new org.ocaq.classes.ClassSummary(c.id, c.schoolId, c.name, c.subject, c.level, c.minAge, c.maxAge,
                c.language, c.capacity)
            from SchoolClass c where c.schoolId = :schoolId order by c.sortKey, c.id""")
    List<ClassSummary> findBySchool(Long schoolId, Pageable page);

    long countBySchoolId(Long schoolId);

    /** Open classes of a school with their slots, in one query. */
    @Query("""
            select distinct c from SchoolClass c left join fetch c.slots
            where c.schoolId = :schoolId and c.openForEnrolment = true order by c.sortKey, c.id""")
    List<SchoolClass> findOpenWithSlots(Long schoolId);

    @Query("""
            select new org.ocaq.classes.ClassSummary(c.id, c.schoolId, c.name, c.subject, c.level, c.minAge, c.maxAge,
                c.language, c.capacity)
            from SchoolClass c where c.id in :ids order by c.sortKey, c.id""")
    List<ClassSummary> findSummaries(Collection<Long> ids);

    @Query("""
            select new org.ocaq.classes.SchoolClassCount(c.schoolId, count(c))
            from SchoolClass c group by c.schoolId""")
    List<SchoolClassCount> countPerSchool();

    @Query("select c from SchoolClass c where :accountId member of c.teacherAccountIds")
    List<SchoolClass> findTaughtBy(Long accountId);
}
