package org.ocaq.home.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.ocaq.classes.ClassSummary;

import java.util.List;
import java.util.Locale;

/** Classes as a compact table. */
class ClassGrid extends Grid<ClassSummary> {

    ClassGrid(List<ClassSummary> classes) {
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(ClassSummary::name).setHeader(getTranslation("home.class.name")).setFlexGrow(3);
        addColumn(c -> getTranslation("home.class.ages", c.minAge(), c.maxAge())).setHeader(getTranslation("home.class.ages-header"));
        addColumn(c -> c.language() == null ? "" : Locale.of(c.language()).getDisplayLanguage(getLocale()))
                .setHeader(getTranslation("home.class.language"));
        addColumn(ClassSummary::capacity).setHeader(getTranslation("home.class.capacity"));
        setItems(classes);
    }
}
