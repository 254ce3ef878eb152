package org.ocaq.school;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TermRepository extends JpaRepository<Term, Long> {

    List<Term> findBySchoolIdOrderByStartsOn(Long schoolId);
}
