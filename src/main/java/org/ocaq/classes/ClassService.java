package org.ocaq.classes;

import org.ocaq.security.AccessPolicy;
import org.ocaq.security.AccountService;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.shared.OffsetPage;
import org.ocaq.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Classes of a school: the coordinator creates them and assigns teachers; teachers see the classes they teach. */
@Service
@Transactional
public class ClassService {

    private final SchoolClassRepository classes;
    private final AccessPolicy access;
    private final AccountService accounts;
    private final TimetableService timetable;
    private final ApplicationEventPublisher events;

    ClassService(SchoolClassRepository classes, AccessPolicy access, AccountService accounts,
                 TimetableService timetable, ApplicationEventPublisher events) {
        this.events = events;
        this.classes = classes;
        this.access = access;
        this.accounts = accounts;
        this.timetable = timetable;
    }

    public long createClass(long schoolId, ClassForm form) {
        access.checkChange(Owner.school(schoolId));
        validate(form);
        SchoolClass schoolClass = new SchoolClass(schoolId);
        schoolClass.apply(form);
        return classes.save(schoolClass).getId();
    }

    /** Changes a class; fails if someone else changed it since it was read (expectedVersion). */
    public void updateClass(long classId, long expectedVersion, ClassForm form) {
        SchoolClass schoolClass = load(classId);
        access.checkChange(Owner.school(schoolClass.getSchoolId()));
        if (schoolClass.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Class " + classId + " was changed by someone else");
        }
        validate(form);
        boolean slotsChanged = !schoolClass.getSlots().equals(form.slots());
        boolean capacityRaised = form.capacity() > schoolClass.toForm().capacity();
        schoolClass.apply(form);
        if (slotsChanged) {
            timetable.regenerateFutureLessons(schoolClass);
        }
        if (capacityRaised) {
            events.publishEvent(new ClassCapacityRaised(classId));
        }
    }

    @Transactional(readOnly = true)
    public ClassDetails getClass(long classId) {
        SchoolClass schoolClass = load(classId);
        access.checkSee(Owner.schoolClass(schoolClass.getSchoolId(), classId));
        return new ClassDetails(classId, schoolClass.getVersion(), schoolClass.getSchoolId(), schoolClass.toForm(),
                Set.copyOf(schoolClass.getTeacherAccountIds()));
    }

    /** The classes of a school that are open for enrolment, for the public directory: no sign-in needed. */
    @Transactional(readOnly = true)
    public List<PublicClass> openClasses(long schoolId) {
        return classes.findOpenWithSlots(schoolId).stream().map(SchoolClass::toPublic).toList();
    }

    /** Lets a teacher's account teach a class; the account gains the class in its scope. */
    public void assignTeacher(long classId, long teacherAccountId) {
        SchoolClass schoolClass = load(classId);
        access.checkChange(Owner.school(schoolClass.getSchoolId()));
        schoolClass.getTeacherAccountIds().add(teacherAccountId);
        accounts.grant(teacherAccountId, Role.TEACHER, ScopeKind.TAUGHT_CLASS, classId);
    }

    @Transactional(readOnly = true)
    public List<ClassSummary> listClasses(long schoolId, int offset, int limit) {
        access.checkSee(Owner.school(schoolId));
        return classes.findBySchool(schoolId, OffsetPage.of(offset, limit));
    }

    /** Every class of a school, for matching class names in a coordinator's roster file. */
    @Transactional(readOnly = true)
    public List<ClassSummary> allClasses(long schoolId) {
        access.checkChange(Owner.school(schoolId));
        return classes.findBySchool(schoolId, org.springframework.data.domain.Pageable.unpaged());
    }

    @Transactional(readOnly = true)
    public long countClasses(long schoolId) {
        access.checkSee(Owner.school(schoolId));
        return classes.countBySchoolId(schoolId);
    }

    /** The classes the signed-in teacher teaches. */
    @Transactional(readOnly = true)
    public List<ClassSummary> myClasses() {
        CurrentUser user = access.requireUser();
        Set<Long> taught = user.has(Role.TEACHER) ? user.scope(ScopeKind.TAUGHT_CLASS) : Set.of();
        return taught.isEmpty() ? List.of() : classes.findSummaries(taught);
    }

    /** Class counts per school, for the network office. */
    @Transactional(readOnly = true)
    public Map<Long, Long> classCountsPerSchool() {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        Map<Long, Long> counts = new LinkedHashMap<>();
        classes.countPerSchool().forEach(c -> counts.put(c.schoolId(), c.classes()));
        return counts;
    }

    /** A class's public facts for enrolment; no sign-in needed (the directory shows the same). */
    @Transactional(readOnly = true)
    public Optional<ClassFacts> classFacts(long classId) {
        return classes.findById(classId).map(c -> {
            ClassForm form = c.toForm();
            return new ClassFacts(classId, c.getSchoolId(), form.name(), form.minAge(), form.maxAge(),
                    form.capacity(), form.openForEnrolment());
        });
    }

    private SchoolClass load(long classId) {
        return classes.findById(classId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }

    private static void validate(ClassForm form) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (form.name() == null || form.name().isBlank()) {
            problems.put("name", List.of("classes.form.name-required"));
        }
        if (form.minAge() < 0 || form.maxAge() < form.minAge() || form.maxAge() > 120) {
            problems.put("maxAge", List.of("classes.form.age-range-invalid"));
        }
        if (form.capacity() < 1 || form.capacity() > 500) {
            problems.put("capacity", List.of("classes.form.capacity-invalid"));
        }
        if (form.meetingLink() != null && !form.meetingLink().isBlank()
                && !form.meetingLink().strip().matches("https://\\S+")) {
            problems.put("meetingLink", List.of("classes.form.meeting-link-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }
}
