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
        addColumn(c -> languageName(c.language(), getLocale()))
                .setHeader(getTranslation("home.class.language"));
        addColumn(ClassSummary::capacity).setHeader(getTranslation("home.class.capacity"));
        setItems(classes);
    }

    /** "Azərbaycan", "Alman": the JDK gives language names in lower case in some languages. */
    static String languageName(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }
}
