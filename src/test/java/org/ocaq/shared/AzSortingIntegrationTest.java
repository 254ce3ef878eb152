package org.ocaq.shared;

import org.junit.jupiter.api.Test;
import org.ocaq.people.ChildForm;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/**
 * Lists sort in the Azerbaijani alphabet (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z), page by
 * page, straight from MariaDB, and search forgives the letters a Latin keyboard lacks.
 */
@IntegrationTest
class AzSortingIntegrationTest {

    /** In Azerbaijani alphabetical order; a plain Unicode or MariaDB collation order differs in many places. */
    private static final List<String> FIRST_NAMES = List.of("Cəfər", "Çingiz", "Əli", "Gülşən", "Hüseyn", "Xədicə",
            "Ilqar", "İlham", "Kamran", "Qasım", "Ömər", "Şahin", "Ülvi");
    private static final String LAST_NAME = "Məmmədli";

    /** Towns in Azerbaijani alphabetical order. */
    private static final List<String> TOWNS = List.of("Ağdam", "Cəlilabad", "Çinarlı", "Ələt", "Goranboy", "Xaçmaz",
            "İsmayıllı", "Kürdəmir", "Qəbələ", "Lənkəran", "Şəki", "Ucar", "Ümid", "Zaqatala");

    @Autowired SchoolService schools;
    @Autowired PeopleService people;
    @Autowired TestData testData;
    @Autowired UserDetailsService users;

    private record SchoolWithCoordinator(long schoolId, String coordinator) {
    }

    /** A fresh school whose coordinator records the children, each family with its children in shuffled order. */
    private SchoolWithCoordinator schoolWithShuffledChildren() {
        String key = TestData.unique("sira");
        String coordinator = "koord-" + key + "@test.example";
        long schoolId = SystemContext.call(() -> {
            schools.ensureCountry("DE", 16);
            long id = schools.createSchool(new SchoolForm("Sıralama məktəbi " + key, "Berlin", "DE",
                    Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null));
            schools.appointCoordinator(id, testData.account(coordinator, "Koordinator " + key, Role.COORDINATOR));
            return id;
        });
        List<String> shuffled = new ArrayList<>(FIRST_NAMES);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(shuffled).isNotEqualTo(FIRST_NAMES);
        as(users, coordinator, () -> {
            for (int from = 0; from < shuffled.size(); from += 4) {
                List<ChildForm> children = shuffled.subList(from, Math.min(from + 4, shuffled.size())).stream()
                        .map(first -> new ChildForm(first, LAST_NAME, null, LocalDate.of(2017, 6, 1), "az"))
                        .toList();
                people.createFamily(schoolId, LAST_NAME + " ailəsi " + from,
                        List.of(new GuardianForm("Valideyn " + from, null, "+49 151 000000" + from, "az")), children);
            }
        });
        return new SchoolWithCoordinator(schoolId, coordinator);
    }

    private static <T> List<T> allPages(int pageSize, BiFunction<Integer, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<T> rows = page.apply(offset, pageSize);
            assertThat(rows.size()).isLessThanOrEqualTo(pageSize);
            all.addAll(rows);
            if (rows.size() < pageSize) {
                return all;
            }
        }
    }

    @Test
    void children_page_through_in_azerbaijani_alphabetical_order() {
        SchoolWithCoordinator school = schoolWithShuffledChildren();
        List<String> expected = FIRST_NAMES.stream().map(first -> LAST_NAME + " " + first).toList();

        as(users, school.coordinator(), () -> {
            assertThat(people.countChildren(school.schoolId(), "")).isEqualTo(FIRST_NAMES.size());
            for (int pageSize : new int[]{5, 3, 1, 50}) {
                List<String> names = allPages(pageSize,
                        (offset, limit) -> people.listChildren(school.schoolId(), "", offset, limit)).stream()
                        .map(ChildSummary::fullName).toList();
                assertThat(names).as("pages of %d", pageSize).containsExactlyElementsOf(expected);
            }
            assertThat(people.listChildren(school.schoolId(), "", 5, 5)).extracting(ChildSummary::fullName)
                    .containsExactly("Məmmədli Xədicə", "Məmmədli Ilqar", "Məmmədli İlham", "Məmmədli Kamran",
                            "Məmmədli Qasım");
        });
    }

    @Test
    void search_forgives_missing_azerbaijani_letters() {
        SchoolWithCoordinator school = schoolWithShuffledChildren();
        as(users, school.coordinator(), () -> {
            assertThat(search(school, "Gulsen")).containsExactly("Məmmədli Gülşən");
            assertThat(search(school, "gülşən")).containsExactly("Məmmədli Gülşən");
            assertThat(search(school, "Omer")).containsExactly("Məmmədli Ömər");
            assertThat(search(school, "ilham")).containsExactly("Məmmədli İlham");
            assertThat(search(school, "İLHAM")).containsExactly("Məmmədli İlham");
            assertThat(search(school, "Ilham")).containsExactly("Məmmədli İlham");
            assertThat(search(school, "Sahin")).containsExactly("Məmmədli Şahin");
            assertThat(search(school, "cingiz")).containsExactly("Məmmədli Çingiz");
            assertThat(search(school, "Xedice")).containsExactly("Məmmədli Xədicə");
            assertThat(search(school, "Qasim")).containsExactly("Məmmədli Qasım");
            assertThat(search(school, "Memmedli")).hasSize(FIRST_NAMES.size());
            assertThat(people.countChildren(school.schoolId(), "Memmedli")).isEqualTo(FIRST_NAMES.size());
            assertThat(search(school, "Nərmin")).isEmpty();
            assertThat(search(school, "%")).as("a typed % matches itself").isEmpty();
        });
    }

    private List<String> search(SchoolWithCoordinator school, String query) {
        return people.listChildren(school.schoolId(), query, 0, 50).stream().map(ChildSummary::fullName).toList();
    }

    @Test
    void schools_list_in_azerbaijani_alphabetical_order() {
        String key = TestData.unique("rayon");
        String admin = "ofis-" + key + "@test.example";
        testData.account(admin, "Ofis " + key, Role.NETWORK_ADMIN);
        List<String> shuffled = new ArrayList<>(TOWNS);
        Collections.shuffle(shuffled, new Random(11));
        SystemContext.run(() -> {
            schools.ensureCountry("AZ", 16);
            for (String town : shuffled) {
                schools.createSchool(new SchoolForm(town + " məktəbi " + key, town, "AZ", Delivery.IN_PERSON,
                        ZoneId.of("Asia/Baku"), null, null, null, null));
            }
        });
        List<String> expected = TOWNS.stream().map(town -> town + " məktəbi " + key).toList();

        as(users, admin, () -> {
            assertThat(schools.countSchools(key)).isEqualTo(TOWNS.size());
            for (int pageSize : new int[]{4, 5, 50}) {
                List<String> names = allPages(pageSize, (offset, limit) -> schools.listSchools(key, offset, limit))
                        .stream().map(SchoolSummary::name).toList();
                assertThat(names).as("pages of %d", pageSize).containsExactlyElementsOf(expected);
            }
            assertThat(schools.listSchools("xacmaz mektebi " + key, 0, 10)).extracting(SchoolSummary::name)
                    .containsExactly("Xaçmaz məktəbi " + key);
            assertThat(schools.listSchools("Qebele məktəbi " + key, 0, 10)).extracting(SchoolSummary::name)
                    .containsExactly("Qəbələ məktəbi " + key);
            assertThat(schools.listSchools("umid məktəbi " + key, 0, 10)).extracting(SchoolSummary::name)
                    .containsExactly("Ümid məktəbi " + key);
        });
    }
}
