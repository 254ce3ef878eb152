package org.ocaq.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "account_scope")
class AccountScope {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_scope_seq")
    @SequenceGenerator(name = "account_scope_seq", sequenceName = "account_scope_seq", allocationSize = 50)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private ScopeKind kind;

    private Long targetId;

    protected AccountScope() {
    }

    AccountScope(Long accountId, ScopeKind kind, Long targetId) {
        this.accountId = accountId;
        this.kind = kind;
        this.targetId = targetId;
    }

    ScopeKind getKind() {
        return kind;
    }

    Long getTargetId() {
        return targetId;
    }
}
