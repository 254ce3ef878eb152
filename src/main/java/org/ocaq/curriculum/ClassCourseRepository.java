package org.ocaq.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassCourseRepository extends JpaRepository<ClassCourse, Long> {
}
