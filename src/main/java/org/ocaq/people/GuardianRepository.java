package org.ocaq.people;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface GuardianRepository extends JpaRepository<Guardian, Long> {

    Optional<Guardian> findFirstByFamilyIdAndEmail(Long familyId, String email);
}
