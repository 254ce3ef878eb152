package org.ocaq.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByCodeIn(Collection<String> codes);

    List<Certificate> findByClassIdAndTermIdOrderByHolderNameAscIdAsc(long classId, long termId);

    List<Certificate> findByTemplateIdAndTermIdAndChildIdIn(long templateId, long termId, Collection<Long> childIds);

    List<Certificate> findByFamilyIdIn(Collection<Long> familyIds);

    List<Certificate> findByLearnerIdIn(Collection<Long> learnerIds);

    List<Certificate> findByTeacherIdIn(Collection<Long> teacherIds);

    List<Certificate> findByChildId(long childId);

    List<Certificate> findBySchoolIdAndClassIdIsNullOrderByIssuedAtDescIdDesc(long schoolId);
}
