package org.ocaq.classes.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.ocaq.classes.ClassDetails;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.WeeklySlot;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.Forms;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Creates or changes a class with all it has: ages, language, capacity, room, online link and its weekly slots. The
 * rules live in {@link ClassService}; this form shows their problems on the fields and never loses what was typed.
 */
class ClassEditor extends Composite<Div> {

    /** The languages a class can be taught in, as ISO 639 codes. */
    static final List<String> LANGUAGES = List.of("az", "en", "de", "fr", "nl", "sv", "ru", "tr", "fa");

    private final transient ClassService classes;
    private final long schoolId;
    private final transient LongConsumer onSaved;

    private final H3 title = new H3();
    private final Paragraph message = new Paragraph();
    private final TextField name = new TextField();
    private final TextField subject = new TextField();
    private final TextField level = new TextField();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final Select<String> language = new Select<>();
    private final IntegerField capacity = new IntegerField();
    private final TextField room = new TextField();
    private final TextField meetingLink = new TextField();
    private final Checkbox openForEnrolment = new Checkbox();
    private final Div slotRows = new Div();
    private final List<SlotRow> slots = new ArrayList<>();

    private Long classId;
    private long version;

    ClassEditor(ClassService classes, long schoolId, LongConsumer onSaved) {
        this.classes = classes;
        this.schoolId = schoolId;
        this.onSaved = onSaved;
        Div root = getContent();
        root.setId("class-editor");
        message.setId("class-editor-message");
        message.getElement().setAttribute("role", "alert");
        setUp(name, "class-name", "classes.editor.name");
        setUp(subject, "class-subject", "classes.editor.subject");
        setUp(level, "class-level", "classes.editor.level");
        setUp(minAge, "class-min-age", "classes.editor.min-age");
        setUp(maxAge, "class-max-age", "classes.editor.max-age");
        language.setId("class-language");
        language.setLabel(getTranslation("classes.editor.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("classes.language." + code));
        setUp(capacity, "class-capacity", "classes.editor.capacity");
        setUp(room, "class-room", "classes.editor.room");
        setUp(meetingLink, "class-link", "classes.editor.meeting-link");
        meetingLink.setHelperText(getTranslation("classes.editor.meeting-link-help"));
        openForEnrolment.setId("class-open");
        openForEnrolment.setLabel(getTranslation("classes.editor.open"));

        // One column on a phone, two from 40em: the fields stack at 360 px.
        FormLayout fields = new FormLayout(name, subject, level, minAge, maxAge, language, capacity, room,
                meetingLink, openForEnrolment);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        slotRows.setId("class-slots");
        Button addSlot = button("class-slot-add", "classes.editor.slot-add",
                () -> addSlot(new WeeklySlotDraft(DayOfWeek.SATURDAY, LocalTime.of(10, 0), 60)));
        addSlot.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = button("class-save", "classes.editor.save", this::save);
        Button close = button("class-close", "classes.editor.close", () -> setVisible(false));
        close.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, close);
        actions.addClassName("ocaq-form");
        root.add(title, message, fields, new H3(getTranslation("classes.editor.slots")), slotRows, addSlot, actions);
        setVisible(false);
    }

    /** Opens the editor empty, for a new class. */
    void newClass() {
        classId = null;
        version = 0;
        title.setText(getTranslation("classes.editor.new-title"));
        fill(new ClassForm(null, null, null, 0, 0, null, 0, null, null, false, List.of()));
        minAge.clear();
        maxAge.clear();
        capacity.clear();
        setVisible(true);
    }

    /** Opens the editor on a class as it is now. */
    void edit(long id) {
        ClassDetails details = classes.getClass(id);
        classId = id;
        version = details.version();
        title.setText(getTranslation("classes.editor.edit-title", details.form().name()));
        fill(details.form());
        setVisible(true);
    }

    private void fill(ClassForm form) {
        message.setText("");
        name.setValue(text(form.name()));
        subject.setValue(text(form.subject()));
        level.setValue(text(form.level()));
        minAge.setValue(form.minAge());
        maxAge.setValue(form.maxAge());
        language.setValue(form.language());
        capacity.setValue(form.capacity());
        room.setValue(text(form.room()));
        meetingLink.setValue(text(form.meetingLink()));
        openForEnrolment.setValue(form.openForEnrolment());
        slots.clear();
        slotRows.removeAll();
        form.slots().forEach(s -> addSlot(new WeeklySlotDraft(s.day(), s.startsAt(), s.durationMinutes())));
        Forms.showProblems(Map.of(), problemFields());
    }

    private void save() {
        message.setText("");
        Forms.showProblems(Map.of(), problemFields());
        List<WeeklySlot> weeklySlots = new ArrayList<>();
        boolean slotsValid = true;
        for (SlotRow row : slots) {
            WeeklySlot slot = row.toSlot();
            slotsValid &= slot != null;
            weeklySlots.add(slot);
        }
        if (!slotsValid) {
            message.setText(getTranslation("classes.timetable.slot-invalid"));
            return;
        }
        // A blank age or capacity goes to the service as out of range, so that it reports the field.
        ClassForm form = new ClassForm(name.getValue(), blankToNull(subject.getValue()), blankToNull(level.getValue()),
                number(minAge, 0), number(maxAge, -1), language.getValue(), number(capacity, 0),
                blankToNull(room.getValue()), blankToNull(meetingLink.getValue()), openForEnrolment.getValue(),
                weeklySlots);
        try {
            long saved;
            if (classId == null) {
                saved = classes.createClass(schoolId, form);
            } else {
                classes.updateClass(classId, version, form);
                saved = classId;
            }
            edit(saved);
            message.setText(getTranslation("classes.editor.saved"));
            onSaved.accept(saved);
        } catch (FieldProblems problems) {
            Forms.showProblems(problems.byField(), problemFields());
        } catch (OptimisticLockingFailureException stale) {
            message.setText(getTranslation("shared.error.conflict"));
        }
    }

    private Map<String, HasValidation> problemFields() {
        return Map.of("name", name, "maxAge", maxAge, "capacity", capacity, "meetingLink", meetingLink);
    }

    private void addSlot(WeeklySlotDraft draft) {
        SlotRow row = new SlotRow(draft);
        slots.add(row);
        slotRows.add(row.layout);
        renumber();
    }

    private void removeSlot(SlotRow row) {
        slots.remove(row);
        slotRows.remove(row.layout);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).number(i);
        }
    }

    private void setUp(com.vaadin.flow.component.HasLabel field, String id, String labelKey) {
        ((com.vaadin.flow.component.Component) field).setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private Button button(String id, String labelKey, Runnable action) {
        return Buttons.primary(id, getTranslation(labelKey), action);
    }

    private static int number(IntegerField field, int blank) {
        return field.getValue() == null ? blank : field.getValue();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What a slot row holds before it is a valid {@link WeeklySlot}. */
    private record WeeklySlotDraft(DayOfWeek day, LocalTime startsAt, Integer minutes) {
    }

    /** One weekly slot as a row of fields: day, start time, minutes and a remove button. */
    private final class SlotRow {
        private final Select<DayOfWeek> day = new Select<>();
        private final TimePicker startsAt = new TimePicker();
        private final IntegerField minutes = new IntegerField();
        private final Button remove = new Button();
        private final Div layout = new Div(day, startsAt, minutes, remove);

        SlotRow(WeeklySlotDraft draft) {
            day.setLabel(getTranslation("classes.timetable.slot-day"));
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
            day.setValue(draft.day());
            startsAt.setLabel(getTranslation("classes.timetable.slot-time"));
            startsAt.setValue(draft.startsAt());
            minutes.setLabel(getTranslation("classes.timetable.slot-minutes"));
            minutes.setHelperText(getTranslation("classes.editor.slot-minutes-help"));
            minutes.setValue(draft.minutes());
            remove.setText(getTranslation("classes.editor.slot-remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> removeSlot(this));
            layout.addClassName("ocaq-form");
        }

        void number(int index) {
            day.setId("class-slot-day-" + index);
            startsAt.setId("class-slot-time-" + index);
            minutes.setId("class-slot-minutes-" + index);
            remove.setId("class-slot-remove-" + index);
        }

        /** The slot, or null after marking the fields that keep it from being one. */
        WeeklySlot toSlot() {
            day.setErrorMessage(getTranslation("classes.editor.slot-day-required"));
            day.setInvalid(day.getValue() == null);
            startsAt.setErrorMessage(getTranslation("classes.editor.slot-time-required"));
            startsAt.setInvalid(startsAt.getValue() == null);
            minutes.setInvalid(false);
            if (day.isInvalid() || startsAt.isInvalid()) {
                return null;
            }
            try {
                return new WeeklySlot(day.getValue(), startsAt.getValue(),
                        minutes.getValue() == null ? 0 : minutes.getValue());
            } catch (IllegalArgumentException outOfRange) {
                minutes.setErrorMessage(getTranslation("classes.editor.slot-minutes-invalid"));
                minutes.setInvalid(true);
                return null;
            }
        }
    }
}
