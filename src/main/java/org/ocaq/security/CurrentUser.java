package org.ocaq.security;

import org.ocaq.shared.Role;

import java.util.Map;
import java.util.Set;

/**
 * The signed-in person with what they may reach, read from the database for each check so that a scope taken
 * away takes effect at once.
 */
public record CurrentUser(long accountId, String email, String displayName, Set<Role> roles,
                          Map<ScopeKind, Set<Long>> scopes) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Long> scope(ScopeKind kind) {
        return scopes.getOrDefault(kind, Set.of());
    }

    public boolean inScope(ScopeKind kind, Long targetId) {
        return targetId != null && scope(kind).contains(targetId);
    }
}
