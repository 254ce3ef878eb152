package org.ocaq.curriculum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the curriculum files into the database at start-up. Idempotent: if every file's content hash is what was
 * loaded last time, nothing is written. Otherwise every item is matched by its slug: a changed item is updated in
 * place (same row, same id, so lessons linked to it stay linked), a new one is added, one no longer in the files is
 * retired. Files with problems load nothing at all: the previous curriculum stays until the files are fixed.
 */
@Component
@Order(-10)
class CurriculumImporter implements ApplicationRunner {

    /** What a load did. */
    record Result(boolean changed, int courses, int units, int plans, int retired, List<String> problems) {
    }

    private static final Logger log = LoggerFactory.getLogger(CurriculumImporter.class);
    static final String LOCATION = "classpath*:curriculum/**/*.yaml";

    private final CurriculumCourseRepository courses;
    private final CurriculumUnitRepository units;
    private final LessonPlanRepository plans;
    private final CurriculumFileRepository files;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CurriculumImporter(CurriculumCourseRepository courses, CurriculumUnitRepository units, LessonPlanRepository plans,
                       CurriculumFileRepository files, Clock clock) {
        this.courses = courses;
        this.units = units;
        this.plans = plans;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Result result = load(shippedFiles());
        if (!result.problems().isEmpty()) {
            log.error("Curriculum files have problems; the curriculum was not loaded:\n  {}",
                    String.join("\n  ", result.problems()));
        } else {
            log.info("Curriculum {}: {} courses, {} units, {} lesson plans, {} retired",
                    result.changed() ? "loaded" : "unchanged", result.courses(), result.units(), result.plans(),
                    result.retired());
        }
    }

    /** The curriculum files shipped with the application, by their path inside the curriculum folder. */
    static Map<String, byte[]> shippedFiles() {
        try {
            Map<String, byte[]> found = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("curriculum/") + "curriculum/".length());
                try (InputStream in = resource.getInputStream()) {
                    found.put(path, in.readAllBytes());
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curriculum files", e);
        }
    }

    @Transactional
    Result load(Map<String, byte[]> given) {
        CurriculumFiles.Read read = CurriculumFiles.read(given);
        if (!read.valid()) {
            return new Result(false, 0, 0, 0, 0, read.problems());
        }
        int planCount = read.units().stream().mapToInt(u -> u.plans().size()).sum();
        Map<String, CurriculumFile> known = bySlug(files.findAll(), CurriculumFile::getPath);
        Map<String, String> loaded = known.values().stream()
                .collect(Collectors.toMap(CurriculumFile::getPath, CurriculumFile::getContentHash));
        if (loaded.equals(read.hashes())) {
            return new Result(false, read.courses().size(), read.units().size(), planCount, 0, List.of());
        }
        Instant now = clock.instant();
        Map<String, CurriculumCourse> courseBySlug = bySlug(courses.findAll(), CurriculumCourse::getSlug);
        Map<String, CurriculumUnit> unitBySlug = bySlug(units.findAll(), CurriculumUnit::getSlug);
        Map<String, LessonPlan> planBySlug = bySlug(plans.findAll(), LessonPlan::getSlug);
        Set<String> seen = new HashSet<>();

        for (CurriculumFiles.Course file : read.courses()) {
            CurriculumCourse course = courseBySlug.computeIfAbsent(file.id(), CurriculumCourse::new);
            course.load(file, now);
            courseBySlug.put(file.id(), courses.save(course));
            seen.add("course:" + file.id());
        }
        for (CurriculumFiles.Unit file : read.units()) {
            CurriculumUnit unit = unitBySlug.computeIfAbsent(file.id(), CurriculumUnit::new);
            unit.load(file, courseBySlug.get(file.courseId()).getId(), now);
            unit = units.save(unit);
            seen.add("unit:" + file.id());
            int position = 0;
            for (CurriculumFiles.Plan planFile : file.plans()) {
                LessonPlan plan = planBySlug.computeIfAbsent(planFile.id(), LessonPlan::new);
                plan.load(planFile, unit.getId(), ++position, json.writeValueAsString(new PlanContent(
                        planFile.objectives(), planFile.vocabulary(), planFile.activities(), planFile.homework())), now);
                plans.save(plan);
                seen.add("plan:" + planFile.id());
            }
        }
        int retired = 0;
        for (CurriculumCourse course : courseBySlug.values()) {
            if (!seen.contains("course:" + course.getSlug()) && course.retire(now)) {
                retired++;
            }
        }
        for (CurriculumUnit unit : unitBySlug.values()) {
            if (!seen.contains("unit:" + unit.getSlug()) && unit.retire(now)) {
                retired++;
            }
        }
        for (LessonPlan plan : planBySlug.values()) {
            if (!seen.contains("plan:" + plan.getSlug()) && plan.retire(now)) {
                retired++;
            }
        }
        read.hashes().forEach((path, hash) -> {
            CurriculumFile file = known.remove(path);
            if (file == null) {
                files.save(new CurriculumFile(path, hash, now));
            } else {
                file.loaded(hash, now);
            }
        });
        files.deleteAll(known.values());
        return new Result(true, read.courses().size(), read.units().size(), planCount, retired, List.of());
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(slug.apply(item), item));
        return map;
    }
}
