package org.ocaq.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.attendance.AbsenceReportSummary;
import org.ocaq.attendance.AttendanceStatus;
import org.ocaq.attendance.ChildJournal;
import org.ocaq.attendance.FamilyAttendanceService;
import org.ocaq.attendance.JournalEntry;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.ocaq.material.MaterialService;
import org.ocaq.material.MaterialSummary;
import org.ocaq.material.ui.MaterialList;

/**
 * One child's attendance for the family at /family/children/&lt;child&gt;/attendance: the lessons of the last eight
 * weeks and the next four with each mark, homework and materials, a form to report an absence in advance, and the
 * family's reports with a way to take one back. Laid out as a single column of cards so that it reads on a phone.
 */
@Route("family/children/:childId(\\d{1,18})/attendance")
@RolesAllowed({Role.PARENT_NAME, Role.COORDINATOR_NAME})
class ChildAttendanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int WEEKS_BACK = 8;
    static final int WEEKS_AHEAD = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient FamilyAttendanceService attendance;
    private final transient MaterialService materials;
    private final Paragraph counts = new Paragraph();
    private final UnorderedList journal = new UnorderedList();
    private final Div reports = new Div();
    private final Paragraph message = new Paragraph();
    private long childId;
    private LocalDate today;
    private String childName = "";

    ChildAttendanceView(FamilyAttendanceService attendance, MaterialService materials) {
        this.attendance = attendance;
        this.materials = materials;
        addClassName("ocaq-page");
        setId("child-attendance");
        counts.setId("attendance-counts");
        journal.setId("journal");
        reports.setId("absence-reports");
        message.setId("child-attendance-message");
        message.getElement().setAttribute("role", "status");
    }

    /** The address of a child's attendance page, for links from other features' pages. */
    static String path(long childId) {
        return "family/children/" + childId + "/attendance";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("childId").orElse(-1L);
        ChildJournal shown;
        try {
            today = attendance.firstReportableDay(id);
            shown = attendance.childJournal(id, today.minusWeeks(WEEKS_BACK), today.plusWeeks(WEEKS_AHEAD));
        } catch (AccessDeniedException notYours) {
            // Another family's child looks exactly like one that does not exist.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        childId = id;
        childName = shown.childName();
        removeAll();
        H2 title = new H2(getTranslation("absence.page.title", childName));
        title.setId("child-attendance-title");
        Anchor back = new Anchor("family", getTranslation("absence.page.back"));
        back.setId("child-attendance-back");
        Section lessons = new Section(new H3(getTranslation("absence.journal.title")), counts, journal);
        lessons.addClassName("ocaq-section");
        Section reported = new Section(new H3(getTranslation("absence.reports.title")), reports);
        reported.addClassName("ocaq-section");
        add(title, new Paragraph(getTranslation("absence.page.intro")), message,
                new AbsenceReportForm(attendance, childId, today, this::refresh), reported, lessons, back);
        showJournal(shown);
        showReports(attendance.absenceReports(childId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("absence.page.title", childName);
    }

    private void refresh() {
        message.setText("");
        showJournal(attendance.childJournal(childId, today.minusWeeks(WEEKS_BACK), today.plusWeeks(WEEKS_AHEAD)));
        showReports(attendance.absenceReports(childId));
    }

    private void showJournal(ChildJournal shown) {
        String tally = getTranslation("absence.journal.counts", shown.count(AttendanceStatus.PRESENT),
                shown.count(AttendanceStatus.LATE), shown.count(AttendanceStatus.EXCUSED),
                shown.count(AttendanceStatus.UNEXCUSED));
        java.util.OptionalDouble rate = shown.rate();
        counts.setText(rate.isPresent() ? getTranslation("absence.journal.rate",
                java.text.NumberFormat.getPercentInstance(getLocale()).format(rate.getAsDouble())) + " · " + tally
                : tally);
        journal.removeAll();
        List<JournalEntry> newestFirst = shown.lessons().reversed();
        if (newestFirst.isEmpty()) {
            journal.add(new ListItem(getTranslation("absence.journal.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        // The files teachers attached, for all the lessons shown in one call.
        Map<Long, List<MaterialSummary>> files = materials.materialsOfLessons(
                newestFirst.stream().map(JournalEntry::lessonId).toList());
        for (JournalEntry entry : newestFirst) {
            journal.add(lesson(entry, date, files.getOrDefault(entry.lessonId(), List.of())));
        }
    }

    private ListItem lesson(JournalEntry entry, DateTimeFormatter date, List<MaterialSummary> files) {
        String id = "lesson-" + entry.lessonId();
        ListItem item = new ListItem();
        item.setId(id);
        item.addClassName("ocaq-journal-lesson");
        item.add(new Paragraph(getTranslation("absence.journal.lesson", date.format(entry.date()),
                TIME.format(entry.startsAt()), entry.className())));
        Span status = new Span(statusText(entry));
        status.setId(id + "-status");
        status.getElement().getThemeList().add("badge");
        String theme = themeOf(entry);
        if (theme != null) {
            status.getElement().getThemeList().add(theme);
        }
        item.add(new Paragraph(status));
        if (entry.note() != null && !entry.reportedAbsent()) {
            item.add(new Paragraph(getTranslation("absence.journal.note", entry.note())));
        }
        if (entry.topic() != null && !entry.topic().isBlank()) {
            item.add(new Paragraph(getTranslation("absence.journal.topic", entry.topic())));
        }
        if (entry.homework() != null && !entry.homework().isBlank()) {
            Paragraph homework = new Paragraph(getTranslation("absence.journal.homework", entry.homework()));
            homework.setId(id + "-homework");
            item.add(homework);
        }
        if (!entry.materialLinks().isEmpty()) {
            UnorderedList links = new UnorderedList();
            links.setId(id + "-materials");
            for (String link : entry.materialLinks()) {
                Anchor anchor = new Anchor(link, link);
                anchor.setTarget("_blank");
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                links.add(new ListItem(anchor));
            }
            item.add(new Paragraph(getTranslation("absence.journal.materials")), links);
        }
        if (!files.isEmpty()) {
            MaterialList list = new MaterialList(id + "-files");
            list.setItems(files);
            item.add(new Paragraph(getTranslation("absence.journal.files")), list);
        }
        return item;
    }

    private String statusText(JournalEntry entry) {
        if (entry.cancelled()) {
            return getTranslation("absence.journal.cancelled");
        }
        if (entry.reportedAbsent()) {
            return getTranslation("absence.journal.reported", entry.note());
        }
        if (entry.status() == null) {
            return getTranslation("absence.journal.not-taken");
        }
        return getTranslation("attendance.status." + entry.status().name());
    }

    private static String themeOf(JournalEntry entry) {
        if (entry.cancelled() || entry.status() == null) {
            return entry.reportedAbsent() ? "contrast" : null;
        }
        return switch (entry.status()) {
            case PRESENT -> "success";
            case LATE, EXCUSED -> "contrast";
            case UNEXCUSED -> "error";
        };
    }

    private void showReports(List<AbsenceReportSummary> list) {
        reports.removeAll();
        if (list.isEmpty()) {
            reports.add(new Paragraph(getTranslation("absence.reports.none")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (AbsenceReportSummary report : list) {
            String id = "absence-report-" + report.id();
            Div card = new Div();
            card.setId(id);
            card.add(new Paragraph(getTranslation("absence.reports.entry", date.format(report.firstDay()),
                    date.format(report.lastDay()), report.reason())));
            if (!report.lastDay().isBefore(today)) {
                Button withdraw = new Button(getTranslation("absence.reports.withdraw"), e -> withdraw(report));
                withdraw.setId(id + "-withdraw");
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                card.add(withdraw);
            }
            reports.add(card);
        }
    }

    private void withdraw(AbsenceReportSummary report) {
        try {
            attendance.withdrawAbsenceReport(report.id());
        } catch (FieldProblems problems) {
            message.setText(problems.byField().values().stream().flatMap(List::stream).findFirst()
                    .map(this::getTranslation).orElse(""));
            return;
        }
        refresh();
        message.setText(getTranslation("absence.reports.withdrawn"));
    }
}
