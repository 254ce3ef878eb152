package org.ocaq.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            select new org.ocaq.security.AccountSummary(a.id, a.email, a.displayName, a.emailVerified, a.enabled)
            from Account a where a.searchKey like :pattern order by a.sortKey, a.id""")
    List<AccountSummary> search(String pattern, Pageable page);

    @Query("select count(a) from Account a where a.searchKey like :pattern")
    long countMatching(String pattern);
}
