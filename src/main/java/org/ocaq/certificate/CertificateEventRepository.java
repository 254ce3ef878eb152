package org.ocaq.certificate;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CertificateEventRepository extends JpaRepository<CertificateEvent, Long> {

    List<CertificateEvent> findByCertificateIdOrderByAtAscIdAsc(long certificateId);
}
