package org.ocaq.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.shared.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * The teacher's lessons: today's first, then the coming week and the past four weeks, each with whether attendance
 * was taken. One tap opens a lesson's sheet. A coordinator picks one of the school's classes and sees its lessons.
 */
@Route("lessons")
@RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME})
@Menu(title = "attendance.lessons.menu", order = 30, icon = "vaadin:check-square-o")
class LessonsView extends Main implements HasDynamicTitle {

    private final transient TimetableService timetable;
    private final transient AttendanceService attendance;
    private final transient Clock clock;
    private final Div lessonsBox = new Div();
    private final Div progressBox = new Div();

    LessonsView(TimetableService timetable, AttendanceService attendance, SchoolService schools,
                ClassService classes, Clock clock) {
        this.timetable = timetable;
        this.attendance = attendance;
        this.clock = clock;
        addClassName("ocaq-page");
        setId("lessons");
        add(new H2(getTranslation("attendance.lessons.title")));
        List<SchoolSummary> coordinated = schools.coordinatedSchools();
        if (!coordinated.isEmpty()) {
            ComboBox<ClassSummary> classChoice = new ComboBox<>(getTranslation("attendance.lessons.class"));
            classChoice.setId("lessons-class");
            classChoice.setItems(coordinated.stream().flatMap(s -> classes.allClasses(s.id()).stream()).toList());
            classChoice.setItemLabelGenerator(ClassSummary::name);
            classChoice.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    progressBox.removeAll();
                    showProgress(e.getValue());
                    LocalDate today = LocalDate.now(clock);
                    show(timetable.classLessons(e.getValue().id(), today.minusWeeks(8), today.plusWeeks(2)));
                }
            });
            add(classChoice);
        }
        progressBox.setId("course-progress");
        add(progressBox, lessonsBox);
        List<ClassSummary> taught = classes.myClasses();
        taught.forEach(this::showProgress);
        if (!taught.isEmpty() || coordinated.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            show(timetable.myLessons(today.minusWeeks(4), today.plusWeeks(1)));
        }
    }

    /** "Class X follows course Y: 3 of 8 units", for a class that follows a course of the curriculum. */
    private void showProgress(ClassSummary schoolClass) {
        attendance.courseProgress(schoolClass.id()).ifPresent(progress -> {
            Paragraph line = new Paragraph(getTranslation("attendance.lessons.progress", schoolClass.name(),
                    progress.course().title().in(getLocale()), progress.unitsReached(), progress.units())
                    + (progress.nextUnit() == null ? "" : " · " + getTranslation("attendance.lessons.next-unit",
                    progress.nextUnit().title().in(getLocale()))));
            line.setId("progress-" + schoolClass.id());
            progressBox.add(line);
        });
    }

    private void show(List<LessonFacts> lessons) {
        lessonsBox.removeAll();
        Map<Long, Boolean> taken = attendance.takenSheets(lessons.stream().map(LessonFacts::lessonId).toList());
        if (lessons.isEmpty()) {
            lessonsBox.add(new Paragraph(getTranslation("attendance.lessons.none")));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        Div todays = section("lessons-today", "attendance.lessons.today");
        Div coming = section("lessons-coming", "attendance.lessons.coming");
        List<Div> pastRows = new ArrayList<>();
        for (LessonFacts lesson : lessons) {
            // "Today" is the school's today: a lesson in Baku's evening is already tomorrow's in Los Angeles.
            LocalDate schoolToday = ZonedDateTime.now(clock.withZone(lesson.zone())).toLocalDate();
            Anchor link = new Anchor("lessons/" + lesson.lessonId(),
                    lesson.className() + " · " + dates.format(lesson.date()) + " " + times.format(lesson.startsAt()));
            link.setId("lesson-" + lesson.lessonId());
            Span state = new Span(getTranslation(lesson.cancelled() ? "attendance.lessons.cancelled"
                    : Boolean.TRUE.equals(taken.get(lesson.lessonId())) ? "attendance.lessons.taken"
                    : "attendance.lessons.not-taken"));
            state.addClassName("ocaq-badge");
            Div row = new Div(link, state);
            row.addClassName("ocaq-lesson-row");
            if (lesson.date().equals(schoolToday)) {
                todays.add(row);
            } else if (lesson.date().isAfter(schoolToday)) {
                coming.add(row);
            } else {
                pastRows.add(row);
            }
        }
        // Past lessons newest first: the one a teacher forgot last week is near the top.
        Div past = section("lessons-past", "attendance.lessons.past");
        for (int i = pastRows.size() - 1; i >= 0; i--) {
            past.add(pastRows.get(i));
        }
        lessonsBox.add(todays, coming, past);
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("ocaq-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.lessons.title");
    }
}
