package org.ocaq;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassService;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.devsupport.NetworkGenerator;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of the first page (50 rows) of the schools, classes and children lists on a network-scale database
 * (500 schools, 5,000 classes, 50,000 children). Runs only with {@code ./mvnw -q -Pbench verify}; prints
 * {@code BENCH <name> <value> <unit>} lines. Goal: p95 ≤ 100 ms each.
 */
@Tag("bench")
@IntegrationTest
class FirstPageBenchmarkTest {

    private static final int PAGE = 50;
    private static final int WARM_UP = 30;
    private static final int RUNS = 50;

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;

    @Test
    void first_pages_of_the_big_lists() {
        long started = System.nanoTime();
        NetworkGenerator.Generated network = new NetworkGenerator(jdbc).generate("bench", NetworkGenerator.Size.network());
        report("generate_network_s", (System.nanoTime() - started) / 1e9, "s");
        assertThat(jdbc.queryForObject("select count(*) from child", Long.class)).isGreaterThanOrEqualTo(50_000);
        jdbc.execute("analyze table school, school_class, child, teacher, family, guardian");
        long schoolId = network.schoolIds().get(network.schoolIds().size() / 2);

        TestData.as(users, DemoNetwork.ADMIN, () -> {
            measure("schools_first_page", () -> schools.listSchools("", 0, PAGE));
            measure("classes_first_page", () -> classes.listClasses(schoolId, 0, PAGE));
            measure("children_first_page", () -> people.listChildren(schoolId, "", 0, PAGE));
            measure("children_search_first_page", () -> people.listChildren(schoolId, "eli", 0, PAGE));
            // A lazy grid asks for the size too.
            measure("schools_count", () -> List.of(schools.countSchools("")));
            measure("children_count", () -> List.of(people.countChildren(schoolId, "")));
        });
    }

    private void measure(String name, Supplier<List<?>> firstPage) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(firstPage.get()).isNotEmpty();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            firstPage.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        report(name + "_p50_ms", millis[RUNS / 2], "ms");
        report(name + "_p95_ms", millis[(int) Math.ceil(RUNS * 0.95) - 1], "ms");
    }

    private static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.1f %s", name, value, unit));
    }
}
