package org.ocaq.enrolment.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.ocaq.people.FamilyDetails;
import org.ocaq.people.GuardianEntry;
import org.ocaq.people.PeopleService;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

@ViewPackages(classes = {FamilyView.class, MainLayout.class})
class ParentEditsFamilyTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired PeopleService people;

    @Test
    void a_parent_changes_a_phone_number_and_adds_a_second_guardian() {
        TestData.World w = testData.world();
        signIn(w.parent());
        navigate(FamilyView.class);

        test($(Button.class).id("family-edit-" + w.familyId())).click();
        test($(TextField.class).id("family-guardian-phone-0")).setValue("+49 30 555 0199");
        test($(Button.class).id("family-guardian-add")).click();
        test($(TextField.class).id("family-guardian-name-1")).setValue("Rəşad Əliyev");
        setEmail("family-guardian-email-1", "resad.aliyev@example.org");
        test($(Button.class).id("family-save")).click();

        FamilyDetails family = as(users, w.parent(), () -> people.getFamilyDetails(w.familyId()));
        assertThat(family.guardians()).extracting(g -> g.form().fullName()).contains("Rəşad Əliyev");
        assertThat(family.guardians()).extracting(GuardianEntry::form).anySatisfy(g ->
                assertThat(g.phone()).isEqualTo("+49 30 555 0199"));
        assertThat($(com.vaadin.flow.component.html.Section.class).id("family-" + w.familyId()).getElement()
                .getTextRecursively()).contains("Rəşad Əliyev");
    }

    private void setEmail(String id, String value) {
        var field = anyById(com.vaadin.flow.component.Component.class, id);
        if (field instanceof EmailField email) {
            test(email).setValue(value);
        } else {
            test((TextField) field).setValue(value);
        }
    }
}
