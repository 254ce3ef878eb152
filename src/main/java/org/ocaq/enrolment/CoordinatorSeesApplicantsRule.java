package org.ocaq.enrolment;

import org.ocaq.security.AccessRule;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.shared.Role;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A coordinator sees the families that applied to their school (a family that signed up on its own belongs to no
 * school until a child is accepted), to decide on the applications and write to them. Seeing only: the family's own
 * data stays the family's to change.
 */
@Component
class CoordinatorSeesApplicantsRule implements AccessRule {

    private final ApplicationRepository applications;

    CoordinatorSeesApplicantsRule(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public boolean grants(CurrentUser user, Owner owner, Intent intent) {
        return !granted(user, List.of(owner), intent).isEmpty();
    }

    @Override
    public Set<Owner> granted(CurrentUser user, Collection<Owner> owners, Intent intent) {
        Set<Long> schools = user.has(Role.COORDINATOR) ? user.scope(ScopeKind.COORDINATED_SCHOOL) : Set.of();
        Set<Long> familyIds = new HashSet<>();
        owners.stream().filter(o -> o.familyId() != null).forEach(o -> familyIds.add(o.familyId()));
        if (intent != Intent.SEE || schools.isEmpty() || familyIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> applying = new HashSet<>(applications.familiesApplyingTo(familyIds, schools));
        Set<Owner> granted = new HashSet<>();
        owners.stream().filter(o -> o.familyId() != null && applying.contains(o.familyId())).forEach(granted::add);
        return granted;
    }
}
