package org.ocaq.people;

import org.junit.jupiter.api.Test;
import org.ocaq.security.FieldProblems;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A coordinator records and edits their school's families: validation per field, and no lost updates. */
@IntegrationTest
class FamilyIntegrationTest {

    @Autowired TestData testData;
    @Autowired PeopleService people;
    @Autowired UserDetailsService users;

    @Test
    void a_family_is_created_found_by_folded_names_and_edited_with_new_guardians_and_children() {
        TestData.World w = testData.world();
        TestData.as(users, w.coordinator(), () -> {
            long id = people.createFamily(w.schoolId(), "Şükürovlar",
                    List.of(new GuardianForm("Səbinə Şükürova", "sebine@test.example", null, "az")),
                    List.of(new ChildForm("Ülviyyə", "Şükürova", "ULVIYYA SHUKUROVA", LocalDate.of(2017, 5, 2), "az, de",
                            "Fıstığa allergiyası var")));

            assertThat(people.listFamilies(w.schoolId(), "ulviyye", 0, 10)).extracting(FamilyRow::id).containsExactly(id);
            assertThat(people.listFamilies(w.schoolId(), "SEBINE", 0, 10)).extracting(FamilyRow::id).containsExactly(id);
            assertThat(people.countFamilies(w.schoolId(), "sukur")).isEqualTo(1);
            assertThat(people.countFamilies(w.schoolId(), "")).isEqualTo(2);
            FamilyRow row = people.listFamilies(w.schoolId(), "ulviyye", 0, 10).getFirst();
            assertThat(row.childCount()).isEqualTo(1);
            assertThat(row.guardians()).extracting(GuardianSummary::email).containsExactly("sebine@test.example");

            FamilyDetails read = people.getFamilyDetails(id);
            GuardianEntry mother = read.guardians().getFirst();
            ChildEntry daughter = read.children().getFirst();
            assertThat(daughter.form().noteForTeachers()).isEqualTo("Fıstığa allergiyası var");
            people.updateFamily(id, read.version(), "Şükürovlar ailəsi",
                    List.of(new GuardianEntry(mother.id(), mother.version(), new GuardianForm("Səbinə Şükürova",
                                    "sebine@test.example", "+49 30 1234567", "en")),
                            GuardianEntry.added(new GuardianForm("Elşən Şükürov", null, "+49 151 7654321", "ru"))),
                    List.of(new ChildEntry(daughter.id(), daughter.version(), new ChildForm("Ülviyyə", "Şükürova",
                                    "ULVIYYA SHUKUROVA", LocalDate.of(2017, 5, 2), "az, de, ru", null)),
                            ChildEntry.added(new ChildForm("Tural", "Şükürov", null, LocalDate.of(2020, 1, 9), "az"))));

            FamilyDetails saved = people.getFamilyDetails(id);
            assertThat(saved.name()).isEqualTo("Şükürovlar ailəsi");
            assertThat(saved.guardians()).extracting(g -> g.form().fullName())
                    .containsExactly("Səbinə Şükürova", "Elşən Şükürov");
            assertThat(saved.guardians().getFirst().form().preferredLanguage()).isEqualTo("en");
            assertThat(saved.children()).extracting(c -> c.form().firstName()).containsExactly("Ülviyyə", "Tural");
            assertThat(saved.children().getFirst().form().homeLanguages()).isEqualTo("az, de, ru");
            assertThat(saved.children().getFirst().form().noteForTeachers()).isNull();
            assertThat(people.listFamilies(w.schoolId(), "elsen", 0, 10).getFirst().childCount()).isEqualTo(2);
        });
    }

    @Test
    void invalid_guardians_and_children_are_reported_per_field_and_nothing_is_saved() {
        TestData.World w = testData.world();
        TestData.as(users, w.coordinator(), () -> {
            assertThatThrownBy(() -> people.createFamily(w.schoolId(), " ",
                    List.of(new GuardianForm("Nigar Əliyeva", null, null, "az"),
                            new GuardianForm("", "not-an-address", null, "fr")),
                    List.of(new ChildForm("Aysel", "", null, LocalDate.now().plusDays(3), null))))
                    .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField()).containsOnlyKeys(
                            "familyName", "guardians[0].email", "guardians[1].fullName", "guardians[1].email",
                            "guardians[1].preferredLanguage", "children[0].name", "children[0].dateOfBirth"));
            assertThat(people.countFamilies(w.schoolId(), "")).isEqualTo(1);

            FamilyDetails read = people.getFamilyDetails(w.familyId());
            ChildEntry child = read.children().getFirst();
            assertThatThrownBy(() -> people.updateFamily(w.familyId(), read.version(), read.name(), read.guardians(),
                    List.of(new ChildEntry(child.id(), child.version(), new ChildForm("Gülşən", "Əliyeva", null,
                            LocalDate.of(1990, 1, 1), null)), ChildEntry.added(new ChildForm("Orxan", "Əliyev", null,
                            LocalDate.of(2019, 2, 2), null)))))
                    .isInstanceOfSatisfying(FieldProblems.class, p -> assertThat(p.byField())
                            .containsOnlyKeys("children[0].dateOfBirth"));
            assertThat(people.getFamilyDetails(w.familyId()).children()).hasSize(1);
        });
    }

    @Test
    void an_edit_based_on_a_stale_read_is_refused_and_nothing_of_it_is_saved() {
        TestData.World w = testData.world();
        TestData.as(users, w.coordinator(), () -> {
            FamilyDetails first = people.getFamilyDetails(w.familyId());
            FamilyDetails second = people.getFamilyDetails(w.familyId());
            ChildEntry child = first.children().getFirst();
            people.updateFamily(w.familyId(), first.version(), first.name(), first.guardians(),
                    List.of(new ChildEntry(child.id(), child.version(), new ChildForm("Gülşən", "Əliyeva", null,
                            child.form().dateOfBirth(), "az", "Birinci redaktə"))));

            ChildEntry stale = second.children().getFirst();
            assertThatThrownBy(() -> people.updateFamily(w.familyId(), second.version(), "Yeni ad", second.guardians(),
                    List.of(new ChildEntry(stale.id(), stale.version(), new ChildForm("Gülşən", "Əliyeva", null,
                            stale.form().dateOfBirth(), "az", "İkinci redaktə")),
                            ChildEntry.added(new ChildForm("Orxan", "Əliyev", null, LocalDate.of(2019, 2, 2), null)))))
                    .isInstanceOf(OptimisticLockingFailureException.class);

            FamilyDetails now = people.getFamilyDetails(w.familyId());
            assertThat(now.name()).isEqualTo(first.name());
            assertThat(now.children()).hasSize(1);
            assertThat(now.children().getFirst().form().noteForTeachers()).isEqualTo("Birinci redaktə");
        });
    }
}
