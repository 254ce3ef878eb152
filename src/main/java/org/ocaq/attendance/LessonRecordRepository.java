package org.ocaq.attendance;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRecordRepository extends JpaRepository<LessonRecord, Long> {

    @org.springframework.data.jpa.repository.Query(
            "select distinct r.lessonPlanId from LessonRecord r where r.classId = :classId and r.lessonPlanId is not null")
    java.util.List<Long> followedPlans(long classId);
}
