package org.ocaq.classes.ui;

import java.util.function.Consumer;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.classes.LessonStatus;
import org.ocaq.classes.LessonSummary;
import org.ocaq.classes.TimetableService;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.school.TermBreakSummary;
import org.ocaq.school.TermService;
import org.ocaq.school.TermSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.DateFields;
import org.ocaq.shared.ui.Forms;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's timetable: terms with their holidays and breaks, a class with its weekly slot, and the lessons
 * made from them, each of which can be moved or cancelled.
 */
@Route("timetable")
@RolesAllowed(Role.COORDINATOR_NAME)
@Menu(title = "classes.timetable.menu", order = 20, icon = "vaadin:calendar")
public class TimetableView extends Main implements HasDynamicTitle {

    private final transient SchoolService schools;
    private final transient TermService terms;
    private final transient ClassService classes;
    private final transient TimetableService timetable;
    private final long schoolId;

    private final TextField termName = new TextField();
    private final DatePicker termStart = DateFields.localized(new DatePicker());
    private final DatePicker termEnd = DateFields.localized(new DatePicker());
    private final ComboBox<TermSummary> term = new ComboBox<>();
    private final TextField breakName = new TextField();
    private final DatePicker breakFirst = DateFields.localized(new DatePicker());
    private final DatePicker breakLast = DateFields.localized(new DatePicker());
    private final Grid<TermBreakSummary> breaks = new Grid<>();
    private final ClassEditor classEditor;
    private final ComboBox<ClassSummary> schoolClass = new ComboBox<>();
    private final Grid<LessonSummary> lessons = new Grid<>();
    private final TextField cancelReason = new TextField();
    private final DatePicker moveDate = DateFields.localized(new DatePicker());
    private final TimePicker moveTime = new TimePicker();
    private final Paragraph message = new Paragraph();

    public TimetableView(SchoolService schools, TermService terms, ClassService classes, TimetableService timetable) {
        this.schools = schools;
        this.terms = terms;
        this.classes = classes;
        this.timetable = timetable;
        this.schoolId = schools.coordinatedSchools().stream().findFirst().map(SchoolSummary::id).orElse(-1L);
        this.classEditor = new ClassEditor(classes, schoolId, this::classSaved);
        addClassName("ocaq-page");
        setId("timetable");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H2(getTranslation("classes.timetable.title")));
        message.setId("timetable-message");
        add(message);

        add(new H3(getTranslation("classes.timetable.terms")));
        field(termName, "term-name", "classes.timetable.term-name");
        termStart.setId("term-start");
        termStart.setLabel(getTranslation("classes.timetable.term-start"));
        termEnd.setId("term-end");
        termEnd.setLabel(getTranslation("classes.timetable.term-end"));
        add(form(termName, termStart, termEnd, button("term-add", "classes.timetable.term-add", this::addTerm)));
        term.setId("term-select");
        term.setLabel(getTranslation("classes.timetable.term"));
        term.setItemLabelGenerator(t -> t.name() + " (" + dates.format(t.startsOn()) + " – " + dates.format(t.endsOn()) + ")");
        term.addValueChangeListener(e -> refreshBreaks());
        add(term);
        field(breakName, "break-name", "classes.timetable.break-name");
        breakFirst.setId("break-first");
        breakFirst.setLabel(getTranslation("classes.timetable.break-first"));
        breakLast.setId("break-last");
        breakLast.setLabel(getTranslation("classes.timetable.break-last"));
        add(form(breakName, breakFirst, breakLast, button("break-add", "classes.timetable.break-add", this::addBreak)));
        breaks.setId("breaks-grid");
        breaks.setAllRowsVisible(true);
        breaks.setAriaLabel(getTranslation("classes.timetable.breaks"));
        breaks.addColumn(TermBreakSummary::name).setHeader(getTranslation("classes.timetable.break-name"));
        breaks.addColumn(b -> dates.format(b.firstDay()) + " – " + dates.format(b.lastDay()))
                .setHeader(getTranslation("classes.timetable.break-days"));
        add(breaks);

        add(new H3(getTranslation("classes.timetable.class")));
        schoolClass.setId("class-select");
        schoolClass.setLabel(getTranslation("classes.timetable.class"));
        schoolClass.setItemLabelGenerator(ClassSummary::name);
        schoolClass.addValueChangeListener(e -> refreshLessons());
        add(form(schoolClass, button("class-new", "classes.timetable.class-new", classEditor::newClass),
                button("class-edit", "classes.timetable.class-edit", this::editClass),
                button("lessons-generate", "classes.timetable.generate", this::generate)));
        add(classEditor);

