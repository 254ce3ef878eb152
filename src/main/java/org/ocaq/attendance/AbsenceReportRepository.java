package org.ocaq.attendance;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AbsenceReportRepository extends JpaRepository<AbsenceReport, Long> {

    List<AbsenceReport> findByChildIdOrderByFirstDayDescIdDesc(long childId);
}
