package org.ocaq.people;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.ListOrder;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
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
 * A coordinator sorts the school's teachers, families and adult learners by a column, either way: the database sorts
 * names in the Azerbaijani alphabet (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z) and other
 * columns by value, page by page, and without an order the lists keep their Azerbaijani order by name.
 */
@IntegrationTest
class PeopleSortingIntegrationTest {

    /** In Azerbaijani alphabetical order; Unicode order would put Ç, Ə, İ, Ş, Ü after Z and X after Ü. */
    private static final List<String> SURNAMES = List.of("Ağayev", "Cəfərov", "Çələbi", "Əliyev", "Həsənov",
            "Xəlilov", "Ismayıllı", "İsmayılov", "Qasımov", "Ömərov", "Şükürov", "Ülvi", "Zeynalov");
    /** A different order for the emails: the letters their addresses start with, one per surname above. */
    private static final String EMAIL_LETTERS = "mdkabljcgfehi";

    @Autowired SchoolService schools;
    @Autowired PeopleService people;
    @Autowired TestData testData;
    @Autowired UserDetailsService users;

    String key;
    long schoolId;
    String coordinator;

    @BeforeEach
    void aSchoolOfItsOwn() {
        key = TestData.unique("siralama");
        coordinator = "koord-" + key + "@test.example";
        schoolId = SystemContext.call(() -> {
            schools.ensureCountry("DE", 16);
            long id = schools.createSchool(new SchoolForm("Sıralama məktəbi " + key, "Berlin", "DE",
                    Delivery.IN_PERSON, ZoneId.of("Europe/Berlin"), null, null, null, null));
            schools.appointCoordinator(id, testData.account(coordinator, "Koordinator " + key, Role.COORDINATOR));
            return id;
        });
    }

    @Test
    void teachers_sort_by_name_in_azerbaijani_order_and_by_email_both_ways() {
        as(users, coordinator, () -> {
            for (int i : shuffledIndexes()) {
                people.addTeacher(schoolId, null, new TeacherForm("Müəllim " + SURNAMES.get(i), email(i), "az", null));
            }
            List<String> byName = SURNAMES.stream().map(s -> "Müəllim " + s).toList();
            assertThat(teacherNames(null)).containsExactlyElementsOf(byName);
            assertThat(teacherNames(ListOrder.ascending(TeacherSort.NAME))).containsExactlyElementsOf(byName);
            assertThat(teacherNames(ListOrder.descending(TeacherSort.NAME)))
                    .containsExactlyElementsOf(reversed(byName));

            List<String> byEmail = EMAIL_LETTERS.chars().sorted()
                    .mapToObj(c -> (char) c + "-" + key + "@test.example").toList();
            assertThat(pages(3, (offset, limit) -> people.listTeachers(schoolId, "", offset, limit,
                    ListOrder.ascending(TeacherSort.EMAIL)))).extracting(TeacherSummary::email)
                    .containsExactlyElementsOf(byEmail);
            assertThat(pages(3, (offset, limit) -> people.listTeachers(schoolId, "", offset, limit,
                    ListOrder.descending(TeacherSort.EMAIL)))).extracting(TeacherSummary::email)
                    .containsExactlyElementsOf(reversed(byEmail));
            // Searching and sorting together: the filter holds, the order too.
            assertThat(people.listTeachers(schoolId, "ov", 0, 50, ListOrder.descending(TeacherSort.NAME)))
                    .extracting(TeacherSummary::fullName)
                    .containsExactly("Müəllim Zeynalov", "Müəllim Şükürov", "Müəllim Ömərov", "Müəllim Qasımov",
                            "Müəllim İsmayılov", "Müəllim Xəlilov", "Müəllim Həsənov", "Müəllim Cəfərov");
        });
    }

