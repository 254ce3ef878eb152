package org.ocaq.people;

import org.ocaq.security.AccessPolicy;
import org.ocaq.security.AccountService;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.ocaq.security.ParentRegistered;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.AzText;
import org.ocaq.shared.OffsetPage;
import org.ocaq.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Teachers, families (guardians and children) and adult learners. Coordinators manage their school's people;
 * parents their own family; teachers see their school.
 */
@Service
@Transactional
public class PeopleService {

    private final TeacherRepository teachers;
    private final FamilyRepository families;
    private final GuardianRepository guardians;
    private final ChildRepository children;
    private final AdultLearnerRepository learners;
    private final AccessPolicy access;
    private final AccountService accounts;
    private final Clock clock;

    PeopleService(TeacherRepository teachers, FamilyRepository families, GuardianRepository guardians,
                  ChildRepository children, AdultLearnerRepository learners, AccessPolicy access,
                  AccountService accounts, Clock clock) {
        this.teachers = teachers;
        this.families = families;
        this.guardians = guardians;
        this.children = children;
        this.learners = learners;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A parent who signed up gets a family of their own, with themself as its first guardian. */
    @EventListener
    void onParentRegistered(ParentRegistered event) {
        SystemContext.run(() -> {
            Family family = families.save(new Family(null, event.displayName()));
            guardians.save(new Guardian(family.getId(), event.accountId(),
                    new GuardianForm(event.displayName(), event.email(), null, event.language().getLanguage())));
            accounts.grant(event.accountId(), Role.PARENT, ScopeKind.FAMILY, family.getId());
        });
    }

    /** Adds a teacher to a school; with an account, that account may then see the school. */
    public long addTeacher(long schoolId, Long accountId, TeacherForm form) {
        access.checkChange(Owner.school(schoolId));
        if (form.fullName() == null || form.fullName().isBlank()) {
            throw new FieldProblems(Map.of("fullName", List.of("people.form.name-required")));
        }
        long id = teachers.save(new Teacher(schoolId, accountId, form)).getId();
        if (accountId != null) {
            accounts.grant(accountId, Role.TEACHER, ScopeKind.TEACHING_SCHOOL, schoolId);
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<TeacherSummary> listTeachers(long schoolId, String query, int offset, int limit) {
        access.checkSee(Owner.school(schoolId));
        return teachers.findPage(schoolId, AzText.containsPattern(query), OffsetPage.of(offset, limit));
    }

    @Transactional(readOnly = true)
    public long countTeachers(long schoolId, String query) {
        access.checkSee(Owner.school(schoolId));
        return teachers.countMatching(schoolId, AzText.containsPattern(query));
    }

    /** A coordinator (or the network office) records a family of their school with its guardians and children. */
    public long createFamily(long schoolId, String familyName, List<GuardianForm> guardianForms,
                             List<ChildForm> childForms) {
        access.checkChange(Owner.school(schoolId));
        validateFamily(familyName, guardianForms, childForms);
        Family family = families.save(new Family(schoolId, familyName));
        for (GuardianForm guardian : guardianForms) {
            guardians.save(new Guardian(family.getId(), null, guardian));
        }
        for (ChildForm child : childForms) {
            children.save(new Child(family.getId(), schoolId, child));
        }
        return family.getId();
    }

    /** Links a guardian's account to a family (to the guardian with the same email, if recorded) so that the parent can sign in and see it. */
    public void linkGuardianAccount(long familyId, long accountId, GuardianForm guardian) {
        Family family = loadFamily(familyId);
        access.checkChange(Owner.family(familyId, family.getSchoolId()));
        String email = guardian.email() == null ? null : guardian.email().strip().toLowerCase(java.util.Locale.ROOT);
        guardians.findFirstByFamilyIdAndEmail(familyId, email)
                .ifPresentOrElse(existing -> existing.linkAccount(accountId),
                        () -> guardians.save(new Guardian(familyId, accountId, guardian)));
        accounts.grant(accountId, Role.PARENT, ScopeKind.FAMILY, familyId);
    }

    public long addChild(long familyId, ChildForm form) {
        Family family = loadFamily(familyId);
        access.checkChange(Owner.family(familyId, family.getSchoolId()));
        validateChild(form, "");
        return children.save(new Child(familyId, family.getSchoolId(), form)).getId();
    }

    @Transactional(readOnly = true)
    public FamilySummary getFamily(long familyId) {
        Family family = loadFamily(familyId);
        access.checkSee(Owner.family(familyId, family.getSchoolId()));
        return new FamilySummary(familyId, family.getSchoolId(), family.getName(),
                children.findByFamilies(List.of(familyId)));
    }

    /** The signed-in parent's families with their children, in two queries whatever their number. */
    @Transactional(readOnly = true)
    public List<FamilySummary> myFamilies() {
        CurrentUser user = access.requireUser();
        Set<Long> familyIds = user.has(Role.PARENT) ? user.scope(ScopeKind.FAMILY) : Set.of();
        if (familyIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ChildSummary>> byFamily = new HashMap<>();
        for (ChildSummary child : children.findByFamilies(familyIds)) {
            byFamily.computeIfAbsent(child.familyId(), k -> new ArrayList<>()).add(child);
        }
        return families.findAllSorted(familyIds).stream()
                .map(f -> new FamilySummary(f.getId(), f.getSchoolId(), f.getName(),
                        byFamily.getOrDefault(f.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ChildSummary> listChildren(long schoolId, String query, int offset, int limit) {
        access.checkSee(Owner.school(schoolId));
        access.requireAnyRole(Role.NETWORK_ADMIN, Role.COORDINATOR);
        return children.findPage(schoolId, AzText.containsPattern(query), OffsetPage.of(offset, limit));
    }

    @Transactional(readOnly = true)
    public long countChildren(long schoolId, String query) {
        access.checkSee(Owner.school(schoolId));
        access.requireAnyRole(Role.NETWORK_ADMIN, Role.COORDINATOR);
        return children.countMatching(schoolId, AzText.containsPattern(query));
    }

    @Transactional(readOnly = true)
    public long countFamilies(long schoolId) {
        access.checkSee(Owner.school(schoolId));
        return families.countBySchoolId(schoolId);
    }

    /** Children per school across the network, for the network office. */
    @Transactional(readOnly = true)
    public Map<Long, Long> childCountsPerSchool() {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        return toMap(children.countPerSchool());
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> teacherCountsPerSchool() {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        return toMap(teachers.countPerSchool());
    }

    public long addAdultLearner(long schoolId, long accountId, String fullName, String email) {
        access.checkChange(Owner.school(schoolId));
        long id = learners.save(new AdultLearner(schoolId, accountId, fullName, email)).getId();
        accounts.grant(accountId, Role.STUDENT, ScopeKind.LEARNER, id);
        return id;
    }

    /** The signed-in learner's own record(s). */
    @Transactional(readOnly = true)
    public List<LearnerSummary> myLearnerRecords() {
        CurrentUser user = access.requireUser();
        Set<Long> ids = user.has(Role.STUDENT) ? user.scope(ScopeKind.LEARNER) : Set.of();
        return ids.isEmpty() ? List.of() : learners.findSummaries(ids);
    }

    private Family loadFamily(long familyId) {
        return families.findById(familyId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }

    private static Map<Long, Long> toMap(List<SchoolPeopleCount> counts) {
        Map<Long, Long> map = new LinkedHashMap<>();
        counts.stream().filter(c -> c.schoolId() != null).forEach(c -> map.put(c.schoolId(), c.count()));
        return map;
    }

    private void validateFamily(String familyName, List<GuardianForm> guardianForms, List<ChildForm> childForms) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (familyName == null || familyName.isBlank()) {
            problems.put("familyName", List.of("people.form.name-required"));
        }
        if (guardianForms.isEmpty()) {
            problems.put("guardians", List.of("people.family.guardian-required"));
        }
        for (int i = 0; i < guardianForms.size(); i++) {
            GuardianForm g = guardianForms.get(i);
            if (g.fullName() == null || g.fullName().isBlank()) {
                problems.put("guardians[" + i + "].fullName", List.of("people.form.name-required"));
            }
            if ((g.email() == null || g.email().isBlank()) && (g.phone() == null || g.phone().isBlank())) {
                problems.put("guardians[" + i + "].email", List.of("people.guardian.contact-required"));
            }
        }
        for (int i = 0; i < childForms.size(); i++) {
            try {
                validateChild(childForms.get(i), "children[" + i + "].");
            } catch (FieldProblems childProblems) {
                problems.putAll(childProblems.byField());
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }

    private void validateChild(ChildForm child, String prefix) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (child.firstName() == null || child.firstName().isBlank() || child.lastName() == null
                || child.lastName().isBlank()) {
            problems.put(prefix + "name", List.of("people.form.name-required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (child.dateOfBirth() == null || child.dateOfBirth().isAfter(today)
                || child.dateOfBirth().isBefore(today.minusYears(25))) {
            problems.put(prefix + "dateOfBirth", List.of("people.child.date-of-birth-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }
}
