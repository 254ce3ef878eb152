package org.ocaq.security;

import org.ocaq.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one answer to "may the current user see or change this?". Every service asks it before it reads or writes;
 * hiding a button in a view is never the protection.
 * <ul>
 *   <li>the network office sees and changes everything;</li>
 *   <li>a coordinator everything that belongs to their school(s);</li>
 *   <li>a teacher sees their school's general data and everything of the classes they teach, and changes the latter;</li>
 *   <li>a parent sees and changes their own family;</li>
 *   <li>a student sees their own record;</li>
 *   <li>everyone sees and changes their own account.</li>
 * </ul>
 * Features add narrower grants through {@link AccessRule} beans.
 */
@Component
public class AccessPolicy {

    private final AccountScopeRepository scopes;
    private final List<AccessRule> extraRules;

    AccessPolicy(AccountScopeRepository scopes, List<AccessRule> extraRules) {
        this.scopes = scopes;
        this.extraRules = extraRules;
    }

    /** The signed-in person, or empty for a visitor or the system. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentUser() {
        return principal().map(this::loadOncePerTransaction);
    }

    /**
     * The user's scopes are read fresh for every transaction (a class given to a teacher counts at once), but only
     * once within one, so that a page checking many things costs one statement for them.
     */
    private CurrentUser loadOncePerTransaction(OcaqPrincipal principal) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load(principal);
        }
        @SuppressWarnings("unchecked")
        Map<Long, CurrentUser> known = (Map<Long, CurrentUser>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Map<Long, CurrentUser> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AccessPolicy.this);
                }
            });
            known = fresh;
        }
        return known.computeIfAbsent(principal.accountId(), id -> load(principal));
    }

    private CurrentUser load(OcaqPrincipal principal) {
        return Optional.of(principal).map(p -> {
            Map<ScopeKind, Set<Long>> byKind = new EnumMap<>(ScopeKind.class);
            for (AccountScope scope : scopes.findByAccountId(p.accountId())) {
                byKind.computeIfAbsent(scope.getKind(), k -> new HashSet<>()).add(scope.getTargetId());
            }
            return new CurrentUser(p.accountId(), p.getUsername(), p.displayName(), p.roles(), byKind);
        }).orElseThrow();
    }

    /** The signed-in person; a visitor gets AccessDeniedException. */
    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
    }

    public boolean isSystem() {
        return SystemContext.isSystem(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean isAdmin() {
        return isSystem() || principal().map(p -> p.roles().contains(Role.NETWORK_ADMIN)).orElse(false);
    }

    /** Passes if the current user holds any of the roles (the system always passes). */
    public void requireAnyRole(Role... roles) {
        if (isSystem()) {
            return;
        }
        Set<Role> held = principal().map(OcaqPrincipal::roles).orElse(Set.of());
        if (Arrays.stream(roles).noneMatch(held::contains)) {
            throw new AccessDeniedException("Role required: " + Arrays.toString(roles));
        }
    }

    public boolean maySee(Owner owner) {
        return decide(owner, AccessRule.Intent.SEE);
    }

    public boolean mayChange(Owner owner) {
        return decide(owner, AccessRule.Intent.CHANGE);
    }

    public void checkSee(Owner owner) {
        if (!maySee(owner)) {
            throw new AccessDeniedException("Not in your scope");
        }
    }

    public void checkChange(Owner owner) {
        if (!mayChange(owner)) {
            throw new AccessDeniedException("Not in your scope");
        }
    }

    /** Passes only if the current user may see every one of the owners; asks each rule once for all of them. */
    public void checkSeeAll(Collection<Owner> owners) {
        if (isSystem() || owners.isEmpty()) {
            return;
        }
        CurrentUser user = currentUser().orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        Set<Owner> remaining = new HashSet<>();
        for (Owner owner : owners) {
            if (!baseRules(user, owner, AccessRule.Intent.SEE)) {
                remaining.add(owner);
            }
        }
        for (AccessRule rule : extraRules) {
            if (remaining.isEmpty()) {
                break;
            }
            remaining.removeAll(rule.granted(user, Set.copyOf(remaining), AccessRule.Intent.SEE));
        }
        if (!remaining.isEmpty()) {
            throw new AccessDeniedException("Not in your scope");
        }
    }

    private boolean decide(Owner owner, AccessRule.Intent intent) {
        if (isSystem()) {
            return true;
        }
        Optional<CurrentUser> maybeUser = currentUser();
        if (maybeUser.isEmpty()) {
            return false;
        }
        CurrentUser user = maybeUser.get();
        return baseRules(user, owner, intent)
                || extraRules.stream().anyMatch(rule -> rule.grants(user, owner, intent));
    }

    static boolean baseRules(CurrentUser user, Owner owner, AccessRule.Intent intent) {
        if (user.has(Role.NETWORK_ADMIN)) {
            return true;
        }
        if (owner.accountId() != null && owner.accountId() == user.accountId()) {
            return true;
        }
        if (user.has(Role.COORDINATOR) && user.inScope(ScopeKind.COORDINATED_SCHOOL, owner.schoolId())) {
            return true;
        }
        if (user.has(Role.TEACHER)) {
            if (user.inScope(ScopeKind.TAUGHT_CLASS, owner.classId()) && owner.familyId() == null
                    && owner.learnerId() == null) {
                return true;
            }
            if (intent == AccessRule.Intent.SEE && owner.isSchoolLevel()
                    && user.inScope(ScopeKind.TEACHING_SCHOOL, owner.schoolId())) {
                return true;
            }
        }
        if (user.has(Role.PARENT) && user.inScope(ScopeKind.FAMILY, owner.familyId())) {
            return true;
        }
        return user.has(Role.STUDENT) && intent == AccessRule.Intent.SEE
                && user.inScope(ScopeKind.LEARNER, owner.learnerId());
    }

    private static Optional<OcaqPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof OcaqPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
