package org.ocaq.curriculum;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the curriculum files (curriculum/README.md gives the format) and checks them as a whole: every item has a
 * slug id used once, required fields are there, a unit names a course that exists. Problems are collected, not
 * thrown one by one, so that an editor sees all of them at once.
 */
final class CurriculumFiles {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_FILE_BYTES = 512 * 1024;

    record Course(String id, LocalizedText title, String level, Integer ageFrom, Integer ageTo,
                  LocalizedText description, String path) {
    }

    record Unit(String id, String courseId, int order, LocalizedText title, List<Plan> plans, String path) {
    }

    record Plan(String id, LocalizedText title, int durationMinutes, Integer ageFrom, Integer ageTo,
                List<LocalizedText> objectives, List<LocalizedText> vocabulary, List<LocalizedText> activities,
                List<LocalizedText> homework) {
    }

    /** What the files say, each file's content hash by its path, and every problem found. */
    record Read(List<Course> courses, List<Unit> units, Map<String, String> hashes, List<String> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private CurriculumFiles() {
    }

    /** Reads files given by their path relative to the curriculum folder (a/course.yaml, a/units/01-x.yaml). */
    static Read read(Map<String, byte[]> files) {
        List<Course> courses = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
            String path = file.getKey();
            hashes.put(path, sha256(file.getValue()));
            if (file.getValue().length > MAX_FILE_BYTES) {
                problems.add(path + ": larger than 512 KB");
                return;
            }
            Map<String, Object> root;
            try {
                Object parsed = yaml().load(new String(file.getValue(), StandardCharsets.UTF_8));
                if (!(parsed instanceof Map<?, ?> map)) {
                    problems.add(path + ": not a YAML mapping");
                    return;
                }
                root = strings(map);
            } catch (YAMLException e) {
                problems.add(path + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
                return;
            }
            Fields fields = new Fields(path, problems);
            if (path.endsWith("/course.yaml") || path.equals("course.yaml")) {
                courses.add(new Course(fields.slug(root, "id"), fields.text(root, "title", true),
                        fields.optionalString(root, "level"), fields.age(root, "from"), fields.age(root, "to"),
                        fields.text(root, "description", false), path));
            } else if (path.contains("/units/")) {
                units.add(unit(root, fields, path));
            } else {
                problems.add(path + ": neither a course.yaml nor a file under units/");
            }
        });
        checkReferences(courses, units, problems);
        return new Read(List.copyOf(courses), List.copyOf(units), hashes, List.copyOf(problems));
    }

