package org.ocaq.material.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.attendance.AttendanceWorld;
import org.ocaq.classes.LessonFacts;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.material.MaterialService;
import org.ocaq.material.MaterialSummary;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.SampleFiles.pdf;
import static org.ocaq.testsupport.TestData.as;

/**
 * A teacher keeps a worksheet with a curriculum unit for their school and removes a wrong one; a parent finds the
 * picture the teacher attached to a lesson on the child's page, shown by its thumbnail.
 */
@ViewPackages(classes = {UnitMaterialsView.class, MainLayout.class}, packages = "org.ocaq.attendance.ui")
class TeacherKeepsUnitMaterialsTest extends BrowserlessUiTest {

    @Autowired AttendanceWorld.Factory worlds;
    @Autowired CurriculumService curriculum;
    @Autowired MaterialService materials;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runPendingAccess() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    void a_teacher_keeps_and_removes_unit_materials_and_a_parent_sees_lesson_pictures_on_the_childs_page()
            throws IOException {
        AttendanceWorld a = worlds.create();
        a.placeChildren(1);
        long unitId = as(users, a.w.teacher(), () -> {
            long courseId = curriculum.courses().stream().filter(c -> c.slug().equals("azerbaycan-dili-1"))
                    .findFirst().orElseThrow().id();
            return curriculum.course(courseId).units().get(1).id();
        });

        signIn(a.w.teacher());
        navigate(UnitMaterialsView.path(unitId), UnitMaterialsView.class);
        assertThat($(H2.class).id("unit-materials-title").getText()).isNotBlank();
        // One school: nothing to choose.
        assertThat(present("unit-materials-for")).isFalse();
        test($(Upload.class).id("unit-materials-upload")).upload("Salamlaşma — iş vərəqi.pdf", "application/pdf",
                pdf());
        test($(Upload.class).id("unit-materials-upload")).upload("proqram.pdf", "application/pdf",
                new byte[]{0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        runPendingAccess();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("unit-materials-upload-message").getText())
                .startsWith(getTranslationOf("material.upload.type-refused", "x").substring(0, 20));
        UnorderedList list = $(UnorderedList.class).id("unit-materials-list");
        assertThat(list.getElement().getTextRecursively()).contains("Salamlaşma — iş vərəqi.pdf")
                .doesNotContain("proqram.pdf");
        MaterialSummary kept = as(users, a.w.teacher(), () -> materials.unitMaterials(unitId)).stream()
                .filter(m -> m.fileName().equals("Salamlaşma — iş vərəqi.pdf")).findFirst().orElseThrow();
        assertThat($(Anchor.class).id("material-" + kept.id() + "-open").getHref())
                .isEqualTo("materials/" + kept.id());

        // Removing asks first; cancelling keeps it.
        test($(Button.class).id("material-" + kept.id() + "-remove")).click();
        test($(ConfirmDialog.class).id("material-remove-confirm")).cancel();
        assertThat($(UnorderedList.class).id("unit-materials-list").getElement().getTextRecursively())
                .contains("Salamlaşma — iş vərəqi.pdf");
        test($(Button.class).id("material-" + kept.id() + "-remove")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat($(UnorderedList.class).id("unit-materials-list").getElement().getTextRecursively())
                .doesNotContain("Salamlaşma — iş vərəqi.pdf");
        assertThat(as(users, a.w.teacher(), () -> materials.unitMaterials(unitId))).isEmpty();

        // A picture on a lesson reaches the child's page, as a thumbnail that opens the picture.
        LessonFacts lesson = a.lessonOn(java.time.LocalDate.of(2027, 1, 16));
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        MaterialSummary picture = as(users, a.w.teacher(), () -> materials.attachToLesson(lesson.lessonId(),
                "Novruz tonqalı.png", new ByteArrayInputStream(png.toByteArray())));
        clock.setTo(Instant.parse("2027-01-20T10:00:00Z"));
        signIn(a.w.parent());
        // The child's page belongs to attendance (package-private there): reached by its address, as a link would.
        com.vaadin.flow.component.UI.getCurrent().navigate("family/children/" + a.children.getFirst() + "/attendance");
        UnorderedList files = $(UnorderedList.class).id("lesson-" + lesson.lessonId() + "-files");
        assertThat(files.getElement().getTextRecursively()).contains("Novruz tonqalı.png");
        assertThat($(Image.class).id("material-" + picture.id() + "-thumbnail").getSrc())
                .isEqualTo("materials/" + picture.id() + "/thumbnail");
        // A parent reads; there is nothing to remove.
        assertThat(present("material-" + picture.id() + "-remove")).isFalse();
    }

    private String getTranslationOf(String key, Object... parameters) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, parameters);
    }
}
