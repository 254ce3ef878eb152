package org.ocaq.material;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface MaterialRepository extends JpaRepository<Material, Long> {

    List<Material> findByLessonIdOrderByUploadedAtAscIdAsc(long lessonId);

    List<Material> findByLessonIdInOrderByUploadedAtAscIdAsc(Collection<Long> lessonIds);

    List<Material> findByUnitIdOrderByUploadedAtAscIdAsc(long unitId);
}
