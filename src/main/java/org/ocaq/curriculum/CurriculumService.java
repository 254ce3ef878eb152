package org.ocaq.curriculum;

import org.ocaq.security.AccessPolicy;
import org.ocaq.shared.Role;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The curriculum for the people who teach by it: teachers, coordinators and the network office read courses, units
 * and lesson plans (retired items only where something still links to them).
 */
@Service
@Transactional(readOnly = true)
public class CurriculumService {

    private static final int SEARCH_LIMIT_MAX = 100;

    private final CurriculumCourseRepository courses;
    private final CurriculumUnitRepository units;
    private final LessonPlanRepository plans;
    private final AccessPolicy access;
    private final ClassCourseRepository classCourses;
    private final org.ocaq.classes.ClassService classes;
    private final java.time.Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CurriculumService(CurriculumCourseRepository courses, CurriculumUnitRepository units, LessonPlanRepository plans,
                      AccessPolicy access, ClassCourseRepository classCourses, org.ocaq.classes.ClassService classes,
                      java.time.Clock clock) {
        this.classCourses = classCourses;
        this.classes = classes;
        this.clock = clock;
        this.courses = courses;
        this.units = units;
        this.plans = plans;
        this.access = access;
    }

    /** The courses in use, by title. */
    public List<CourseSummary> courses() {
        requireTeaching();
        Map<Long, Long> unitCounts = units.findAll().stream().filter(u -> !u.isRetired())
                .collect(Collectors.groupingBy(CurriculumUnit::getCourseId, Collectors.counting()));
        return courses.findAll().stream()
                .map(c -> c.toSummary(unitCounts.getOrDefault(c.getId(), 0L).intValue()))
                .filter(c -> !c.retired())
                .sorted(Comparator.comparing((CourseSummary c) -> c.title().az()))
                .toList();
    }

    /** A course with its units in order and their lesson plans (three statements). */
    public CourseDetails course(long courseId) {
        requireTeaching();
        CurriculumCourse course = courses.findById(courseId).orElseThrow(() -> new AccessDeniedException("Not found"));
        List<UnitSummary> unitList = units.findByCourseIdOrderByPosition(courseId).stream()
                .map(CurriculumUnit::toSummary).filter(u -> !u.retired()).toList();
        Map<Long, List<PlanSummary>> byUnit = new LinkedHashMap<>();
        unitList.forEach(u -> byUnit.put(u.id(), new java.util.ArrayList<>()));
        if (!unitList.isEmpty()) {
            plans.findByUnits(byUnit.keySet()).stream().map(LessonPlan::toSummary).filter(p -> !p.retired())
                    .forEach(p -> byUnit.get(p.unitId()).add(p));
        }
        return new CourseDetails(course.toSummary(unitList.size()), unitList, byUnit);
    }

    /** A unit, retired or not (materials may still hang on it), with its course and lesson plans. */
    public UnitDetails unit(long unitId) {
        requireTeaching();
        CurriculumUnit unit = units.findById(unitId).orElseThrow(() -> new AccessDeniedException("Not found"));
        CurriculumCourse course = courses.findById(unit.getCourseId()).orElseThrow();
        List<PlanSummary> unitPlans = plans.findByUnits(List.of(unitId)).stream().map(LessonPlan::toSummary)
                .filter(p -> !p.retired()).toList();
        return new UnitDetails(course.toSummary(0), unit.toSummary(), unitPlans);
    }

    /** Passes if the unit exists and the caller teaches or runs a school (for features that hang things on units). */
    @Transactional(readOnly = true)
    public void requireUnit(long unitId) {
        requireTeaching();
        if (!units.existsById(unitId)) {
            throw new AccessDeniedException("Not found");
        }
    }

    /** A lesson plan with everything it teaches, retired or not (a lesson may still link to it). */
    public PlanDetails plan(long planId) {
        requireTeaching();
        LessonPlan plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("Not found"));
        CurriculumUnit unit = units.findById(plan.getUnitId()).orElseThrow();
        CurriculumCourse course = courses.findById(unit.getCourseId()).orElseThrow();
        return new PlanDetails(plan.toSummary(), unit.toSummary(), course.toSummary(0),
                json.readValue(plan.getContent(), PlanContent.class));
    }

    /** Lesson plans whose title or vocabulary contains the text, in any of the three languages. */
    public List<PlanSummary> search(String text, int limit) {
        requireTeaching();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.forLanguageTag("az"));
        if (needle.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return plans.search(pattern, Limit.of(Math.min(Math.max(limit, 1), SEARCH_LIMIT_MAX))).stream()
                .map(LessonPlan::toSummary).toList();
    }

    /**
     * Sets the course a class follows (null: none); the class's teachers and the school's coordinator. A guessed
     * class id gets the same refusal whether or not it exists.
     */
    @Transactional
    public void followCourse(long classId, Long courseId) {
        long schoolId = schoolOf(classId);
        access.checkChange(org.ocaq.security.Owner.schoolClass(schoolId, classId));
        if (courseId == null) {
            classCourses.deleteById(classId);
            return;
        }
        CurriculumCourse course = courses.findById(courseId).filter(c -> !c.isRetired())
                .orElseThrow(() -> new AccessDeniedException("Not found"));
        ClassCourse link = classCourses.findById(classId).orElseGet(() -> new ClassCourse(classId, schoolId));
        link.follow(course.getId(), clock.instant(), access.requireUser().accountId());
        classCourses.save(link);
    }

    /**
     * How far a class has come through its course, given the lesson plans its lessons followed; empty if the class
     * follows no course. For whoever may see the class.
     */
    public java.util.Optional<CourseProgress> progress(long classId, java.util.Collection<Long> followedPlanIds) {
        long schoolId = schoolOf(classId);
        access.checkSee(org.ocaq.security.Owner.schoolClass(schoolId, classId));
        return classCourses.findById(classId).map(link -> {
            CurriculumCourse course = courses.findById(link.getCourseId()).orElseThrow();
            List<UnitSummary> unitList = units.findByCourseIdOrderByPosition(course.getId()).stream()
                    .map(CurriculumUnit::toSummary).filter(u -> !u.retired()).toList();
            java.util.Set<Long> reachedUnits = followedPlanIds.isEmpty() ? java.util.Set.of()
                    : plans.findAllById(followedPlanIds).stream().map(LessonPlan::getUnitId)
                    .collect(Collectors.toSet());
            int reached = (int) unitList.stream().filter(u -> reachedUnits.contains(u.id())).count();
            UnitSummary next = unitList.stream().filter(u -> !reachedUnits.contains(u.id())).findFirst().orElse(null);
            return new CourseProgress(course.toSummary(unitList.size()), unitList.size(), reached, next);
        });
    }

    private long schoolOf(long classId) {
        return classes.classFacts(classId).map(org.ocaq.classes.ClassFacts::schoolId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }

    private void requireTeaching() {
        access.requireAnyRole(Role.TEACHER, Role.COORDINATOR, Role.NETWORK_ADMIN);
    }
}
