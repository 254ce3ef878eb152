package org.ocaq.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;

import java.util.List;

/** A teacher's home: the classes they teach. */
class TeacherOverview extends Section {

    TeacherOverview(ClassService classes) {
        setId("teacher-overview");
        addClassName("ocaq-section");
        add(new H2(getTranslation("home.teacher.title")));
        List<ClassSummary> mine = classes.myClasses();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("home.teacher.none")));
        } else {
            add(new ClassGrid(mine));
        }
    }
}