    @Test
    void families_sort_by_name_both_ways_page_by_page() {
        as(users, coordinator, () -> {
            for (int i : shuffledIndexes()) {
                people.createFamily(schoolId, SURNAMES.get(i) + "lar",
                        List.of(new GuardianForm("Valideyn " + SURNAMES.get(i), null, "+49 151 00000" + i, "az")),
                        List.of(new ChildForm("Uşaq", SURNAMES.get(i), null, LocalDate.of(2017, 6, 1), "az")));
            }
            List<String> byName = SURNAMES.stream().map(s -> s + "lar").toList();
            for (int pageSize : new int[]{4, 50}) {
                assertThat(pages(pageSize, (offset, limit) -> people.listFamilies(schoolId, "", offset, limit,
                        ListOrder.ascending(FamilySort.NAME)))).extracting(FamilyRow::name)
                        .containsExactlyElementsOf(byName);
                assertThat(pages(pageSize, (offset, limit) -> people.listFamilies(schoolId, "", offset, limit,
                        ListOrder.descending(FamilySort.NAME)))).extracting(FamilyRow::name)
                        .containsExactlyElementsOf(reversed(byName));
            }
            assertThat(people.listFamilies(schoolId, "", 0, 50)).extracting(FamilyRow::name)
                    .containsExactlyElementsOf(byName);
            // The search by a guardian's or child's name is a query of its own; it sorts the same way.
            assertThat(people.listFamilies(schoolId, "valideyn", 0, 50, ListOrder.descending(FamilySort.NAME)))
                    .extracting(FamilyRow::name).containsExactlyElementsOf(reversed(byName));
        });
    }

    @Test
    void adult_learners_sort_by_name_both_ways() {
        as(users, coordinator, () -> {
            for (int i : shuffledIndexes()) {
                people.inviteLearner(schoolId, "Dinləyici " + SURNAMES.get(i), email(i), Languages.AZERBAIJANI);
            }
            List<String> byName = SURNAMES.stream().map(s -> "Dinləyici " + s).toList();
            assertThat(pages(5, (offset, limit) -> people.listLearners(schoolId, "", offset, limit,
                    ListOrder.ascending(LearnerSort.NAME)))).extracting(LearnerSummary::fullName)
                    .containsExactlyElementsOf(byName);
            assertThat(pages(5, (offset, limit) -> people.listLearners(schoolId, "", offset, limit,
                    ListOrder.descending(LearnerSort.NAME)))).extracting(LearnerSummary::fullName)
                    .containsExactlyElementsOf(reversed(byName));
            assertThat(people.listLearners(schoolId, "", 0, 50)).extracting(LearnerSummary::fullName)
                    .containsExactlyElementsOf(byName);
        });
    }

    @Test
    void namesakes_keep_a_stable_order_by_id_in_both_directions() {
        as(users, coordinator, () -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(people.addTeacher(schoolId, null, new TeacherForm("Əli Əliyev", null, "az", null)));
            }
            assertThat(pages(2, (offset, limit) -> people.listTeachers(schoolId, "", offset, limit,
                    ListOrder.ascending(TeacherSort.EMAIL)))).extracting(TeacherSummary::id)
                    .containsExactlyElementsOf(ids);
            assertThat(pages(2, (offset, limit) -> people.listTeachers(schoolId, "", offset, limit,
                    ListOrder.descending(TeacherSort.NAME)))).extracting(TeacherSummary::id)
                    .containsExactlyElementsOf(reversed(ids));
        });
    }

    private List<String> teacherNames(ListOrder<TeacherSort> order) {
        return pages(3, (offset, limit) -> people.listTeachers(schoolId, "", offset, limit, order)).stream()
                .map(TeacherSummary::fullName).toList();
    }

    private String email(int surname) {
        return EMAIL_LETTERS.charAt(surname) + "-" + key + "@test.example";
    }

    private static List<Integer> shuffledIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < SURNAMES.size(); i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, new Random(5));
        return indexes;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static <T> List<T> pages(int pageSize, BiFunction<Integer, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<T> rows = page.apply(offset, pageSize);
            all.addAll(rows);
            if (rows.size() < pageSize) {
                return all;
            }
        }
    }
}
