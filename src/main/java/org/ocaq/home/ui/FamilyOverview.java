package org.ocaq.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.FamilySummary;
import org.ocaq.people.PeopleService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** A parent's home: their children. */
class FamilyOverview extends Section {

    FamilyOverview(PeopleService people) {
        setId("family-overview");
        addClassName("ocaq-section");
        add(new H2(getTranslation("home.family.title")));
        List<FamilySummary> families = people.myFamilies();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (FamilySummary family : families) {
            if (families.size() > 1) {
                add(new H3(family.name()));
            }
            if (family.children().isEmpty()) {
                add(new Paragraph(getTranslation("home.family.no-children")));
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("ocaq-children");
            for (ChildSummary child : family.children()) {
                list.add(new ListItem(getTranslation("home.family.child", child.fullName(),
                        dates.format(child.dateOfBirth()))));
            }
            add(list);
        }
    }
}
