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
import org.ocaq.attendance.MarkEntry;
import org.ocaq.attendance.SheetChangedProblem;
import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Forms;
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

    private final Div changesBox = new Div();

    private final transient TimetableService timetable;

    private final transient CurriculumService curriculum;

    private final transient org.ocaq.material.MaterialService materials;

    LessonView(AttendanceService attendance, TimetableService timetable,
               CurriculumService curriculum, org.ocaq.material.MaterialService materials) {
        this.materials = materials;
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

        add(new LessonRecordPanel(attendance, curriculum, lesson.lessonId()));
        add(new LessonMaterialsPanel(materials, lesson.lessonId(),
                sheet.lock().filter(l -> l == AttendanceSheet.Lock.READ_ONLY).isEmpty()));
        add(new LessonCancelPanel(timetable, sheet, () -> {
            sheet = attendance.open(lesson.lessonId());
            build();
        }));
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
