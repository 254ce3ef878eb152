package org.ocaq.classes;

import org.junit.jupiter.api.Test;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class ClassIntegrationTest {

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired ClassService classes;

    private static ClassForm form(String name, boolean open, List<WeeklySlot> slots) {
        return new ClassForm(name, "Azərbaycan dili", "A1", 6, 8, "az", 12, "Otaq 3",
                "https://meet.example/abc", open, slots);
    }

    @Test
    void a_class_keeps_its_room_link_and_weekly_slots_in_order() {
        TestData.World w = testData.world();
        List<WeeklySlot> slots = List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 50),
                new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(17, 30), 45));
        long id = as(users, w.coordinator(), () -> classes.createClass(w.schoolId(), form("Şəki qrupu", true, slots)));
        ClassDetails details = as(users, w.coordinator(), () -> classes.getClass(id));
        assertThat(details.form().slots()).containsExactlyElementsOf(slots);
        assertThat(details.form().room()).isEqualTo("Otaq 3");
        assertThat(details.form().meetingLink()).isEqualTo("https://meet.example/abc");
    }

    @Test
    void a_stale_edit_is_refused_instead_of_overwriting() {
        TestData.World w = testData.world();
        as(users, w.coordinator(), () -> {
            ClassDetails read = classes.getClass(w.classId());
            classes.updateClass(w.classId(), read.version(), form("Birinci düzəliş", true, List.of()));
            assertThatThrownBy(() -> classes.updateClass(w.classId(), read.version(), form("İkinci", true, List.of())))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(classes.getClass(w.classId()).form().name()).isEqualTo("Birinci düzəliş");
        });
    }

    @Test
    void the_directory_lists_only_open_classes_and_needs_no_sign_in() {
        TestData.World w = testData.world();
        as(users, w.coordinator(), () -> {
            classes.createClass(w.schoolId(), form("Açıq qrup", true,
                    List.of(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(11, 0), 60))));
            classes.createClass(w.schoolId(), form("Bağlı qrup", false, List.of()));
        });
        List<PublicClass> open = classes.openClasses(w.schoolId());
        assertThat(open).extracting(PublicClass::name).contains("Açıq qrup").doesNotContain("Bağlı qrup");
        assertThat(open.stream().filter(c -> c.name().equals("Açıq qrup")).findFirst().orElseThrow().slots())
                .containsExactly(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(11, 0), 60));
    }

    @Test
    void a_teacher_cannot_change_a_class_nor_a_bad_link_be_saved() {
        TestData.World w = testData.world();
        as(users, w.teacher(), () -> {
            long version = classes.getClass(w.classId()).version();
            assertThatThrownBy(() -> classes.updateClass(w.classId(), version, form("X", true, List.of())))
                    .isInstanceOf(AccessDeniedException.class);
        });
        as(users, w.coordinator(), () -> assertThatThrownBy(() -> classes.createClass(w.schoolId(),
                new ClassForm("Y", null, null, 6, 8, "az", 10, null, "javascript:alert(1)", true, List.of())))
                .isInstanceOf(org.ocaq.security.FieldProblems.class));
    }
}
