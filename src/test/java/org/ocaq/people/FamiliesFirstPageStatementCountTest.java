package org.ocaq.people;

import org.junit.jupiter.api.Test;
import org.ocaq.devsupport.DemoNetwork;
import org.ocaq.devsupport.NetworkGenerator;
import org.ocaq.shared.ListOrder;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.SqlStatements;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school's list of families shows each family's guardians and number of children, yet its first page costs the
 * same few statements whatever its size: the page, then the guardians and the children of all its families at once.
 */
@IntegrationTest
class FamiliesFirstPageStatementCountTest {

    /** The page, its families' guardians, their children, and the read of the signed-in person's scopes. */
    private static final long MAX_STATEMENTS = 4;

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired PeopleService people;
    @Autowired TestData testData;

    long schoolId;

    @Test
    void the_first_page_of_families_costs_the_same_for_10_and_50_rows() {
        schoolId = new NetworkGenerator(jdbc).generate(TestData.unique("fam-count"),
                new NetworkGenerator.Size(1, 1, 300, 1)).schoolIds().getFirst();
        long unsorted = assertConstant("", null);
        // Searching by a guardian's or a child's name is one page query too; sorting changes nothing.
        assertConstant("a", null);
        assertThat(assertConstant("", ListOrder.descending(FamilySort.NAME))).isEqualTo(unsorted);
        assertConstant("a", ListOrder.descending(FamilySort.NAME));
    }

    @Test
    void the_coordinator_pays_the_same_as_the_network_office() {
        TestData.World w = testData.world();
        long atTen = as(w.coordinator(), () -> SqlStatements.count(() -> people.listFamilies(w.schoolId(), "", 0, 10)));
        assertThat(atTen).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private long assertConstant(String query, ListOrder<FamilySort> order) {
        // Warm the caches a first call fills.
        as(DemoNetwork.ADMIN, () -> people.listFamilies(schoolId, query, 0, 10, order));
        SqlStatements.Counted<List<FamilyRow>> ten = as(DemoNetwork.ADMIN,
                () -> SqlStatements.counted(() -> people.listFamilies(schoolId, query, 0, 10, order)));
        SqlStatements.Counted<List<FamilyRow>> fifty = as(DemoNetwork.ADMIN,
                () -> SqlStatements.counted(() -> people.listFamilies(schoolId, query, 0, 50, order)));
        assertThat(ten.result()).hasSize(10);
        assertThat(fifty.result()).hasSize(50);
        assertThat(fifty.result()).allSatisfy(f -> {
            assertThat(f.guardians()).isNotEmpty();
            assertThat(f.childCount()).isPositive();
        });
        assertThat(fifty.statements()).as("statements for 50 rows, query '%s'", query).isEqualTo(ten.statements());
        assertThat(ten.statements()).isLessThanOrEqualTo(MAX_STATEMENTS);
        return ten.statements();
    }

    private <T> T as(String email, Callable<T> work) {
        return TestData.as(users, email, work);
    }
}
