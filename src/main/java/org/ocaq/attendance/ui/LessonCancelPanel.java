package org.ocaq.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.security.FieldProblems;
import org.springframework.dao.OptimisticLockingFailureException;

/** Held or cancelled: a lesson not taken yet can be cancelled with a reason the families will see. */
class LessonCancelPanel extends Composite<Div> {

    LessonCancelPanel(TimetableService timetable, AttendanceSheet sheet, Runnable afterCancel) {
        Div section = getContent();
        section.setId("lesson-cancel");
        section.addClassName("ocaq-form");
        LessonFacts lesson = sheet.lesson();
        if (lesson.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("attendance.lesson.cancelled-because",
                    lesson.note() == null ? "" : lesson.note()));
            cancelled.setId("lesson-cancelled");
            section.add(cancelled);
            return;
        }
        if (sheet.takenAt().isPresent() || sheet.lock().filter(l -> l == AttendanceSheet.Lock.READ_ONLY).isPresent()) {
            return;
        }
        TextField reason = new TextField(getTranslation("attendance.lesson.cancel-reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(500);
        Button cancel = new Button(getTranslation("attendance.lesson.cancel"), e -> {
            try {
                timetable.cancelLesson(lesson.lessonId(), lesson.version(), reason.getValue());
                afterCancel.run();
            } catch (FieldProblems problems) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("attendance.lesson.cancel-reason-required"));
            } catch (OptimisticLockingFailureException changed) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("attendance.lesson.changed"));
            }
        });
        cancel.setId("cancel-lesson");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(new H3(getTranslation("attendance.lesson.cancel-title")), reason, cancel);
    }
}
