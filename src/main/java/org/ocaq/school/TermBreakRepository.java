package org.ocaq.school;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TermBreakRepository extends JpaRepository<TermBreak, Long> {

    List<TermBreak> findByTermIdOrderByFirstDay(Long termId);
}