    private static Unit unit(Map<String, Object> root, Fields fields, String path) {
        List<Plan> plans = new ArrayList<>();
        Object lessons = root.get("lessons");
        if (!(lessons instanceof List<?> list) || list.isEmpty()) {
            fields.problem("lessons", "at least one lesson plan is required");
        } else {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> map)) {
                    fields.problem("lessons[" + i + "]", "must be a mapping");
                    continue;
                }
                Map<String, Object> plan = strings(map);
                Fields at = fields.at("lessons[" + i + "]");
                List<LocalizedText> objectives = at.texts(plan, "objectives");
                if (objectives.isEmpty()) {
                    at.problem("objectives", "at least one objective is required");
                }
                Integer duration = at.integer(plan, "duration_minutes");
                if (duration == null || duration < 10 || duration > 240) {
                    at.problem("duration_minutes", "required, 10 to 240");
                }
                plans.add(new Plan(at.slug(plan, "id"), at.text(plan, "title", true), duration == null ? 0 : duration,
                        at.age(plan, "from"), at.age(plan, "to"), objectives, at.texts(plan, "vocabulary"),
                        at.texts(plan, "activities"), at.texts(plan, "homework")));
            }
        }
        Integer order = fields.integer(root, "order");
        if (order == null) {
            fields.problem("order", "required");
        }
        String course = fields.optionalString(root, "course");
        if (course == null) {
            fields.problem("course", "required");
        }
        return new Unit(fields.slug(root, "id"), course, order == null ? 0 : order, fields.text(root, "title", true),
                List.copyOf(plans), path);
    }

    private static void checkReferences(List<Course> courses, List<Unit> units, List<String> problems) {
        Set<String> ids = new HashSet<>();
        Map<String, String> firstSeen = new HashMap<>();
        List<String[]> all = new ArrayList<>();
        courses.forEach(c -> all.add(new String[]{c.id(), c.path()}));
        for (Unit unit : units) {
            all.add(new String[]{unit.id(), unit.path()});
            unit.plans().forEach(p -> all.add(new String[]{p.id(), unit.path()}));
        }
        for (String[] item : all) {
            if (item[0] != null && !ids.add(item[0])) {
                problems.add(item[1] + ": the id \"" + item[0] + "\" is already used in " + firstSeen.get(item[0]));
            }
            firstSeen.putIfAbsent(item[0], item[1]);
        }
        Set<String> courseIds = new HashSet<>();
        courses.forEach(c -> courseIds.add(c.id()));
        Map<String, Set<Integer>> orders = new HashMap<>();
        for (Unit unit : units) {
            if (unit.courseId() != null && !courseIds.contains(unit.courseId())) {
                problems.add(unit.path() + ": course \"" + unit.courseId() + "\" does not exist");
            }
            if (unit.courseId() != null && !orders.computeIfAbsent(unit.courseId(), k -> new HashSet<>())
                    .add(unit.order())) {
                problems.add(unit.path() + ": another unit of \"" + unit.courseId() + "\" has order " + unit.order());
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_FILE_BYTES);
        // The safe constructor builds only maps, lists and scalars: no class is ever instantiated from a file.
        return new Yaml(new SafeConstructor(options));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** Reads fields of one item and records what is wrong with them, naming the file and the field. */
    private record Fields(String where, List<String> problems) {

        Fields at(String sub) {
            return new Fields(where + " " + sub, problems);
        }

        void problem(String field, String text) {
            problems.add(where + ": " + field + ": " + text);
        }

        String slug(Map<String, Object> map, String field) {
            Object value = map.get(field);
            if (!(value instanceof String s) || s.isBlank()) {
                problem(field, "required");
                return null;
            }
            if (!SLUG.matcher(s).matches() || s.length() > 80) {
                problem(field, "\"" + s + "\" is not a slug (lower-case ASCII letters, digits and hyphens)");
            }
            return s;
        }

        String optionalString(Map<String, Object> map, String field) {
            Object value = map.get(field);
            return value == null ? null : String.valueOf(value);
        }

        Integer integer(Map<String, Object> map, String field) {
            Object value = map.get(field);
            if (value == null) {
                return null;
            }
            if (value instanceof Integer i) {
                return i;
            }
            problem(field, "must be a whole number");
            return null;
        }

        Integer age(Map<String, Object> map, String bound) {
            if (!(map.get("ages") instanceof Map<?, ?> ages)) {
                return null;
            }
            Object value = ages.get(bound);
            if (value == null) {
                return null;
            }
            if (value instanceof Integer i && i >= 3 && i <= 99) {
                return i;
            }
            problem("ages." + bound, "must be an age from 3 to 99");
            return null;
        }

        LocalizedText text(Map<String, Object> map, String field, boolean required) {
            Object value = map.get(field);
            if (value == null) {
                if (required) {
                    problem(field, "required");
                }
                return null;
            }
            LocalizedText text = localized(value);
            if (text == null) {
                problem(field, "must be a mapping with az (and en, ru)");
            } else if (text.az() == null || text.az().isBlank()) {
                problem(field + ".az", "required");
            }
            return text;
        }

        List<LocalizedText> texts(Map<String, Object> map, String field) {
            Object value = map.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                problem(field, "must be a list");
                return List.of();
            }
            List<LocalizedText> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                LocalizedText text = localized(list.get(i));
                if (text == null || text.az() == null || text.az().isBlank()) {
                    problem(field + "[" + i + "]", "must have an az text");
                } else {
                    result.add(text);
                }
            }
            return List.copyOf(result);
        }

        private static LocalizedText localized(Object value) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            return new LocalizedText(str(map.get("az")), str(map.get("en")), str(map.get("ru")));
        }

        private static String str(Object value) {
            return value == null ? null : String.valueOf(value).strip();
        }
    }
}
