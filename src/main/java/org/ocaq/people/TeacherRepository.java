package org.ocaq.people;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface TeacherRepository extends JpaRepository<Teacher, Long> {

    /** In the page's sort, which the service builds from {@link TeacherSort}. */
    @Query("""
            select new org.ocaq.people.TeacherSummary(t.id, t.schoolId, t.accountId, t.fullName, t.email, t.languages,
                    t.subjects)
            from Teacher t where t.schoolId = :schoolId and t.searchKey like :pattern""")
    List<TeacherSummary> findPage(Long schoolId, String pattern, Pageable page);

    @Query("select count(t) from Teacher t where t.schoolId = :schoolId and t.searchKey like :pattern")
    long countMatching(Long schoolId, String pattern);

    Optional<Teacher> findFirstBySchoolIdAndAccountId(Long schoolId, Long accountId);

    Optional<Teacher> findFirstBySchoolIdAndEmail(Long schoolId, String email);

    @Query("select t.id from Teacher t where t.accountId = :accountId")
    List<Long> findIdsByAccountId(long accountId);

    @Query("select new org.ocaq.people.SchoolPeopleCount(t.schoolId, count(t)) from Teacher t group by t.schoolId")
    List<SchoolPeopleCount> countPerSchool();
}
