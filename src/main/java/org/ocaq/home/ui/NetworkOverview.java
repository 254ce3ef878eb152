package org.ocaq.home.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.ocaq.classes.ClassService;
import org.ocaq.people.PeopleService;
import org.ocaq.school.CountrySchools;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The network office's home: every school by country, with its classes, teachers and children counted. */
class NetworkOverview extends Section {

    NetworkOverview(SchoolService schools, ClassService classes, PeopleService people) {
        setId("network-overview");
        addClassName("ocaq-section");
        List<CountrySchools> byCountry = schools.schoolsByCountry().stream()
                .sorted(Comparator.comparing(CountrySchools::countryCode, Countries.byName(getLocale())))
                .toList();
        Map<Long, Long> classCounts = classes.classCountsPerSchool();
        Map<Long, Long> teacherCounts = people.teacherCountsPerSchool();
        Map<Long, Long> childCounts = people.childCountsPerSchool();
        int schoolCount = byCountry.stream().mapToInt(c -> c.schools().size()).sum();
        add(new H2(getTranslation("home.network.title")));
        add(new Paragraph(getTranslation("home.network.summary", schoolCount, byCountry.size(),
                childCounts.values().stream().mapToLong(Long::longValue).sum())));
        for (CountrySchools country : byCountry) {
            add(new H3(getTranslation("home.network.country", Countries.name(country.countryCode(), getLocale()),
                    country.schools().size())));
            Grid<SchoolSummary> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.addColumn(SchoolSummary::name).setHeader(getTranslation("home.school.name")).setFlexGrow(3);
            grid.addColumn(SchoolSummary::city).setHeader(getTranslation("home.school.city"));
            grid.addColumn(s -> getTranslation("school.delivery." + s.delivery().name()))
                    .setHeader(getTranslation("home.school.delivery"));
            grid.addColumn(s -> classCounts.getOrDefault(s.id(), 0L)).setHeader(getTranslation("home.count.classes"));
            grid.addColumn(s -> teacherCounts.getOrDefault(s.id(), 0L)).setHeader(getTranslation("home.count.teachers"));
            grid.addColumn(s -> childCounts.getOrDefault(s.id(), 0L)).setHeader(getTranslation("home.count.children"));
            grid.setItems(country.schools());
            grid.setAriaLabel(Countries.name(country.countryCode(), getLocale()));
            add(grid);
        }
    }
}
