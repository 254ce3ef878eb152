package org.ocaq.enrolment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ApplicationEventRepository extends JpaRepository<ApplicationEvent, Long> {

    @Query("select e from ApplicationEvent e where e.applicationId in :applicationIds order by e.at, e.id")
    List<ApplicationEvent> findByApplications(Collection<Long> applicationIds);
}
