package org.ocaq.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The school a people view works on. A coordinator starts on the school they coordinate; the network office picks
 * any school (the list pages lazily from the school service, which shows each person the schools they may see).
 */
class SchoolChoice extends ComboBox<SchoolSummary> {

    SchoolChoice(SchoolService schools, String id, LongConsumer onChange) {
        setId(id);
        setLabel(getTranslation("people.school.choose"));
        setItemLabelGenerator(SchoolSummary::name);
        setItems(query -> schools.listSchools(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        List<SchoolSummary> coordinated = schools.coordinatedSchools();
        SchoolSummary first = coordinated.isEmpty()
                ? schools.listSchools("", 0, 1).stream().findFirst().orElse(null) : coordinated.getFirst();
        setValue(first);
        addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onChange.accept(e.getValue().id());
            }
        });
    }

    /** The chosen school's id, or -1 while none is chosen (the services then refuse, and lists stay empty). */
    long schoolId() {
        return getValue() == null ? -1 : getValue().id();
    }

    boolean hasSchool() {
        return getValue() != null;
    }
}
