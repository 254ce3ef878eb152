package org.ocaq.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AccountScopeRepository extends JpaRepository<AccountScope, Long> {

    List<AccountScope> findByAccountId(Long accountId);

    boolean existsByAccountIdAndKindAndTargetId(Long accountId, ScopeKind kind, Long targetId);

    void deleteByAccountIdAndKindAndTargetId(Long accountId, ScopeKind kind, Long targetId);
}
