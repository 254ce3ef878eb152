package org.ocaq.attendance.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.attendance.AttendanceChange;
import org.ocaq.attendance.AttendanceService;
import org.ocaq.attendance.AttendanceSheet;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.LessonRecordDetails;
import org.ocaq.attendance.LessonRecordForm;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.attendance.SheetChangedProblem;
import org.ocaq.classes.LessonFacts;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One lesson on the teacher's phone: the attendance sheet first (all present in one tap, then the exceptions, one
 * save), the lesson's record below. If someone else saved the sheet meanwhile, the teacher's entries stay on screen
 * and are put on top of the other person's once the sheet is read again.
 */
@Route("lessons/:lessonId")
@RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AttendanceService attendance;
    private final H2 title = new H2();
    private final Paragraph when = new Paragraph();
    private final Paragraph lockMessage = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Paragraph sheetMessage = new Paragraph();
    private final Div rowsBox = new Div();
    private final Button allPresent = new Button();
    private final Button save = new Button();
    private final Button reload = new Button();
    private final List<SheetRowEditor> editors = new ArrayList<>();
    private final Map<String, TextField> noteFields = new HashMap<>();
    private transient AttendanceSheet sheet;

    private final TextField topic = new TextField();
    private final TextField unit = new TextField();
    private final TextArea homework = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextArea links = new TextArea();
    private final Paragraph recordMessage = new Paragraph();
    private transient LessonRecordDetails record;
    private final Div changesBox = new Div();

    private final transient org.ocaq.classes.TimetableService timetable;

    private final transient org.ocaq.curriculum.CurriculumService curriculum;

    LessonView(AttendanceService attendance, org.ocaq.classes.TimetableService timetable,
               org.ocaq.curriculum.CurriculumService curriculum) {
        this.attendance = attendance;
        this.curriculum = curriculum;
        this.timetable = timetable;
        addClassName("ocaq-page");
        addClassName("ocaq-lesson");
        setId("lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long lessonId = event.getRouteParameters().getLong("lessonId").orElse(-1L);
        try {
            sheet = attendance.open(lessonId);
            record = attendance.lessonRecord(lessonId);
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H2(getTranslation("attendance.lesson.not-found")));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        LessonFacts lesson = sheet.lesson();
        title.setText(lesson.className());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        when.setText(dates.format(lesson.date()) + " · " + times.format(lesson.startsAt()));
        when.setId("lesson-when");
        add(title, when);

        H3 sheetTitle = new H3(getTranslation("attendance.sheet.title"));
        lockMessage.setId("sheet-lock");
        counts.setId("sheet-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        sheetMessage.setId("sheet-message");
        sheetMessage.getElement().setAttribute("role", "status");
        allPresent.setText(getTranslation("attendance.sheet.all-present"));
        allPresent.setId("all-present");
        allPresent.addClickListener(e -> markAllPresent());
        save.setText(getTranslation("attendance.sheet.save"));
        save.setId("save-attendance");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveSheet());
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        reload.setText(getTranslation("attendance.sheet.reload"));
        reload.setId("reload-sheet");
        reload.setVisible(false);
        reload.addClickListener(e -> reloadKeepingEntries());
        rowsBox.setId("sheet-rows");
        rowsBox.addClassName("ocaq-sheet");
        Div actions = new Div(save, reload);
        actions.addClassName("ocaq-sheet-actions");
        add(sheetTitle, lockMessage, allPresent, counts, rowsBox, sheetMessage, actions);
        showSheet(Map.of());

        add(recordSection());
        add(cancelSection());
        if (sheet.changesAudited()) {
            changesBox.setId("sheet-changes");
            add(changesBox);
            showChanges();
        }
    }

    private void showSheet(Map<Long, MarkEntry> keep) {
        rowsBox.removeAll();
        editors.clear();
        noteFields.clear();
        boolean editable = sheet.editable();
        sheet.rows().forEach(row -> {
            SheetRowEditor editor = new SheetRowEditor(row, editable, this::updateCounts);
            if (keep.containsKey(row.childId())) {
                editor.restore(keep.get(row.childId()));
            }
            editors.add(editor);
            noteFields.put("note-" + row.childId(), editor.noteField());
            rowsBox.add(editor);
        });
        lockMessage.setText(sheet.lock().map(l -> getTranslation(l.messageKey())).orElse(
                sheet.changesAudited() ? getTranslation("attendance.sheet.audited") : ""));
        lockMessage.setVisible(!lockMessage.getText().isEmpty());
        allPresent.setEnabled(editable);
        save.setEnabled(editable);
        if (sheet.rows().isEmpty()) {
            rowsBox.add(new Paragraph(getTranslation("attendance.sheet.empty")));
        }
        updateCounts();
    }

    private void markAllPresent() {
        editors.forEach(SheetRowEditor::presentIfUnmarked);
        updateCounts();
    }

    private void updateCounts() {
        Map<AttendanceStatus, Integer> byStatus = new EnumMap<>(AttendanceStatus.class);
        Arrays.stream(AttendanceStatus.values()).forEach(s -> byStatus.put(s, 0));
        int unmarked = 0;
        for (SheetRowEditor editor : editors) {
            if (editor.status() == null) {
                unmarked++;
            } else {
                byStatus.merge(editor.status(), 1, Integer::sum);
            }
        }
        counts.setText(getTranslation("attendance.sheet.counts", byStatus.get(AttendanceStatus.PRESENT),
                byStatus.get(AttendanceStatus.LATE), byStatus.get(AttendanceStatus.EXCUSED),
                byStatus.get(AttendanceStatus.UNEXCUSED), unmarked));
    }

    private void saveSheet() {
        editors.forEach(e -> e.noteField().setInvalid(false));
        try {
            sheet = attendance.save(sheet, editors.stream().map(SheetRowEditor::entry).toList());
            showSheet(Map.of());
            reload.setVisible(false);
            sheetMessage.setText(getTranslation("attendance.sheet.saved"));
            Notification.show(getTranslation("attendance.sheet.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (sheet.changesAudited()) {
                showChanges();
            }
        } catch (SheetChangedProblem e) {
            sheetMessage.setText(getTranslation(e.messageKey()));
            reload.setVisible(true);
            Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (FieldProblems e) {
            Forms.showProblems(e.byField(), noteFields);
            List<String> sheetProblems = e.byField().getOrDefault("sheet", List.of());
            sheetMessage.setText(sheetProblems.isEmpty() ? getTranslation("attendance.sheet.fix-notes")
                    : getTranslation(sheetProblems.getFirst()));
        }
    }

    /** After a conflict: reads the sheet again and puts the teacher's own changes on top of it. */
    private void reloadKeepingEntries() {
        Map<Long, MarkEntry> mine = new HashMap<>();
        Map<Long, AttendanceStatus> base = new HashMap<>();
        editors.stream().filter(SheetRowEditor::changed).forEach(e -> {
            mine.put(e.childId(), e.entry());
            base.put(e.childId(), e.row().status());
        });
        sheet = attendance.open(sheet.lesson().lessonId());
        showSheet(mine);
        // Where the other person saved something else for a child the teacher also changed, say so on the row:
        // the teacher's entry is on screen, the saved one beside it, and the teacher decides.
        for (SheetRowEditor editor : editors) {
            MarkEntry entry = mine.get(editor.childId());
            AttendanceStatus theirs = editor.row().status();
            if (entry != null && theirs != base.get(editor.childId()) && theirs != entry.status()) {
                editor.flagSavedMeanwhile(getTranslation("attendance.sheet.saved-meanwhile", label(theirs)));
            }
        }
        reload.setVisible(false);
        sheetMessage.setText(getTranslation("attendance.sheet.reloaded"));
    }

    /** Held or cancelled: a lesson not taken yet can be cancelled with a reason the families will see. */
    private Div cancelSection() {
        Div section = new Div();
        section.setId("lesson-cancel");
        section.addClassName("ocaq-form");
        LessonFacts lesson = sheet.lesson();
        if (lesson.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("attendance.lesson.cancelled-because",
                    lesson.note() == null ? "" : lesson.note()));
            cancelled.setId("lesson-cancelled");
            section.add(cancelled);
            return section;
        }
        if (sheet.takenAt().isPresent() || sheet.lock().filter(l -> l == AttendanceSheet.Lock.READ_ONLY).isPresent()) {
            return section;
        }
        TextField reason = new TextField(getTranslation("attendance.lesson.cancel-reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(500);
        Button cancel = new Button(getTranslation("attendance.lesson.cancel"), e -> {
            try {
                timetable.cancelLesson(lesson.lessonId(), lesson.version(), reason.getValue());
                sheet = attendance.open(lesson.lessonId());
                build();
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
        return section;
    }

    private Div recordSection() {
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
        recordMessage.setId("record-message");
        recordMessage.getElement().setAttribute("role", "status");
        fillRecord();
        Button saveRecord = new Button(getTranslation("attendance.record.save"), e -> saveRecord());
        saveRecord.setId("save-record");
        Div section = new Div(new H3(getTranslation("attendance.record.title")), planChoice());
        section.add(topic, unit, homework, notes, links, recordMessage, saveRecord);
        section.setId("lesson-record");
        section.addClassName("ocaq-form");
        return section;
    }

    /** The lesson plan the lesson follows: found by a word in any language and linked on choosing it. */
    private Div planChoice() {
        Div box = new Div();
        box.setId("record-plan-box");
        com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor();
        open.setId("record-plan");
        open.setText(getTranslation("attendance.record.plan-link"));
        open.setVisible(record.lessonPlanId() != null);
        if (record.lessonPlanId() != null) {
            open.setHref("curriculum/plans/" + record.lessonPlanId());
        }
        com.vaadin.flow.component.combobox.ComboBox<org.ocaq.curriculum.PlanSummary> plans =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("attendance.record.plan"));
        plans.setId("record-plan-choice");
        plans.setHelperText(getTranslation("attendance.record.plan-help"));
        plans.setItems(query -> curriculum.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        plans.setItemLabelGenerator(p -> p.title().in(getLocale()));
        plans.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                record = attendance.followLessonPlan(sheet.lesson().lessonId(), e.getValue().id());
                fillRecord();
                open.setHref("curriculum/plans/" + record.lessonPlanId());
                open.setVisible(true);
                recordMessage.setText(getTranslation("attendance.record.plan-linked", e.getValue().title()
                        .in(getLocale())));
            }
        });
        box.add(plans, open);
        return box;
    }

    private void fillRecord() {
        LessonRecordForm form = record.form();
        topic.setValue(form.topic());
        unit.setValue(form.curriculumUnit());
        homework.setValue(form.homework());
        notes.setValue(form.notes());
        links.setValue(String.join("\n", form.materialLinks()));
    }

    private void saveRecord() {
        LessonRecordForm form = new LessonRecordForm(topic.getValue(), unit.getValue(), homework.getValue(),
                notes.getValue(), Arrays.stream(links.getValue().split("\\R")).filter(l -> !l.isBlank()).toList());
        try {
            record = attendance.saveLessonRecord(sheet.lesson().lessonId(), record.version(), form);
            recordMessage.setText(getTranslation("attendance.record.saved"));
        } catch (FieldProblems e) {
            Forms.showProblems(e.byField(), Map.of("topic", topic, "curriculumUnit", unit, "homework", homework,
                    "notes", notes, "materialLinks", links));
            recordMessage.setText(getTranslation("attendance.record.fix"));
        } catch (OptimisticLockingFailureException e) {
            // What the teacher typed stays in the fields; the newer version is what the next save will expect.
            record = attendance.lessonRecord(sheet.lesson().lessonId());
            recordMessage.setText(getTranslation("attendance.record.changed-by-someone-else"));
        }
    }

    private void showChanges() {
        changesBox.removeAll();
        List<AttendanceChange> changes;
        try {
            changes = attendance.changes(sheet.lesson().lessonId());
        } catch (AccessDeniedException e) {
            // The audit trail is the coordinator's; a teacher is only told that changes are recorded.
            return;
        }
        changesBox.add(new H3(getTranslation("attendance.changes.title")));
        if (changes.isEmpty()) {
            changesBox.add(new Paragraph(getTranslation("attendance.changes.none")));
            return;
        }
        DateTimeFormatter stamp = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(sheet.lesson().zone());
        Grid<AttendanceChange> grid = new Grid<>();
        grid.setId("changes-grid");
        grid.setAriaLabel(getTranslation("attendance.changes.title"));
        grid.addColumn(c -> stamp.format(c.changedAt())).setHeader(getTranslation("attendance.changes.when"));
        grid.addColumn(AttendanceChange::changedByName).setHeader(getTranslation("attendance.changes.who"));
        grid.addColumn(AttendanceChange::childName).setHeader(getTranslation("attendance.changes.child"));
        grid.addColumn(c -> label(c.oldStatus()) + " → " + label(c.newStatus()))
                .setHeader(getTranslation("attendance.changes.what"));
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        changesBox.add(grid);
    }

    private String label(AttendanceStatus status) {
        return status == null ? "—" : getTranslation("attendance.status." + status.name());
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("attendance.sheet.title") : sheet.lesson().className();
    }
}
