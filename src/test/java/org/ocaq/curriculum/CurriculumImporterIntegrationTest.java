package org.ocaq.curriculum;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

/**
 * The importer against the real database: the shipped files are loaded at start-up, a second load writes nothing,
 * a changed item keeps its id, a removed one is retired (and comes back when restored), broken files change nothing.
 * Each test ends by loading the shipped files again, so that the rest of the suite sees the real curriculum.
 */
@IntegrationTest
class CurriculumImporterIntegrationTest {

    @Autowired CurriculumImporter importer;
    @Autowired CurriculumService curriculum;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restoreShippedCurriculum() {
        importer.load(CurriculumImporter.shippedFiles());
    }

    private static Map<String, byte[]> withExtraCourse(String unitTitle, boolean withSecondUnit) {
        Map<String, byte[]> files = new TreeMap<>(CurriculumImporter.shippedFiles());
        files.put("sinaq-importer/course.yaml", """
                id: sinaq-importer
                title: { az: "Sınaq: idxal", en: "Test: import", ru: "Тест: импорт" }
                """.getBytes(StandardCharsets.UTF_8));
        files.put("sinaq-importer/units/01-salam.yaml", """
                id: sinaq-importer-salam
                course: sinaq-importer
                order: 1
                title: { az: "%s" }
                lessons:
                  - id: sinaq-importer-salam-1
                    title: { az: "Salamlaşırıq", en: "We greet", ru: "Здороваемся" }
                    duration_minutes: 45
                    objectives:
                      - { az: "Salam verir və cavab verir.", en: "Greets and answers.", ru: "Здоровается." }
                    vocabulary:
                      - { az: "sağ ol", en: "thank you", ru: "спасибо" }
                """.formatted(unitTitle).getBytes(StandardCharsets.UTF_8));
        if (withSecondUnit) {
            files.put("sinaq-importer/units/02-sagol.yaml", """
                    id: sinaq-importer-sagol
                    course: sinaq-importer
                    order: 2
                    title: { az: "Sağollaşma" }
                    lessons:
                      - id: sinaq-importer-sagol-1
                        title: { az: "Sağ ol, görüşərik" }
                        duration_minutes: 30
                        objectives:
                          - { az: "Vidalaşır." }
                    """.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private Long planId(String slug) {
        return jdbc.queryForObject("select id from lesson_plan where slug = ?", Long.class, slug);
    }

    @Test
    void the_shipped_curriculum_is_loaded_at_start_and_a_second_load_changes_nothing() {
        CurriculumImporter.Result again = importer.load(CurriculumImporter.shippedFiles());
        assertThat(again.changed()).isFalse();
        assertThat(again.problems()).isEmpty();
        List<CourseSummary> courses = as(users, DemoNetwork.TEACHER, () -> curriculum.courses());
        assertThat(courses).extracting(CourseSummary::slug).contains("azerbaycan-dili-1");
        assertThat(jdbc.queryForObject("select count(*) from curriculum_file", Long.class))
                .isEqualTo(CurriculumImporter.shippedFiles().size());
    }

    @Test
    void a_changed_item_keeps_its_id_a_removed_one_is_retired_and_comes_back_when_restored() {
        CurriculumImporter.Result first = importer.load(withExtraCourse("Salamlaşma", true));
        assertThat(first.changed()).isTrue();
        long greeting = planId("sinaq-importer-salam-1");
        long farewell = planId("sinaq-importer-sagol-1");

        CurriculumImporter.Result edited = importer.load(withExtraCourse("Salamlaşma və tanışlıq", false));
        assertThat(edited.changed()).isTrue();
        assertThat(edited.retired()).isEqualTo(2); // the second unit and its plan
        assertThat(planId("sinaq-importer-salam-1")).isEqualTo(greeting);
        PlanDetails kept = as(users, DemoNetwork.TEACHER, () -> curriculum.plan(greeting));
        assertThat(kept.unit().title().az()).isEqualTo("Salamlaşma və tanışlıq");
        assertThat(kept.content().vocabulary()).containsExactly(new LocalizedText("sağ ol", "thank you", "спасибо"));
        PlanDetails retired = as(users, DemoNetwork.TEACHER, () -> curriculum.plan(farewell));
        assertThat(retired.plan().retired()).as("still readable for the lessons that link to it").isTrue();
        CourseDetails course = as(users, DemoNetwork.TEACHER, () -> curriculum.course(kept.course().id()));
        assertThat(course.units()).extracting(UnitSummary::slug).containsExactly("sinaq-importer-salam");

        importer.load(withExtraCourse("Salamlaşma", true));
        assertThat(planId("sinaq-importer-sagol-1")).isEqualTo(farewell);
        assertThat(as(users, DemoNetwork.TEACHER, () -> curriculum.plan(farewell)).plan().retired()).isFalse();
    }

    @Test
    void broken_files_load_nothing_and_say_why() {
        Map<String, byte[]> files = new TreeMap<>(CurriculumImporter.shippedFiles());
        files.put("sinaq-pozuq/course.yaml", "id: sinaq-pozuq\n".getBytes(StandardCharsets.UTF_8));
        long before = jdbc.queryForObject("select count(*) from curriculum_course", Long.class);
        CurriculumImporter.Result result = importer.load(files);
        assertThat(result.changed()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.contains("sinaq-pozuq/course.yaml") && p.contains("title"));
        assertThat(jdbc.queryForObject("select count(*) from curriculum_course", Long.class)).isEqualTo(before);
    }

    @Test
    void teachers_read_the_curriculum_and_search_it_parents_do_not() {
        importer.load(withExtraCourse("Salamlaşma", true));
        assertThat(as(users, DemoNetwork.TEACHER, () -> curriculum.search("SAĞ OL", 10)))
                .extracting(PlanSummary::slug).contains("sinaq-importer-salam-1");
        assertThat(as(users, DemoNetwork.TEACHER, () -> curriculum.search("спасибо", 10)))
                .extracting(PlanSummary::slug).contains("sinaq-importer-salam-1");
        assertThatThrownBy(() -> as(users, DemoNetwork.PARENT, () -> curriculum.courses()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemContext.call(() -> curriculum.courses())).isNotEmpty();
    }
}
