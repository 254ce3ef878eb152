package org.ocaq.privacy;

import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consents of families for their children. A guardian of the family gives them (for a child under the digital age of
 * consent of the school's country that is what the law asks; the record says whether the child was under it), the
 * family and its school see them, and the optional ones can be withdrawn.
 */
@Service
@Transactional
public class ConsentService {

    /** Where a family is not yet at a school, the strictest age in force in Europe applies. */
    private static final int DEFAULT_CONSENT_AGE = 16;

    private final ConsentRepository consents;
    private final PeopleRosterService people;
    private final SchoolEnrolmentSettings schools;
    private final AccessPolicy access;
    private final Clock clock;

    ConsentService(ConsentRepository consents, PeopleRosterService people, SchoolEnrolmentSettings schools,
                   AccessPolicy access, Clock clock) {
        this.consents = consents;
        this.people = people;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    /** A guardian of the child's family gives a consent; giving one that is in force again changes nothing. */
    public void give(long childId, ConsentKind kind) {
        ChildSummary child = guardedChild(childId);
        CurrentUser user = access.requireUser();
        boolean inForce = consents.findByChildren(List.of(childId)).stream()
                .anyMatch(c -> c.toRecord().kind() == kind && c.isInForce());
        if (inForce) {
            return;
        }
        int consentAge = child.schoolId() == null ? DEFAULT_CONSENT_AGE : schools.digitalConsentAge(child.schoolId());
        boolean underAge = Period.between(child.dateOfBirth(), LocalDate.now(clock)).getYears() < consentAge;
        consents.save(new Consent(child.familyId(), childId, kind, clock.instant(), user.accountId(), underAge));
    }

    /** Withdraws a consent that may be withdrawn (photos); the record of it stays. */
    public void withdraw(long childId, ConsentKind kind) {
        guardedChild(childId);
        if (!kind.withdrawable()) {
            throw new FieldProblems(Map.of("consent", List.of("privacy.consent.not-withdrawable")));
        }
        CurrentUser user = access.requireUser();
        consents.findByChildren(List.of(childId)).stream()
                .filter(c -> c.toRecord().kind() == kind && c.isInForce())
                .forEach(c -> c.withdraw(clock.instant(), user.accountId()));
    }

    /** Every consent of these children, given and withdrawn, for whoever may see their families. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> consents(Collection<Long> childIds) {
        people.children(childIds);
        return consents.findByChildren(childIds).stream().map(Consent::toRecord).toList();
    }

    /** Those of the children whose data-processing consent is in force. */
    @Transactional(readOnly = true)
    public Set<Long> withDataProcessingConsent(Collection<Long> childIds) {
        Set<Long> consented = new HashSet<>();
        consents(childIds).stream().filter(c -> c.kind() == ConsentKind.DATA_PROCESSING && c.inForce())
                .forEach(c -> consented.add(c.childId()));
        return consented;
    }

    /** The child, if the current user may change its family (a guardian, the school's coordinator). */
    private ChildSummary guardedChild(long childId) {
        List<ChildSummary> found = people.children(List.of(childId));
        if (found.isEmpty()) {
            throw new AccessDeniedException("Not in your scope");
        }
        ChildSummary child = found.getFirst();
        access.checkChange(Owner.family(child.familyId(), child.schoolId()));
        return child;
    }
}
