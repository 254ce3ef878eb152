package org.ocaq.home.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.school.SchoolService;
import org.ocaq.security.SystemContext;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each open class on a school's page leads a signed-in parent to the apply view and a visitor to sign in. */
@ViewPackages(classes = SchoolPageView.class)
class SchoolPageApplyLinkTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;

    @Test
    void the_apply_link_depends_on_whether_the_visitor_is_signed_in() {
        TestData.World w = testData.world();
        long classId = SystemContext.call(() -> classes.createClass(w.schoolId(), new ClassForm("Oxu "
                + TestData.unique("q"), "Azərbaycan dili", "A1", 6, 10, "az", 12, "Otaq 1", null, true, List.of())));
        String slug = SystemContext.call(() -> schools.getSchool(w.schoolId()).slug());

        navigate("schools/" + slug, SchoolPageView.class);
        Anchor visitor = $(Anchor.class).id("apply-" + classId);
        assertThat(visitor.getHref()).isEqualTo("login");
        assertThat(visitor.getText()).isEqualTo("Müraciət üçün daxil olun");

        signIn(w.parent());
        navigate("schools/" + slug, SchoolPageView.class);
        Anchor parent = $(Anchor.class).id("apply-" + classId);
        assertThat(parent.getHref()).isEqualTo("family/apply/" + classId);
        assertThat(parent.getText()).isEqualTo("Müraciət et");
    }
}
