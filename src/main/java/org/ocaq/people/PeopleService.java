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
import org.ocaq.shared.ListOrder;
import org.ocaq.shared.OffsetPage;
import org.ocaq.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Teachers, families (guardians and children) and adult learners. Coordinators manage their school's people;
 * parents their own family; teachers see their school.
 */
@Service
@Transactional
public class PeopleService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    /** The languages a guardian can be written to in: the interface languages. */
    private static final Set<String> GUARDIAN_LANGUAGES = Set.of("az", "en", "ru");

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

    /** A page of the school's teachers in the order asked for (null: by name), sorted by the database. */
    @Transactional(readOnly = true)
    public List<TeacherSummary> listTeachers(long schoolId, String query, int offset, int limit,
                                             ListOrder<TeacherSort> order) {
        access.checkSee(Owner.school(schoolId));
        return teachers.findPage(schoolId, AzText.containsPattern(query),
                OffsetPage.of(offset, limit, teacherSort(order)));
    }

    @Transactional(readOnly = true)
    public long countTeachers(long schoolId, String query) {
        access.checkSee(Owner.school(schoolId));
        return teachers.countMatching(schoolId, AzText.containsPattern(query));
    }

    /**
     * Invites a teacher to a school: their account (made, or found by the address) gets the teacher role at the
     * school and an email with a link to set a password, sent through the outbox with this transaction, and the
     * school records the teacher's profile. Inviting the same address again sends a fresh link and keeps the one
     * teacher record. Only the school's coordinator or the network office may.
     */
    public long inviteTeacher(long schoolId, TeacherForm form, Locale language) {
        checkRunsSchool(schoolId);
        validateTeacher(form, true);
        long accountId = accounts.invite(form.email(), form.fullName(), language, Role.TEACHER,
                ScopeKind.TEACHING_SCHOOL, schoolId);
        String email = form.email().strip().toLowerCase(Locale.ROOT);
        Teacher teacher = teachers.findFirstBySchoolIdAndAccountId(schoolId, accountId)
                .or(() -> teachers.findFirstBySchoolIdAndEmail(schoolId, email))
                .orElseGet(() -> teachers.save(new Teacher(schoolId, accountId, form)));
        if (teacher.getAccountId() == null) {
            teacher.linkAccount(accountId);
        }
        return teacher.getId();
    }

    /** A teacher's profile; the school's coordinator, the network office and the school's teachers may read it. */
    @Transactional(readOnly = true)
    public TeacherDetails getTeacher(long teacherId) {
        Teacher teacher = teachers.findById(teacherId).orElseThrow(PeopleService::notInScope);
        access.checkSee(Owner.school(teacher.getSchoolId()));
        return new TeacherDetails(teacher.getId(), teacher.getVersion(), teacher.getSchoolId(), teacher.getAccountId(),
                teacher.toForm());
    }

    /**
     * Changes a teacher's profile; fails if someone else changed it since it was read (expectedVersion). The email of a
     * teacher with an account is the address they sign in with: a different one is refused on the field.
     */
    public void updateTeacher(long teacherId, long expectedVersion, TeacherForm form) {
        Teacher teacher = teachers.findById(teacherId).orElseThrow(PeopleService::notInScope);
        checkRunsSchool(teacher.getSchoolId());
        if (teacher.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Teacher " + teacherId + " was changed by someone else");
        }
        validateTeacher(form, false);
        String email = form.email() == null || form.email().isBlank() ? null
                : form.email().strip().toLowerCase(Locale.ROOT);
        if (teacher.getAccountId() != null && !Objects.equals(email, teacher.getEmail())) {
            throw new FieldProblems(Map.of("email", List.of("people.teacher.email-fixed")));
        }
        teacher.apply(form);
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

    /**
     * A page of the school's families in the order asked for (null: Azerbaijani order of their names), each with its
     * guardians and number of children: three queries whatever the page size and order. The query matches guardians'
     * and children's names (and guardians' emails), forgiving missing Azerbaijani letters. Only the school's
     * coordinator and the network office see them.
     */
    @Transactional(readOnly = true)
    public List<FamilyRow> listFamilies(long schoolId, String query, int offset, int limit,
                                        ListOrder<FamilySort> order) {
        checkRunsSchool(schoolId);
        OffsetPage page = OffsetPage.of(offset, limit, familySort(order));
        List<FamilyName> names = query == null || query.isBlank() ? families.findPage(schoolId, page)
                : families.findPageMatching(schoolId, AzText.containsPattern(query), page);
        if (names.isEmpty()) {
            return List.of();
        }
        List<Long> ids = names.stream().map(FamilyName::id).toList();
        Map<Long, List<GuardianSummary>> guardiansByFamily = guardians.findByFamilies(ids).stream()
                .collect(Collectors.groupingBy(GuardianSummary::familyId));
        Map<Long, Long> childCounts = children.findByFamilies(ids).stream()
                .collect(Collectors.groupingBy(ChildSummary::familyId, Collectors.counting()));
        return names.stream().map(f -> new FamilyRow(f.id(), f.name(), guardiansByFamily.getOrDefault(f.id(), List.of()),
                childCounts.getOrDefault(f.id(), 0L).intValue())).toList();
    }

    @Transactional(readOnly = true)
    public long countFamilies(long schoolId, String query) {
        checkRunsSchool(schoolId);
        return query == null || query.isBlank() ? families.countBySchoolId(schoolId)
                : families.countMatching(schoolId, AzText.containsPattern(query));
    }

    /** A family with its guardians and children as its editor shows them, each with the version it was read at. */
    @Transactional(readOnly = true)
    public FamilyDetails getFamilyDetails(long familyId) {
        Family family = loadFamily(familyId);
        access.checkSee(Owner.family(familyId, family.getSchoolId()));
        return new FamilyDetails(familyId, family.getVersion(), family.getSchoolId(), family.getName(),
                guardians.findByFamilyIdOrderById(familyId).stream()
                        .map(g -> new GuardianEntry(g.getId(), g.getVersion(), g.toForm())).toList(),
                children.findByFamilyIdOrderById(familyId).stream()
                        .map(c -> new ChildEntry(c.getId(), c.getVersion(), c.toForm())).toList());
    }

    /**
     * Saves a family's editor in one go: its name, its recorded guardians and children changed, new ones added (an
     * entry without id). Problems come back per field ("guardians[1].email") and nothing is saved; if someone else
     * changed the family or one of the entries since it was read, nothing is saved either. Guardians and children
     * left out stay as they are: removing them is erasure, which privacy does.
     */
    public void updateFamily(long familyId, long expectedVersion, String familyName, List<GuardianEntry> guardianEntries,
                             List<ChildEntry> childEntries) {
        Family family = loadFamily(familyId);
        access.checkChange(Owner.family(familyId, family.getSchoolId()));
        Map<Long, Guardian> recordedGuardians = guardians.findByFamilyIdOrderById(familyId).stream()
                .collect(Collectors.toMap(Guardian::getId, Function.identity()));
        Map<Long, Child> recordedChildren = children.findByFamilyIdOrderById(familyId).stream()
                .collect(Collectors.toMap(Child::getId, Function.identity()));
        // An id from another family is refused as a guessed one, before anything else is said about it.
        if (guardianEntries.stream().anyMatch(g -> g.id() != null && !recordedGuardians.containsKey(g.id()))
                || childEntries.stream().anyMatch(c -> c.id() != null && !recordedChildren.containsKey(c.id()))) {
            throw notInScope();
        }
        if (family.getVersion() != expectedVersion
                || guardianEntries.stream().anyMatch(g -> g.id() != null
                        && recordedGuardians.get(g.id()).getVersion() != g.version())
                || childEntries.stream().anyMatch(c -> c.id() != null
                        && recordedChildren.get(c.id()).getVersion() != c.version())) {
            throw new OptimisticLockingFailureException("Family " + familyId + " was changed by someone else");
        }
        validateFamily(familyName, guardianEntries.stream().map(GuardianEntry::form).toList(),
                childEntries.stream().map(ChildEntry::form).toList());
        if (!family.getName().equals(familyName.strip())) {
            family.rename(familyName);
        }
        for (GuardianEntry entry : guardianEntries) {
            if (entry.id() == null) {
                guardians.save(new Guardian(familyId, null, entry.form()));
            } else {
                recordedGuardians.get(entry.id()).apply(entry.form());
            }
        }
        for (ChildEntry entry : childEntries) {
            if (entry.id() == null) {
                children.save(new Child(familyId, family.getSchoolId(), entry.form()));
            } else {
                recordedChildren.get(entry.id()).apply(entry.form());
            }
        }
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

    /**
     * Invites an adult learner to a school: their account (made, or found by the address) gets the student role and
     * an email with a link to set a password; the school records the learner and the account gets that record as its
     * scope, all in one transaction. Inviting the same address again sends a fresh link and keeps the one record.
     */
    public long inviteLearner(long schoolId, String fullName, String email, Locale language) {
        checkRunsSchool(schoolId);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        checkName(problems, "fullName", fullName);
        checkEmail(problems, "email", email, true);
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        // The learner scope points at the learner record, which needs the account first: the account is invited
        // without a scope, and the scope granted once the record exists (AccountService.invite allows exactly this).
        long accountId = accounts.invite(email, fullName, language, Role.STUDENT, null, null);
        long id = learners.findFirstBySchoolIdAndAccountId(schoolId, accountId)
                .orElseGet(() -> learners.save(new AdultLearner(schoolId, accountId, fullName,
                        email.strip().toLowerCase(Locale.ROOT))))
                .getId();
        accounts.grant(accountId, Role.STUDENT, ScopeKind.LEARNER, id);
        return id;
    }

    /**
     * A page of the school's adult learners in the order asked for (null: Azerbaijani order), for its coordinator and
     * the network office.
     */
    @Transactional(readOnly = true)
    public List<LearnerSummary> listLearners(long schoolId, String query, int offset, int limit,
                                             ListOrder<LearnerSort> order) {
        checkRunsSchool(schoolId);
        return learners.findPage(schoolId, AzText.containsPattern(query),
                OffsetPage.of(offset, limit, learnerSort(order)));
    }

    @Transactional(readOnly = true)
    public long countLearners(long schoolId, String query) {
        checkRunsSchool(schoolId);
        return learners.countMatching(schoolId, AzText.containsPattern(query));
    }

    /** The teacher records (one per school they teach at) of the signed-in account; empty for anyone else. */
    @Transactional(readOnly = true)
    public Set<Long> myTeacherRecordIds() {
        CurrentUser user = access.requireUser();
        return user.has(Role.TEACHER) ? Set.copyOf(teachers.findIdsByAccountId(user.accountId())) : Set.of();
    }

    /** The signed-in learner's own record(s). */
    @Transactional(readOnly = true)
    public List<LearnerSummary> myLearnerRecords() {
        CurrentUser user = access.requireUser();
        Set<Long> ids = user.has(Role.STUDENT) ? user.scope(ScopeKind.LEARNER) : Set.of();
        return ids.isEmpty() ? List.of() : learners.findSummaries(ids);
    }

    private Family loadFamily(long familyId) {
        return families.findById(familyId).orElseThrow(PeopleService::notInScope);
    }

    /** A missing record is refused exactly like one of another school, so that ids cannot be probed. */
    private static AccessDeniedException notInScope() {
        return new AccessDeniedException("Not in your scope");
    }

    /**
     * The school's own management: its coordinator or the network office. Teachers may see a school's general data
     * but not manage it, and parents never see other families.
     */
    private void checkRunsSchool(long schoolId) {
        access.checkChange(Owner.school(schoolId));
        access.requireAnyRole(Role.NETWORK_ADMIN, Role.COORDINATOR);
    }

    private void validateTeacher(TeacherForm form, boolean emailRequired) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        checkName(problems, "fullName", form.fullName());
        checkEmail(problems, "email", form.email(), emailRequired);
        if (form.languages() != null && !form.languages().isBlank()) {
            boolean codes = java.util.Arrays.stream(form.languages().split(","))
                    .map(String::strip).allMatch(code -> LANGUAGE_CODE.matcher(code).matches());
            if (!codes || form.languages().length() > 200) {
                problems.put("languages", List.of("people.teacher.languages-invalid"));
            }
        }
        checkLength(problems, "qualifications", form.qualifications(), 1000);
        checkLength(problems, "subjects", form.subjects(), 500);
        checkLength(problems, "passportName", form.passportName(), 200);
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }

    private static void checkName(Map<String, List<String>> problems, String field, String name) {
        if (name == null || name.isBlank()) {
            problems.put(field, List.of("people.form.name-required"));
        } else {
            checkLength(problems, field, name, 200);
        }
    }

    private static void checkEmail(Map<String, List<String>> problems, String field, String email, boolean required) {
        if (email == null || email.isBlank()) {
            if (required) {
                problems.put(field, List.of("people.form.email-required"));
            }
        } else if (!EMAIL.matcher(email.strip()).matches() || email.strip().length() > 254) {
            problems.put(field, List.of("people.form.email-invalid"));
        }
    }

    private static void checkLength(Map<String, List<String>> problems, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.put(field, List.of("people.form.too-long"));
        }
    }

    private static Map<Long, Long> toMap(List<SchoolPeopleCount> counts) {
        Map<Long, Long> map = new LinkedHashMap<>();
        counts.stream().filter(c -> c.schoolId() != null).forEach(c -> map.put(c.schoolId(), c.count()));
        return map;
    }

    private void validateFamily(String familyName, List<GuardianForm> guardianForms, List<ChildForm> childForms) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        checkName(problems, "familyName", familyName);
        if (guardianForms.isEmpty()) {
            problems.put("guardians", List.of("people.family.guardian-required"));
        }
        for (int i = 0; i < guardianForms.size(); i++) {
            GuardianForm g = guardianForms.get(i);
            String prefix = "guardians[" + i + "].";
            checkName(problems, prefix + "fullName", g.fullName());
            if ((g.email() == null || g.email().isBlank()) && (g.phone() == null || g.phone().isBlank())) {
                problems.put(prefix + "email", List.of("people.guardian.contact-required"));
            } else {
                checkEmail(problems, prefix + "email", g.email(), false);
            }
            if (g.phone() != null && !g.phone().isBlank()
                    && (g.phone().strip().length() > 60 || g.phone().chars().filter(Character::isDigit).count() < 5)) {
                problems.put(prefix + "phone", List.of("people.guardian.phone-invalid"));
            }
            if (g.preferredLanguage() != null && !GUARDIAN_LANGUAGES.contains(g.preferredLanguage())) {
                problems.put(prefix + "preferredLanguage", List.of("people.guardian.language-invalid"));
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
        } else if (child.firstName().strip().length() > 100 || child.lastName().strip().length() > 100) {
            problems.put(prefix + "name", List.of("people.form.too-long"));
        }
        checkLength(problems, prefix + "passportName", child.passportName(), 200);
        checkLength(problems, prefix + "homeLanguages", child.homeLanguages(), 200);
        checkLength(problems, prefix + "noteForTeachers", child.noteForTeachers(), 1000);
        LocalDate today = LocalDate.now(clock);
        if (child.dateOfBirth() == null || child.dateOfBirth().isAfter(today)
                || child.dateOfBirth().isBefore(today.minusYears(25))) {
            problems.put(prefix + "dateOfBirth", List.of("people.child.date-of-birth-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }

    /** A page of the school's teachers in Azerbaijani order of their names. */
    @Transactional(readOnly = true)
    public List<TeacherSummary> listTeachers(long schoolId, String query, int offset, int limit) {
        return listTeachers(schoolId, query, offset, limit, null);
    }

    /** A page of the school's families in Azerbaijani order of their names; see the overload with an order. */
    @Transactional(readOnly = true)
    public List<FamilyRow> listFamilies(long schoolId, String query, int offset, int limit) {
        return listFamilies(schoolId, query, offset, limit, null);
    }

    /** A page of the school's adult learners in Azerbaijani order of their names. */
    @Transactional(readOnly = true)
    public List<LearnerSummary> listLearners(long schoolId, String query, int offset, int limit) {
        return listLearners(schoolId, query, offset, limit, null);
    }

    // The database sorts for the lists' orders, from these switches only: names by their Azerbaijani sort keys
    // (docs/decisions/0002-azerbaijani-sorting-and-search.md), emails (lower-case ASCII) by value then by name.

    private static Sort teacherSort(ListOrder<TeacherSort> order) {
        ListOrder<TeacherSort> o = order == null ? ListOrder.ascending(TeacherSort.NAME) : order;
        return switch (o.column()) {
            case NAME -> o.by("sortKey");
            case EMAIL -> o.by("email", "sortKey");
        };
    }

    private static Sort familySort(ListOrder<FamilySort> order) {
        ListOrder<FamilySort> o = order == null ? ListOrder.ascending(FamilySort.NAME) : order;
        return switch (o.column()) {
            case NAME -> o.by("sortKey");
        };
    }

    private static Sort learnerSort(ListOrder<LearnerSort> order) {
        ListOrder<LearnerSort> o = order == null ? ListOrder.ascending(LearnerSort.NAME) : order;
        return switch (o.column()) {
            case NAME -> o.by("sortKey");
        };
    }
}
