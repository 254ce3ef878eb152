package org.ocaq.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.LessonRecordDetails;
import org.ocaq.attendance.LessonRecordForm;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.curriculum.PlanSummary;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.ui.Forms;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Arrays;
import java.util.Map;

/**
 * The lesson's record under its sheet: the lesson plan it follows (found by a word in any language and linked on
 * choosing it), topic, unit, homework, notes and material links. A failed save keeps what was typed.
 */
class LessonRecordPanel extends Composite<Div> {

    private final transient AttendanceService attendance;
    private final transient CurriculumService curriculum;
    private final long lessonId;
    private final TextField topic = new TextField();
    private final TextField unit = new TextField();
    private final TextArea homework = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextArea links = new TextArea();
    private final Paragraph message = new Paragraph();
    private transient LessonRecordDetails record;

    LessonRecordPanel(AttendanceService attendance, CurriculumService curriculum, long lessonId) {
        this.attendance = attendance;
        this.curriculum = curriculum;
        this.lessonId = lessonId;
        this.record = attendance.lessonRecord(lessonId);
        topic.setId("record-topic");
        topic.setLabel(getTranslation("attendance.record.topic"));
        topic.setMaxLength(300);
        unit.setId("record-unit");
        unit.setLabel(getTranslation("attendance.record.unit"));
        unit.setMaxLength(300);
        homework.setId("record-homework");
        homework.setLabel(getTranslation("attendance.record.homework"));
        homework.setMaxLength(2000);
        notes.setId("record-notes");
        notes.setLabel(getTranslation("attendance.record.notes"));
        notes.setMaxLength(2000);
        links.setId("record-links");
        links.setLabel(getTranslation("attendance.record.links"));
        links.setHelperText(getTranslation("attendance.record.links-help"));
        message.setId("record-message");
        message.getElement().setAttribute("role", "status");
        fill();
        Button save = new Button(getTranslation("attendance.record.save"), e -> save());
        save.setId("save-record");
        Div section = getContent();
        section.add(new H3(getTranslation("attendance.record.title")), planChoice(), topic, unit, homework, notes,
                links, message, save);
        section.setId("lesson-record");
        section.addClassName("ocaq-form");
    }

    private Div planChoice() {
        Div box = new Div();
        box.setId("record-plan-box");
        Anchor open = new Anchor();
        open.setId("record-plan");
        open.setText(getTranslation("attendance.record.plan-link"));
        open.setVisible(record.lessonPlanId() != null);
        if (record.lessonPlanId() != null) {
            open.setHref("curriculum/plans/" + record.lessonPlanId());
        }
        ComboBox<PlanSummary> plans = new ComboBox<>(getTranslation("attendance.record.plan"));
        plans.setId("record-plan-choice");
        plans.setHelperText(getTranslation("attendance.record.plan-help"));
        plans.setItems(query -> curriculum.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        plans.setItemLabelGenerator(p -> p.title().in(getLocale()));
        plans.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                record = attendance.followLessonPlan(lessonId, e.getValue().id());
                fill();
                open.setHref("curriculum/plans/" + record.lessonPlanId());
                open.setVisible(true);
                message.setText(getTranslation("attendance.record.plan-linked", e.getValue().title().in(getLocale())));
            }
        });
        box.add(plans, open);
        return box;
    }

    private void fill() {
        LessonRecordForm form = record.form();
        topic.setValue(form.topic());
        unit.setValue(form.curriculumUnit());
        homework.setValue(form.homework());
        notes.setValue(form.notes());
        links.setValue(String.join("\n", form.materialLinks()));
    }

    private void save() {
        LessonRecordForm form = new LessonRecordForm(topic.getValue(), unit.getValue(), homework.getValue(),
                notes.getValue(), Arrays.stream(links.getValue().split("\\R")).filter(l -> !l.isBlank()).toList());
        try {
            record = attendance.saveLessonRecord(lessonId, record.version(), form);
            message.setText(getTranslation("attendance.record.saved"));
        } catch (FieldProblems e) {
            Forms.showProblems(e.byField(), Map.of("topic", topic, "curriculumUnit", unit, "homework", homework,
                    "notes", notes, "materialLinks", links));
            message.setText(getTranslation("attendance.record.fix"));
        } catch (OptimisticLockingFailureException e) {
            // What the teacher typed stays in the fields; the newer version is what the next save will expect.
            record = attendance.lessonRecord(lessonId);
            message.setText(getTranslation("attendance.record.changed-by-someone-else"));
        }
    }
}
