package org.ocaq.privacy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    @Query("select c from Consent c where c.childId in :childIds order by c.givenAt, c.id")
    List<Consent> findByChildren(Collection<Long> childIds);
}
