package org.ocaq.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CertificateTemplateRepository extends JpaRepository<CertificateTemplate, Long> {

    List<CertificateTemplate> findAllByOrderByName();
}