        lessons.setId("lessons-grid");
        lessons.setAriaLabel(getTranslation("classes.timetable.lessons"));
        lessons.addColumn(l -> dates.format(l.date())).setHeader(getTranslation("classes.timetable.lesson-date"));
        lessons.addColumn(l -> l.startsAt() + "–" + l.startsAt().plusMinutes(l.durationMinutes()))
                .setHeader(getTranslation("classes.timetable.lesson-time"));
        lessons.addColumn(l -> getTranslation(l.status() == LessonStatus.CANCELLED ? "classes.timetable.cancelled"
                : l.moved() ? "classes.timetable.moved" : "classes.timetable.scheduled")
                + (l.note() == null ? "" : " — " + l.note())).setHeader(getTranslation("classes.timetable.status"));
        add(lessons);
        field(cancelReason, "lesson-cancel-reason", "classes.timetable.cancel-reason");
        moveDate.setId("lesson-move-date");
        moveDate.setLabel(getTranslation("classes.timetable.lesson-date"));
        moveTime.setId("lesson-move-time");
        moveTime.setLabel(getTranslation("classes.timetable.lesson-time"));
        add(form(cancelReason, button("lesson-cancel", "classes.timetable.cancel", this::cancelLesson)),
                form(moveDate, moveTime, button("lesson-move", "classes.timetable.move", this::moveLesson)));
        refreshTerms();
        refreshClasses();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.timetable.title");
    }

    private void addTerm() {
        Map<String, DatePicker> fields = Map.of("endsOn", termEnd);
        try {
            Forms.showProblems(Map.of(), fields);
            long id = schools.createTerm(schoolId, termName.getValue(), termStart.getValue(), termEnd.getValue());
            refreshTerms();
            term.getListDataView().getItems().filter(t -> t.id() == id).findFirst().ifPresent(term::setValue);
            termName.clear();
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), Map.of("endsOn", termEnd, "name", termName));
        }
    }

    private void addBreak() {
        if (term.getValue() == null) {
            message.setText(getTranslation("classes.timetable.choose-term"));
            return;
        }
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", breakName, "firstDay",
                breakFirst, "lastDay", breakLast);
        try {
            Forms.showProblems(Map.of(), fields);
            terms.addBreak(term.getValue().id(), breakName.getValue(), breakFirst.getValue(), breakLast.getValue());
            breakName.clear();
            refreshBreaks();
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), fields);
        }
    }

    private void editClass() {
        if (schoolClass.getValue() == null) {
            message.setText(getTranslation("classes.timetable.choose-class"));
            return;
        }
        classEditor.edit(schoolClass.getValue().id());
    }

    private void classSaved(long id) {
        refreshClasses();
        schoolClass.getListDataView().getItems().filter(c -> c.id() == id).findFirst().ifPresent(schoolClass::setValue);
    }

    private void generate() {
        if (term.getValue() == null || schoolClass.getValue() == null) {
            message.setText(getTranslation("classes.timetable.choose-term-and-class"));
            return;
        }
        int made = timetable.generateLessons(schoolClass.getValue().id(), term.getValue().id());
        message.setText(getTranslation("classes.timetable.generated", made));
        refreshLessons();
    }

    private void cancelLesson() {
        changeSelectedLesson("reason", cancelReason, lesson -> {
            timetable.cancelLesson(lesson.id(), lesson.version(), cancelReason.getValue());
            cancelReason.clear();
        });
    }

    private void moveLesson() {
        changeSelectedLesson("date", moveDate, lesson ->
                timetable.moveLesson(lesson.id(), lesson.version(), moveDate.getValue(), moveTime.getValue()));
    }

    /** One change to the selected lesson: its field's problems shown on that field, a concurrent edit reported. */
    private void changeSelectedLesson(String fieldKey, HasValidation field, Consumer<LessonSummary> change) {
        lessons.getSelectedItems().stream().findFirst().ifPresent(lesson -> {
            try {
                Forms.showProblems(Map.of(), Map.of(fieldKey, field));
                change.accept(lesson);
                refreshLessons();
            } catch (FieldProblems problems) {
                Forms.showProblems(problems.byField(), Map.of(fieldKey, field));
            } catch (OptimisticLockingFailureException conflict) {
                showConflict();
            }
        });
    }

    /** Someone else changed the lesson since the list was read: say so and show the list as it is now. */
    private void showConflict() {
        Notification.show(getTranslation("shared.error.conflict"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        refreshLessons();
    }

    private void refreshTerms() {
        term.setItems(schoolId < 0 ? List.of() : schools.terms(schoolId));
    }

    private void refreshBreaks() {
        breaks.setItems(term.getValue() == null ? List.of() : terms.getTerm(term.getValue().id()).breaks());
    }

    private void refreshClasses() {
        schoolClass.setItems(schoolId < 0 ? List.of() : classes.listClasses(schoolId, 0, 500));
    }

    private void refreshLessons() {
        if (term.getValue() == null || schoolClass.getValue() == null) {
            lessons.setItems(List.of());
            return;
        }
        lessons.setItems(timetable.lessons(schoolClass.getValue().id(), term.getValue().startsOn(),
                term.getValue().endsOn()));
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private Button button(String id, String labelKey, Runnable action) {
        return Buttons.primary(id, getTranslation(labelKey), action);
    }

    private static Div form(com.vaadin.flow.component.Component... parts) {
        Div form = new Div(parts);
        form.addClassName("ocaq-form");
        return form;
    }
}
