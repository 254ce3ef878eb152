package org.ocaq.school;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Set;

interface SchoolLogoRepository extends JpaRepository<SchoolLogo, Long> {

    @Query("select l.schoolId from SchoolLogo l")
    Set<Long> findSchoolIds();
}
