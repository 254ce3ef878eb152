package org.ocaq.curriculum;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped curriculum file parses and fits together; broken files are caught with a clear message. */
class CurriculumFilesTest {

    static Map<String, byte[]> shipped() throws IOException {
        Path root = Paths.get("curriculum");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String COURSE = """
            id: sinaq-kursu
            title: { az: "Sınaq kursu", en: "Test course", ru: "Тестовый курс" }
            ages: { from: 6, to: 8 }
            """;

    private static String unit(String id, String course, int order, String planId) {
        return """
                id: %s
                course: %s
                order: %d
                title: { az: "Əlifba", en: "Alphabet", ru: "Алфавит" }
                lessons:
                  - id: %s
                    title: { az: "Ə hərfi", en: "The letter Ə", ru: "Буква Ə" }
                    duration_minutes: 45
                    objectives:
                      - { az: "Ə hərfini tanıyır.", en: "Recognises Ə.", ru: "Узнаёт букву Ə." }
                    vocabulary:
                      - { az: "ət", en: "meat", ru: "мясо" }
                """.formatted(id, course, order, planId);
    }

    @Test
    void the_shipped_curriculum_has_no_problems_and_the_children_s_language_courses_are_complete() throws IOException {
        CurriculumFiles.Read read = CurriculumFiles.read(shipped());
        assertThat(read.problems()).isEmpty();
        long plans = read.units().stream().mapToLong(u -> u.plans().size()).sum();
        System.out.println("Curriculum shipped: " + read.courses().size() + " courses, " + read.units().size()
                + " units, " + plans + " lesson plans");
        for (String language : List.of("azerbaycan-dili-1", "azerbaycan-dili-2")) {
            if (read.courses().stream().anyMatch(c -> c.id().equals(language))) {
                assertThat(read.units().stream().filter(u -> u.courseId().equals(language)))
                        .as(language).hasSizeGreaterThanOrEqualTo(8)
                        .allSatisfy(u -> assertThat(u.plans()).isNotEmpty());
            }
        }
        assertThat(read.courses()).allSatisfy(c -> assertThat(c.title().en()).isNotBlank());
    }

    @Test
    void a_good_course_with_a_unit_reads_with_its_azerbaijani_letters() {
        CurriculumFiles.Read read = CurriculumFiles.read(Map.of("sinaq/course.yaml", utf8(COURSE),
                "sinaq/units/01-elifba.yaml", utf8(unit("sinaq-elifba", "sinaq-kursu", 1, "sinaq-elifba-1"))));
        assertThat(read.problems()).isEmpty();
        assertThat(read.units()).singleElement().satisfies(u -> {
            assertThat(u.plans()).singleElement().satisfies(p -> {
                assertThat(p.title().az()).isEqualTo("Ə hərfi");
                assertThat(p.vocabulary()).containsExactly(new LocalizedText("ət", "meat", "мясо"));
                assertThat(p.durationMinutes()).isEqualTo(45);
            });
        });
        assertThat(read.hashes()).containsOnlyKeys("sinaq/course.yaml", "sinaq/units/01-elifba.yaml");
    }

    @Test
    void a_duplicate_id_a_dangling_course_and_missing_fields_are_each_reported_with_the_file() {
        Map<String, byte[]> files = new HashMap<>();
        files.put("sinaq/course.yaml", utf8(COURSE));
        files.put("sinaq/units/01-elifba.yaml", utf8(unit("sinaq-elifba", "sinaq-kursu", 1, "sinaq-elifba-1")));
        files.put("sinaq/units/02-tekrar.yaml", utf8(unit("sinaq-elifba", "sinaq-kursu", 2, "sinaq-tekrar-1")));
        files.put("sinaq/units/03-yox.yaml", utf8(unit("sinaq-yox", "olmayan-kurs", 3, "sinaq-yox-1")));
        files.put("sinaq/units/04-bos.yaml", utf8("""
                id: sinaq-bos
                course: sinaq-kursu
                title: { en: "No Azerbaijani title" }
                lessons:
                  - id: sinaq-bos-1
                    title: { az: "Boş" }
                """));
        List<String> problems = CurriculumFiles.read(files).problems();
        assertThat(problems).anyMatch(p -> p.startsWith("sinaq/units/02-tekrar.yaml")
                && p.contains("\"sinaq-elifba\" is already used in sinaq/units/01-elifba.yaml"));
        assertThat(problems).anyMatch(p -> p.startsWith("sinaq/units/03-yox.yaml")
                && p.contains("course \"olmayan-kurs\" does not exist"));
        assertThat(problems).anyMatch(p -> p.startsWith("sinaq/units/04-bos.yaml") && p.contains("title.az: required"));
        assertThat(problems).anyMatch(p -> p.startsWith("sinaq/units/04-bos.yaml") && p.contains("order: required"));
        assertThat(problems).anyMatch(p -> p.contains("04-bos.yaml lessons[0]: objectives"));
        assertThat(problems).anyMatch(p -> p.contains("04-bos.yaml lessons[0]: duration_minutes"));
    }

    @Test
    void broken_yaml_bad_slugs_and_type_tags_are_refused() {
        Map<String, byte[]> files = new HashMap<>();
        files.put("a/course.yaml", utf8("id: Böyük Hərflər\ntitle: { az: \"X\" }\n"));
        files.put("b/course.yaml", utf8("id: [unclosed\n"));
        files.put("c/course.yaml", utf8("id: !!java.net.URL [\"http://example.org\"]\ntitle: { az: \"X\" }\n"));
        files.put("d/course.yaml", utf8("id: dublikat\nid: dublikat\ntitle: { az: \"X\" }\n"));
        List<String> problems = CurriculumFiles.read(files).problems();
        assertThat(problems).anyMatch(p -> p.startsWith("a/course.yaml") && p.contains("is not a slug"));
        assertThat(problems).anyMatch(p -> p.startsWith("b/course.yaml") && p.contains("not valid YAML"));
        assertThat(problems).anyMatch(p -> p.startsWith("c/course.yaml") && p.contains("not valid YAML"));
        assertThat(problems).anyMatch(p -> p.startsWith("d/course.yaml") && p.contains("not valid YAML"));
    }
}
