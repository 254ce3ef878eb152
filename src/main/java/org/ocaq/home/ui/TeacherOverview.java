package org.ocaq.home.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.enrolment.EnrolmentService;
import org.ocaq.people.ChildSummary;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** A teacher's home: the classes they teach, each with the children placed in it. */
class TeacherOverview extends Section {

    TeacherOverview(ClassService classes, EnrolmentService enrolment) {
        setId("teacher-overview");
        addClassName("ocaq-section");
        add(new H2(getTranslation("home.teacher.title")));
        // Saturday morning in the classroom: the register is one tap from the home page.
        com.vaadin.flow.component.html.Anchor lessons = new com.vaadin.flow.component.html.Anchor("lessons",
                getTranslation("home.teacher.lessons-link"));
        lessons.setId("teacher-lessons-link");
        lessons.addClassName("ocaq-primary-link");
        add(lessons);
        List<ClassSummary> mine = classes.myClasses();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("home.teacher.none")));
        } else {
            add(new ClassGrid(mine));
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            for (ClassSummary schoolClass : mine) {
                List<ChildSummary> pupils = enrolment.classRoster(schoolClass.id());
                UnorderedList names = new UnorderedList();
                pupils.forEach(child -> names.add(new ListItem(child.fullName() + " · "
                        + dates.format(child.dateOfBirth()))));
                Details details = new Details(getTranslation("home.teacher.pupils", schoolClass.name(), pupils.size()),
                        pupils.isEmpty() ? new Paragraph(getTranslation("home.teacher.no-pupils")) : names);
                details.setId("pupils-" + schoolClass.id());
                add(details);
            }
        }
    }
}
