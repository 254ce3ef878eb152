package org.ocaq.enrolment.ui;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.enrolment.ApplicationState;
import org.ocaq.enrolment.ApplicationSummary;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.privacy.ConsentKind;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolService;
import org.ocaq.shared.ui.MainLayout;
import org.ocaq.testsupport.BrowserlessUiTest;
import org.ocaq.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocaq.testsupport.TestData.as;

/** A parent adds a child, consents, applies, and follows the application on the family page. */
@ViewPackages(classes = {FamilyView.class, ApplyView.class, MainLayout.class})
class ParentAppliesTest extends BrowserlessUiTest {

    @Autowired TestData testData;
    @Autowired SchoolService schools;
    @Autowired ClassService classes;
    @Autowired PeopleService people;
    @Autowired ConsentService consents;
    @Autowired ApplicationService applications;

    private record Setup(TestData.World w, long classId, long termId) {
    }

    private Setup setup(int capacity) {
        TestData.World w = testData.world();
        return as(users, w.coordinator(), () -> {
            long termId = schools.createTerm(w.schoolId(), "Yaz 2027", LocalDate.of(2027, 1, 9),
                    LocalDate.of(2027, 6, 30));
            long classId = classes.createClass(w.schoolId(), new ClassForm("Oxu " + TestData.unique("q"),
                    "Azərbaycan dili", "A1", 6, 10, "az", capacity, "Otaq 1", null, true, List.of()));
            return new Setup(w, classId, termId);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void parent_adds_a_child_consents_applies_and_sees_the_application_under_review() {
        Setup s = setup(12);
        signIn(s.w().parent());
        navigate(FamilyView.class);

        // A failed save shows the problem on the field and keeps what was typed.
        test($(TextField.class).id("child-first-name")).setValue("Ağabəy");
        test($(TextField.class).id("child-last-name")).setValue("Şıxəliyev");
        test($(TextField.class).id("child-languages")).setValue("az, de");
        test($(Button.class).id("child-save")).click();
        assertThat($(DatePicker.class).id("child-birth").isInvalid()).isTrue();
        assertThat($(TextField.class).id("child-first-name").getValue()).isEqualTo("Ağabəy");
        test($(DatePicker.class).id("child-birth")).setValue(LocalDate.of(2019, 4, 2));
        test($(Button.class).id("child-save")).click();
        assertThat($(Paragraph.class).id("family-message").getText()).contains("Şıxəliyev Ağabəy");

        long childId = people.myFamilies().getFirst().children().stream()
                .filter(c -> c.fullName().contains("Ağabəy")).findFirst().map(ChildSummary::id).orElseThrow();
        assertThat($(Button.class).id("consent-data-processing-" + childId + "-give").isEnabled()).isFalse();
        test($(Checkbox.class).id("consent-data-processing-" + childId + "-agree")).click();
        test($(Button.class).id("consent-data-processing-" + childId + "-give")).click();
        assertThat($(Paragraph.class).id("consent-data-processing-" + childId + "-status").getText())
                .contains("2026-11");
        assertThat(present("consent-data-processing-" + childId + "-under-age")).isTrue();

        navigate(ApplyView.path(s.classId()), ApplyView.class);
        CheckboxGroup<ChildSummary> children = $(CheckboxGroup.class).id("apply-children");
        children.setValue(Set.of(children.getListDataView().getItems()
                .filter(c -> c.id() == childId).findFirst().orElseThrow()));
        test($(Button.class).id("apply-submit")).click();

        long applicationId = applications.myApplications().getFirst().id();
        assertThat($(Span.class).id("application-" + applicationId + "-state").getText()).isEqualTo("Baxılır");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_refusal_for_age_is_shown_and_the_choices_stay() {
        Setup s = setup(12);
        long teenager = as(users, s.w().parent(), () -> {
            long id = people.addChild(s.w().familyId(), new org.ocaq.people.ChildForm("Tural", "Əliyev", null,
                    LocalDate.of(2014, 2, 2), "az"));
            consents.give(id, ConsentKind.DATA_PROCESSING);
            return id;
        });
        signIn(s.w().parent());
        navigate(ApplyView.path(s.classId()), ApplyView.class);
        CheckboxGroup<ChildSummary> children = $(CheckboxGroup.class).id("apply-children");
        ChildSummary tural = children.getListDataView().getItems().filter(c -> c.id() == teenager).findFirst()
                .orElseThrow();
        children.setValue(Set.of(tural));
        test($(Button.class).id("apply-submit")).click();
        assertThat($(Paragraph.class).id("apply-message").getText())
                .isEqualTo("Əliyev Tural dərsin ilk günü 12 yaşında olacaq; bu sinif 6–10 yaş üçündür.");
        assertThat(children.getValue()).containsExactly(tural);
        assertThat(present("apply-term")).isTrue();
    }

    @Test
    void an_offered_seat_is_accepted_and_withdrawing_needs_a_reason() {
        Setup s = setup(1);
        TestData.World w = s.w();
        long second = as(users, w.parent(), () -> {
            long id = people.addChild(w.familyId(), new org.ocaq.people.ChildForm("Leyla", "Əliyeva", null,
                    LocalDate.of(2018, 6, 1), "az"));
            consents.give(id, ConsentKind.DATA_PROCESSING);
            consents.give(w.childId(), ConsentKind.DATA_PROCESSING);
            return id;
        });
        long first = as(users, w.parent(), () -> applications.apply(s.classId(), s.termId(), List.of(w.childId()))
                .getFirst());
        as(users, w.coordinator(), () -> applications.accept(first));
        long waiting = as(users, w.parent(), () -> applications.apply(s.classId(), s.termId(), List.of(second))
                .getFirst());

        signIn(w.parent());
        navigate(FamilyView.class);
        assertThat($(Paragraph.class).id("application-" + waiting + "-queue").getText())
                .isEqualTo("Növbədəki yeri: 1");
        // Withdrawing without a reason is refused on the field.
        test($(Button.class).id("application-" + first + "-withdraw")).click();
        assertThat($(TextField.class).id("application-" + first + "-withdraw-reason").isInvalid()).isTrue();
        test($(TextField.class).id("application-" + first + "-withdraw-reason")).setValue("Köçürük");
        test($(Button.class).id("application-" + first + "-withdraw")).click();
        assertThat($(Span.class).id("application-" + first + "-state").getText()).isEqualTo("Geri götürülüb");

        // The freed seat is offered to the waiting child; the family takes it from the page.
        navigate(FamilyView.class);
        assertThat($(Span.class).id("application-" + waiting + "-state").getText()).isEqualTo("Yer təklif olunub");
        test($(Button.class).id("application-" + waiting + "-accept")).click();
        assertThat($(Span.class).id("application-" + waiting + "-state").getText()).isEqualTo("Qəbul olunub");
        assertThat(applications.myApplications().stream().filter(a -> a.id() == waiting)
                .map(ApplicationSummary::state).findFirst()).contains(ApplicationState.ACCEPTED);
    }
}
