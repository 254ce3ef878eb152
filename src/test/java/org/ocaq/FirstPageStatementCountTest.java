package org.ocaq;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassService;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.devsupport.NetworkGenerator;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherSort;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSort;
import org.ocaq.shared.ListOrder;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.SqlStatements;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first page of every list costs the same few statements whatever the page size, the sort and the number of
 * rows: one query for the page (or the count) plus the scope look-ups of AccessPolicy, never one per row.
 */
@IntegrationTest
class FirstPageStatementCountTest {

    /** Page, plus at most two reads of the signed-in person's scopes. */
    private static final long MAX_STATEMENTS = 3;
    private static final int ROWS = 300;

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;

    long schoolId;

    @BeforeEach
    void oneBigSchool() {
        schoolId = new NetworkGenerator(jdbc)
                .generate("sql-count", new NetworkGenerator.Size(1, ROWS, ROWS, ROWS)).schoolIds().getFirst();
        new NetworkGenerator(jdbc).generate("sql-count-many", new NetworkGenerator.Size(ROWS, 0, 0, 0));
    }

    @Test
    void schools_first_page_costs_the_same_whatever_its_size() {
        long unsorted = assertConstant(size -> schools.listSchools("", 0, size), ROWS);
        assertConstant(size -> schools.listSchools("məktəb", 0, size), 10);
        for (SchoolSort column : SchoolSort.values()) {
            assertThat(assertConstant(size -> schools.listSchools("", 0, size, ListOrder.descending(column)), ROWS))
                    .as("sorted by %s", column).isEqualTo(unsorted);
        }
        assertThat(asAdmin(() -> SqlStatements.count(() -> schools.countSchools("")))).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void classes_first_page_costs_the_same_whatever_its_size() {
        assertConstant(size -> classes.listClasses(schoolId, 0, size), ROWS);
        assertThat(asAdmin(() -> SqlStatements.count(() -> classes.countClasses(schoolId))))
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void children_first_page_costs_the_same_whatever_its_size() {
        assertConstant(size -> people.listChildren(schoolId, "", 0, size), ROWS);
        assertConstant(size -> people.listChildren(schoolId, "e", 0, size), 10);
        assertThat(asAdmin(() -> SqlStatements.count(() -> people.countChildren(schoolId, ""))))
                .isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(asAdmin(() -> SqlStatements.count(() -> people.countFamilies(schoolId))))
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void teachers_first_page_costs_the_same_whatever_its_size() {
        long unsorted = assertConstant(size -> people.listTeachers(schoolId, "", 0, size), ROWS);
        for (TeacherSort column : TeacherSort.values()) {
            assertThat(assertConstant(size -> people.listTeachers(schoolId, "", 0, size, ListOrder.descending(column)),
                    ROWS)).as("sorted by %s", column).isEqualTo(unsorted);
        }
        assertThat(asAdmin(() -> SqlStatements.count(() -> people.countTeachers(schoolId, ""))))
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void counting_ignores_other_threads() throws InterruptedException {
        long counted = SqlStatements.count(() -> {
            Thread other = new Thread(() -> jdbc.queryForObject("select 1", Integer.class));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(counted).isZero();
        assertThat(SqlStatements.count(() -> jdbc.queryForObject("select 1", Integer.class))).isEqualTo(1);
    }

    /**
     * Pages of 10, 50 and 200 rows cost exactly as many statements as each other, and no more than the bound; returns
     * that number, which a sorted first page must match too.
     */
    private long assertConstant(IntFunction<List<?>> firstPage, int atLeastRows) {
        long atTen = asAdmin(() -> {
            firstPage.apply(10); // warm the caches a first call may fill
            return SqlStatements.count(() -> assertThat(firstPage.apply(10)).hasSize(10));
        });
        for (int size : new int[]{50, 200}) {
            long statements = asAdmin(() -> SqlStatements.counted(() -> firstPage.apply(size)))
                    .statements();
            assertThat(statements).as("statements for a page of %d", size).isEqualTo(atTen);
        }
        List<?> big = asAdmin(() -> firstPage.apply(200));
        assertThat(big).hasSizeGreaterThanOrEqualTo(Math.min(200, atLeastRows));
        assertThat(atTen).isLessThanOrEqualTo(MAX_STATEMENTS);
        return atTen;
    }

    private <T> T asAdmin(java.util.concurrent.Callable<T> work) {
        return TestData.as(users, DemoNetwork.ADMIN, work);
    }
}
