package org.ocaq.school;

import org.junit.jupiter.api.Test;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.ListOrder;
import org.ocaq.shared.Role;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * The network office sorts the schools by name (Azerbaijani order), city or country, either way, in the database and
 * page by page; a coordinator's own schools sort the same way.
 */
@IntegrationTest
class SchoolSortingIntegrationTest {

    @Autowired SchoolService schools;
    @Autowired TestData testData;
    @Autowired UserDetailsService users;

    private record Opened(String name, String city, String country) {
    }

    /** In Azerbaijani order of their names; cities and countries in other orders, one school without a city. */
    private static final List<Opened> SCHOOLS = List.of(
            new Opened("Ağdamlı", "Köln", "DE"),
            new Opened("Çələbi", "Bakı", "AZ"),
            new Opened("Əliyev", "London", "GB"),
            new Opened("Xəlilov", "Amsterdam", "NL"),
            new Opened("İsmayılov", "Paris", "FR"),
            new Opened("Şükürov", null, "TR"),
            new Opened("Ülvi", "Berlin", "DE"));

    @Test
    void the_network_office_sorts_schools_by_name_city_and_country_both_ways() {
        String key = TestData.unique("siyahi");
        String admin = "ofis-" + key + "@test.example";
        String coordinator = "koord-" + key + "@test.example";
        testData.account(admin, "Ofis " + key, Role.NETWORK_ADMIN);
        long coordinatorId = testData.account(coordinator, "Koordinator " + key, Role.COORDINATOR);
        List<Opened> shuffled = new ArrayList<>(SCHOOLS);
        Collections.reverse(shuffled);
        SystemContext.run(() -> {
            for (String country : List.of("AZ", "DE", "FR", "GB", "NL", "TR")) {
                schools.ensureCountry(country, 16);
            }
            for (Opened school : shuffled) {
                long id = schools.createSchool(new SchoolForm(school.name() + " " + key, school.city(),
                        school.country(), Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null));
                if (school.name().equals("Ağdamlı") || school.name().equals("Ülvi")) {
                    schools.appointCoordinator(id, coordinatorId);
                }
            }
        });

        as(users, admin, () -> {
            List<String> byName = List.of("Ağdamlı", "Çələbi", "Əliyev", "Xəlilov", "İsmayılov", "Şükürov", "Ülvi");
            assertThat(names(key, null, 50)).containsExactlyElementsOf(byName);
            assertThat(names(key, ListOrder.ascending(SchoolSort.NAME), 3)).containsExactlyElementsOf(byName);
            assertThat(names(key, ListOrder.descending(SchoolSort.NAME), 3))
                    .containsExactlyElementsOf(reversed(byName));

            // No city sorts first, as in MariaDB; then the cities by their value.
            List<String> byCity = List.of("Şükürov", "Xəlilov", "Çələbi", "Ülvi", "Ağdamlı", "Əliyev", "İsmayılov");
            assertThat(names(key, ListOrder.ascending(SchoolSort.CITY), 2)).containsExactlyElementsOf(byCity);
            assertThat(names(key, ListOrder.descending(SchoolSort.CITY), 2))
                    .containsExactlyElementsOf(reversed(byCity));

            // By country code, and within Germany by city.
            List<String> byCountry = List.of("Çələbi", "Ülvi", "Ağdamlı", "İsmayılov", "Əliyev", "Xəlilov", "Şükürov");
            assertThat(names(key, ListOrder.ascending(SchoolSort.COUNTRY), 4)).containsExactlyElementsOf(byCountry);
            assertThat(names(key, ListOrder.descending(SchoolSort.COUNTRY), 4))
                    .containsExactlyElementsOf(reversed(byCountry));
        });

        as(users, coordinator, () -> {
            assertThat(names(key, ListOrder.descending(SchoolSort.NAME), 10)).containsExactly("Ülvi", "Ağdamlı");
            assertThat(names(key, ListOrder.ascending(SchoolSort.CITY), 10)).containsExactly("Ülvi", "Ağdamlı");
        });
    }

    /** All pages of the schools found by the key, by their names without the key. */
    private List<String> names(String key, ListOrder<SchoolSort> order, int pageSize) {
        List<String> all = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<SchoolSummary> page = schools.listSchools(key, offset, pageSize, order);
            page.forEach(s -> all.add(s.name().substring(0, s.name().length() - key.length() - 1)));
            if (page.size() < pageSize) {
                return all;
            }
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
