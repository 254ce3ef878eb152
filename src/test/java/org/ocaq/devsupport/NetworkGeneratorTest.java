package org.ocaq.devsupport;

import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildForm;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherForm;
import org.ocaq.school.Delivery;
import org.ocaq.school.SchoolForm;
import org.ocaq.school.SchoolService;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.AzText;
import org.ocaq.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NetworkGeneratorTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;

    @Test
    void generated_rows_read_back_through_the_services_and_new_entities_never_collide() {
        NetworkGenerator generator = new NetworkGenerator(jdbc);
        NetworkGenerator.Generated made = generator.generate("gen-test", new NetworkGenerator.Size(3, 4, 60, 2));
        assertThat(made.schoolIds()).hasSize(3).doesNotHaveDuplicates();
        long schoolId = made.schoolIds().getFirst();

        SystemContext.run(() -> {
            assertThat(classes.countClasses(schoolId)).isEqualTo(4);
            assertThat(people.countChildren(schoolId, "")).isEqualTo(60);
            assertThat(people.countTeachers(schoolId, "")).isEqualTo(2);
            List<String> names = people.listChildren(schoolId, "", 0, 100).stream().map(ChildSummary::fullName).toList();
            assertThat(names).hasSize(60).isSortedAccordingTo(AzText.comparator());

            // Entities made through JPA afterwards take ids the generator did not use.
            long newSchool = schools.createSchool(new SchoolForm("Yeni Məktəb", "Berlin", "DE", Delivery.IN_PERSON,
                    ZoneId.of("Europe/Berlin"), null, null, null, null));
            assertThat(made.schoolIds()).doesNotContain(newSchool);
            classes.createClass(schoolId, new ClassForm("Yeni qrup", "Azərbaycan dili", "A1", 6, 8, "az", 10));
            people.addTeacher(schoolId, null, new TeacherForm("Nərgiz Əliyeva", null, "az", null));
            for (int i = 0; i < 60; i++) { // more than one id block of each sequence
                people.createFamily(schoolId, "Yeni ailə " + i,
                        List.of(new GuardianForm("Leyla Quliyeva", "leyla" + i + "@test.example", null, "az")),
                        List.of(new ChildForm("Murad", "Quliyev", null, LocalDate.of(2017, 5, 1), "az")));
            }
            assertThat(people.countChildren(schoolId, "")).isEqualTo(120);
            assertThat(classes.countClasses(schoolId)).isEqualTo(5);
        });

        // Run again with the same prefix: nothing new.
        assertThat(generator.generate("gen-test", new NetworkGenerator.Size(3, 4, 60, 2)).schoolIds())
                .isEqualTo(made.schoolIds());
        assertThat(jdbc.queryForObject("select count(*) from school where slug like 'gen-test-%'", Long.class))
                .isEqualTo(3);
    }
}
