package org.ocaq.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleService;

/** A learner's home: their own record; courses and progress come with the online-courses feature. */
class LearnerOverview extends Section {

    LearnerOverview(PeopleService people) {
        setId("learner-overview");
        addClassName("ocaq-section");
        add(new H2(getTranslation("home.learner.title")));
        for (LearnerSummary learner : people.myLearnerRecords()) {
            add(new Paragraph(getTranslation("home.learner.record", learner.fullName())));
        }
    }
}
