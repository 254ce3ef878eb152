package org.ocaq.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurriculumFileRepository extends JpaRepository<CurriculumFile, String> {
}
