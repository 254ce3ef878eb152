package org.ocaq.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.MarkEntry;
import org.ocaq.attendance.SheetRow;

import java.util.EnumMap;
import java.util.Map;

/**
 * One child on the sheet: the name, four large buttons (one tap each, thumb-sized on a phone, reachable by Tab and
 * pressed with Space or Enter) and a note. The pressed button carries aria-pressed for screen readers.
 */
class SheetRowEditor extends Composite<Div> {

    private final SheetRow row;
    private final Map<AttendanceStatus, Button> buttons = new EnumMap<>(AttendanceStatus.class);
    private final TextField note = new TextField();
    private final Runnable onChange;
    private AttendanceStatus status;

    SheetRowEditor(SheetRow row, boolean editable, Runnable onChange) {
        this.row = row;
        this.onChange = onChange;
        Div root = getContent();
        root.setId("row-" + row.childId());
        root.addClassName("ocaq-sheet-row");
        Span name = new Span(row.fullName());
        name.addClassName("ocaq-sheet-name");
        name.setId("name-" + row.childId());
        Div choices = new Div();
        choices.addClassName("ocaq-sheet-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-labelledby", "name-" + row.childId());
        for (AttendanceStatus choice : AttendanceStatus.values()) {
            Button button = new Button(getTranslation("attendance.status.short." + choice.name()),
                    click -> choose(choice));
            button.setId("mark-" + row.childId() + "-" + choice.name());
            button.getElement().setAttribute("title", getTranslation("attendance.status." + choice.name()));
            button.getElement().setAttribute("aria-label", getTranslation("attendance.status." + choice.name()));
            button.addClassName("ocaq-mark-" + choice.name().toLowerCase());
            button.setEnabled(editable);
            buttons.put(choice, button);
            choices.add(button);
        }
        note.setId("note-" + row.childId());
        note.setLabel(getTranslation("attendance.sheet.note-for", row.fullName()));
        note.setMaxLength(500);
        note.setReadOnly(!editable);
        note.setValue(row.note() == null ? "" : row.note());
        note.addClassName("ocaq-sheet-note");
        note.addValueChangeListener(e -> onChange.run());
        root.add(name, choices, note);
        if (row.reportedByFamily()) {
            Span reported = new Span(getTranslation("attendance.sheet.reported-by-family"));
            reported.setId("reported-" + row.childId());
            reported.addClassName("ocaq-badge");
            root.add(reported);
        }
        if (!row.placed()) {
            Span left = new Span(getTranslation("attendance.sheet.left-class"));
            left.addClassName("ocaq-badge");
            root.add(left);
        }
        show(row.status());
    }

    /** Shows that someone else saved another mark for this child while the teacher was editing. */
    void flagSavedMeanwhile(String text) {
        Span flag = new Span(text);
        flag.setId("meanwhile-" + row.childId());
        flag.addClassName("ocaq-badge");
        flag.addClassName("ocaq-badge-warning");
        getContent().add(flag);
    }

    void choose(AttendanceStatus choice) {
        show(choice);
        onChange.run();
    }

    /** Marks the child present unless they already have a mark (a family's excuse is kept). */
    void presentIfUnmarked() {
        if (status == null) {
            show(AttendanceStatus.PRESENT);
        }
    }

    private void show(AttendanceStatus chosen) {
        this.status = chosen;
        buttons.forEach((choice, button) -> {
            boolean pressed = choice == chosen;
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    AttendanceStatus status() {
        return status;
    }

    long childId() {
        return row.childId();
    }

    SheetRow row() {
        return row;
    }

    TextField noteField() {
        return note;
    }

    MarkEntry entry() {
        return new MarkEntry(row.childId(), status, note.getValue());
    }

    /** Whether the teacher changed this row since the sheet was read. */
    boolean changed() {
        String stored = row.note() == null ? "" : row.note();
        return status != row.status() || !stored.equals(note.getValue());
    }

    /** Puts back what the teacher had entered, onto a freshly read row. */
    void restore(MarkEntry entry) {
        show(entry.status());
        note.setValue(entry.note() == null ? "" : entry.note());
    }
}
