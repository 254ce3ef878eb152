package org.ocaq.attendance;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRecordRepository extends JpaRepository<LessonRecord, Long> {
}
