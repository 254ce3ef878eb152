package org.ocaq.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.ocaq.classes.ClassService;
import org.ocaq.people.PeopleService;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;

/** A coordinator's home: for each school they run, its numbers and its classes. */
class SchoolOverview extends Section {

    SchoolOverview(SchoolService schools, ClassService classes, PeopleService people) {
        setId("school-overview");
        addClassName("ocaq-section");
        for (SchoolSummary school : schools.coordinatedSchools()) {
            add(new H2(school.name()));
            Div numbers = new Div(
                    number("home.count.classes", classes.countClasses(school.id())),
                    number("home.count.teachers", people.countTeachers(school.id(), "")),
                    number("home.count.families", people.countFamilies(school.id())),
                    number("home.count.children", people.countChildren(school.id(), "")));
            numbers.addClassName("ocaq-numbers");
            add(numbers);
            add(new ClassGrid(classes.listClasses(school.id(), 0, 200)));
        }
    }

    private Div number(String key, long value) {
        Span figure = new Span(String.format(getLocale(), "%,d", value));
        figure.addClassName("ocaq-number");
        Div box = new Div(figure, new Span(getTranslation(key)));
        box.addClassName("ocaq-number-box");
        return box;
    }
}
