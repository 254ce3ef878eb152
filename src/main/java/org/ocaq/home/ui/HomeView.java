package org.ocaq.home.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.ocaq.classes.ClassService;
import org.ocaq.enrolment.ApplicationService;
import org.ocaq.enrolment.EnrolmentService;
import org.ocaq.enrolment.ui.MyApplications;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.SchoolService;
import org.ocaq.school.TermService;
import org.ocaq.shared.NamedPrincipal;
import org.ocaq.shared.Role;

import java.util.Set;

/**
 * One home for everyone: a section for each role the person holds, so a teacher who is also a parent sees both
 * their classes and their children.
 */
@Route("")
@PermitAll
@Menu(title = "home.menu", order = 0, icon = "vaadin:home")
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication, SchoolService schools, ClassService classes,
                    PeopleService people, EnrolmentService enrolment, ApplicationService applications,
                    SchoolEnrolmentSettings enrolmentSettings, TermService terms) {
        addClassName("ocaq-page");
        setId("home");
        Set<Role> roles = authentication.getAuthenticatedUser(NamedPrincipal.class)
                .map(NamedPrincipal::roles).orElse(Set.of());
        if (roles.contains(Role.NETWORK_ADMIN)) {
            add(new NetworkOverview(schools, classes, people));
        }
        if (roles.contains(Role.COORDINATOR)) {
            add(new SchoolOverview(schools, classes, people));
        }
        if (roles.contains(Role.TEACHER)) {
            add(new TeacherOverview(classes, enrolment));
        }
        if (roles.contains(Role.PARENT)) {
            add(new FamilyOverview(people));
        }
        if (roles.contains(Role.STUDENT)) {
            add(new LearnerOverview(people));
            // Adult learners apply for themselves; parents follow their children's applications on the family page.
            add(new MyApplications(applications, classes, enrolmentSettings, terms));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
