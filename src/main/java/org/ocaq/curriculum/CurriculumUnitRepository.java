package org.ocaq.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CurriculumUnitRepository extends JpaRepository<CurriculumUnit, Long> {

    List<CurriculumUnit> findByCourseIdOrderByPosition(long courseId);
}
