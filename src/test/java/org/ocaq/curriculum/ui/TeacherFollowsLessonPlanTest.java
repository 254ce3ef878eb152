package org.ocaq.curriculum.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.classes.LessonFacts;
import org.ocaq.curriculum.CourseDetails;
import org.ocaq.curriculum.CourseSummary;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.curriculum.PlanSummary;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.SampleFiles.pdf;
import static org.ocaq.testsupport.TestData.as;

/**
 * A teacher browses the curriculum, finds a lesson plan by a word, links it to a lesson of their class and attaches a
 * PDF; a parent of a child in the class downloads it, a parent of another school cannot.
 */
@ViewPackages(classes = {CurriculumView.class, LessonPlanView.class, MainLayout.class},
        packages = "org.ocaq.attendance.ui")
class TeacherFollowsLessonPlanTest extends BrowserlessUiTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired CurriculumService curriculum;
    @Autowired AttendanceService attendance;
    @Autowired MutableClock clock;
    @Autowired org.ocaq.material.MaterialService materials;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_teacher_finds_a_plan_links_it_to_a_lesson_and_attaches_a_pdf_that_only_the_class_families_download()
            throws java.io.IOException {
        AttendanceWorld a = worlds.create();
        AttendanceWorld otherSchool = worlds.create();
        a.placeChildren(1);
        otherSchool.placeChildren(1);
        LessonFacts lesson = a.lessonOn(LocalDate.of(2027, 2, 13));
        clock.setTo(Instant.parse("2027-02-08T10:00:00Z"));
        // A plan of the shipped course for the youngest, found again through the search by one of its words.
        PlanSummary wanted = as(users, a.w.teacher(), () -> {
            CourseSummary course = curriculum.courses().stream().filter(c -> c.slug().equals("azerbaycan-dili-1"))
                    .findFirst().orElseThrow();
            CourseDetails details = curriculum.course(course.id());
            return details.plansByUnit().get(details.units().getFirst().id()).getFirst();
        });

        signIn(a.w.teacher());
        navigate(CurriculumView.class);
        assertThat($(ComboBox.class).id("curriculum-course").getValue()).isNotNull();
        test($(TextField.class).id("curriculum-search")).setValue(wanted.title().az());
        assertThat(present("plan-" + wanted.slug())).isTrue();

        navigate("curriculum/plans/" + wanted.id(), LessonPlanView.class);
        assertThat($(H2.class).id("plan-title").getText()).isEqualTo(wanted.title().az());
        assertThat(present("plan-vocabulary")).isTrue();

        // On the lesson's page the plan is found by its title and linked by choosing it: one step.
        // The lesson's view belongs to attendance (package-private there): reached by its address, as a link would.
        com.vaadin.flow.component.UI.getCurrent().navigate("lessons/" + lesson.lessonId());
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> plans = $(ComboBox.class).id("record-plan-choice");
        test(plans).setFilter(wanted.title().az());
        assertThat(test(plans).getSuggestionItems()).extracting(PlanSummary::id).contains(wanted.id());
        test(plans).selectItem(wanted.title().az());
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("record-message").getText())
                .contains(wanted.title().az());
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("record-plan").getHref())
                .isEqualTo("curriculum/plans/" + wanted.id());

        // The teacher attaches a worksheet to the lesson on the same page.
        byte[] worksheet = pdf();
        test($(com.vaadin.flow.component.upload.Upload.class).id("materials-upload"))
                .upload("Əlifba — iş vərəqi.pdf", "application/pdf", worksheet);
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("materials-list").getElement()
                .getTextRecursively()).contains("Əlifba — iş vərəqi.pdf");
        org.ocaq.material.MaterialSummary attached = as(users, a.w.teacher(),
                () -> materials.lessonMaterials(lesson.lessonId())).getFirst();
        // A parent of a child in the class downloads it; a parent of another school cannot.
        try (java.io.InputStream in = as(users, a.w.parent(), () -> materials.download(attached.id())).content()) {
            assertThat(in.readAllBytes()).isEqualTo(worksheet);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(users, otherSchool.w.parent(),
                () -> materials.download(attached.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // The class follows the plan's course; the teacher's lessons page shows how far it has come.
        navigate(CurriculumView.class);
        @SuppressWarnings("unchecked")
        ComboBox<CourseSummary> courseChoice = $(ComboBox.class).id("curriculum-course");
        courseChoice.setValue(courseChoice.getListDataView().getItems()
                .filter(c -> c.slug().equals("azerbaycan-dili-1")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<org.ocaq.classes.ClassSummary> classChoice = $(ComboBox.class).id("course-follow-class");
        test(classChoice).selectItem(classChoice.getListDataView().getItems()
                .filter(c -> c.id() == a.classId).findFirst().orElseThrow().name());
        test($(com.vaadin.flow.component.button.Button.class).id("course-follow-button")).click();
        com.vaadin.flow.component.UI.getCurrent().navigate("lessons");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("progress-" + a.classId).getText())
                .contains("1", String.valueOf(as(users, a.w.teacher(), () -> attendance.courseProgress(a.classId))
                        .orElseThrow().units()));

        assertThat(as(users, a.w.teacher(), () -> attendance.lessonRecord(lesson.lessonId())))
                .satisfies(record -> {
                    assertThat(record.lessonPlanId()).isEqualTo(wanted.id());
                    assertThat(record.form().topic()).isEqualTo(wanted.title().az());
                });
    }
}
