package org.ocaq.enrolment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface RosterColumnMappingRepository extends JpaRepository<RosterColumnMapping, Long> {

    Optional<RosterColumnMapping> findBySchoolIdAndHeaderSignature(long schoolId, String headerSignature);
}
