package org.ocaq.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurriculumCourseRepository extends JpaRepository<CurriculumCourse, Long> {
}
