package org.ocaq.people;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface FamilyRepository extends JpaRepository<Family, Long> {

    @Query("select f from Family f where f.id in :ids order by f.sortKey, f.id")
    List<Family> findAllSorted(Collection<Long> ids);

    long countBySchoolId(Long schoolId);
}
