package org.ocaq.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface LessonPlanRepository extends JpaRepository<LessonPlan, Long> {

    @Query("select p from LessonPlan p where p.unitId in :unitIds order by p.unitId, p.position")
    List<LessonPlan> findByUnits(Collection<Long> unitIds);

    @Query("""
            select p from LessonPlan p where p.retired = false and p.searchText like :pattern
            order by p.titleAz, p.id""")
    List<LessonPlan> search(String pattern, org.springframework.data.domain.Limit limit);
}
