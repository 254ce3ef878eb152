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

/** A teacher sees the families of the children placed in the classes they teach, and no other family. */
@Component
class TeacherSeesPupilsRule implements AccessRule {

    private final PlacementRepository placements;

    TeacherSeesPupilsRule(PlacementRepository placements) {
        this.placements = placements;
    }

    @Override
    public boolean grants(CurrentUser user, Owner owner, Intent intent) {
        return !granted(user, List.of(owner), intent).isEmpty();
    }

    @Override
    public Set<Owner> granted(CurrentUser user, Collection<Owner> owners, Intent intent) {
        Set<Long> taught = user.has(Role.TEACHER) ? user.scope(ScopeKind.TAUGHT_CLASS) : Set.of();
        Set<Long> familyIds = new HashSet<>();
        owners.stream().filter(o -> o.familyId() != null).forEach(o -> familyIds.add(o.familyId()));
        if (intent != Intent.SEE || taught.isEmpty() || familyIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> visible = new HashSet<>(placements.familiesWithChildIn(familyIds, taught));
        Set<Owner> granted = new HashSet<>();
        owners.stream().filter(o -> o.familyId() != null && visible.contains(o.familyId())).forEach(granted::add);
        return granted;
    }
}
