package org.ocaq.attendance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import org.ocaq.attendance.FamilyAttendanceService;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.DateFields;
import org.ocaq.shared.ui.Forms;

import java.time.LocalDate;
import java.util.Map;

/** The family's form to report that a child will miss lessons: first and last day, and the reason. */
class AbsenceReportForm extends Section {

    private final transient FamilyAttendanceService attendance;
    private final long childId;
    private final Runnable reported;

    private final DatePicker firstDay = DateFields.localized(new DatePicker());
    private final DatePicker lastDay = DateFields.localized(new DatePicker());
    private final TextArea reason = new TextArea();
    private final Paragraph message = new Paragraph();

    AbsenceReportForm(FamilyAttendanceService attendance, long childId, LocalDate today, Runnable reported) {
        this.attendance = attendance;
        this.childId = childId;
        this.reported = reported;
        setId("absence-report");
        addClassName("ocaq-section");
        firstDay.setId("absence-first-day");
        firstDay.setLabel(getTranslation("absence.report.first-day"));
        firstDay.setRequiredIndicatorVisible(true);
        firstDay.setMin(today);
        lastDay.setId("absence-last-day");
        lastDay.setLabel(getTranslation("absence.report.last-day"));
        lastDay.setRequiredIndicatorVisible(true);
        lastDay.setMin(today);
        // Most absences are one day: the last day follows the first until it is chosen on its own.
        firstDay.addValueChangeListener(e -> {
            if (e.getValue() != null && (lastDay.isEmpty() || lastDay.getValue().isBefore(e.getValue()))) {
                lastDay.setValue(e.getValue());
            }
        });
        reason.setId("absence-reason");
        reason.setLabel(getTranslation("absence.report.reason"));
        reason.setHelperText(getTranslation("absence.report.reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        message.setId("absence-message");
        message.getElement().setAttribute("role", "status");
        Div form = new Div(firstDay, lastDay, reason, message,
                Buttons.primary("absence-submit", getTranslation("absence.report.submit"), this::submit));
        form.addClassName("ocaq-form");
        add(new H3(getTranslation("absence.report.title")), form);
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("firstDay", firstDay, "lastDay", lastDay, "reason", reason);
        try {
            attendance.reportAbsence(childId, firstDay.getValue(), lastDay.getValue(), reason.getValue());
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), fields);
            message.setText(getTranslation("absence.report.check-fields"));
            return;
        }
        Forms.showProblems(Map.of(), fields);
        firstDay.clear();
        lastDay.clear();
        reason.clear();
        reported.run();
        message.setText(getTranslation("absence.report.sent"));
    }
}
