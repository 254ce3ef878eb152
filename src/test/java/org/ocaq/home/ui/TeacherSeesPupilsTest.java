package org.ocaq.home.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassService;
import org.ocaq.enrolment.RosterImportService;
import org.ocaq.enrolment.RosterRow;
import org.ocaq.enrolment.RosterUpload;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

@ViewPackages(classes = {HomeView.class, MainLayout.class})
class TeacherSeesPupilsTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired ClassService classes;
    @Autowired RosterImportService roster;

    @Test
    void a_teacher_sees_the_children_placed_in_their_class_on_their_home() {
        TestData.World w = testData.world();
        as(users, w.coordinator(), () -> {
            String className = classes.getClass(w.classId()).form().name();
            String csv = "Soyad;Ad;Doğum tarixi;Qrup;Valideyn;Telefon\n"
                    + "Şirinova;Ülkər;09.09.2017;" + className + ";Nərmin Şirinova;+49 30 555 0101\n"
                    + "Ağayev;İsmayıl;01.02.2018;" + className + ";Cavid Ağayev;+49 30 555 0102\n";
            RosterUpload upload = roster.read(w.schoolId(), csv.getBytes(StandardCharsets.UTF_8));
            List<RosterRow> rows = upload.mapping().rows(upload.file());
            roster.confirm(w.schoolId(), rows, Set.of(), roster.preview(w.schoolId(), rows, Set.of()), done -> { });
        });

        signIn(w.teacher());
        navigate(HomeView.class);

        Details pupils = $(Details.class).id("pupils-" + w.classId());
        assertThat(pupils.getSummaryText()).endsWith(": 2 şagird");
        assertThat($(ListItem.class, pupils).all()).extracting(ListItem::getText)
                .containsExactly("Ağayev İsmayıl · 1 fev 2018", "Şirinova Ülkər · 9 sen 2017");
    }
}
