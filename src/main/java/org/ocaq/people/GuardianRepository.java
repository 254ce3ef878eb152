package org.ocaq.people;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface GuardianRepository extends JpaRepository<Guardian, Long> {

    Optional<Guardian> findFirstByFamilyIdAndEmail(Long familyId, String email);

    List<Guardian> findByFamilyIdOrderById(Long familyId);

    @Query("""
            select new org.ocaq.people.GuardianSummary(g.id, g.familyId, g.fullName, g.email, g.phone,
                    g.preferredLanguage)
            from Guardian g where g.familyId in :familyIds order by g.sortKey, g.id""")
    List<GuardianSummary> findByFamilies(Collection<Long> familyIds);

    @Query("""
            select g from Guardian g where g.familyId in (select f.id from Family f where f.schoolId = :schoolId)
            order by g.sortKey, g.id""")
    List<Guardian> findAllOfSchool(long schoolId);
}
