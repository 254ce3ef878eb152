package org.ocaq.enrolment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.ocaq.enrolment.ColumnMapping;
import org.ocaq.enrolment.RosterChangedProblem;
import org.ocaq.enrolment.RosterField;
import org.ocaq.enrolment.RosterFile;
import org.ocaq.enrolment.RosterFileProblem;
import org.ocaq.enrolment.RosterImportResult;
import org.ocaq.enrolment.RosterImportService;
import org.ocaq.enrolment.RosterPreview;
import org.ocaq.enrolment.RosterRow;
import org.ocaq.enrolment.RosterRowResult;
import org.ocaq.enrolment.RosterRowStatus;
import org.ocaq.enrolment.RosterUpload;
import org.ocaq.enrolment.RowProblem;
import org.ocaq.school.SchoolService;
import org.ocaq.school.SchoolSummary;
import org.ocaq.shared.BackgroundTasks;
import org.ocaq.shared.Role;
import org.ocaq.shared.ui.Buttons;
import org.ocaq.shared.ui.Uploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The coordinator brings a school year in from a spreadsheet: upload, say which column is which (remembered for
 * next time), look at every row as new, updated, unchanged or rejected with its reason, correct or skip rows, and
 * confirm. The import runs in the background with a progress bar; it writes everything or nothing.
 */
@Route("school/roster")
@RolesAllowed(Role.COORDINATOR_NAME)
@Menu(title = "enrolment.roster.menu", order = 25, icon = "vaadin:upload")
public class RosterImportView extends Main implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(RosterImportView.class);
    private static final String CSV = "text/csv;charset=UTF-8";

    private final transient RosterImportService roster;
    private final transient TaskExecutor background;
    private final long schoolId;

    private final Upload upload = new Upload();
    private final Paragraph message = new Paragraph();
    private final Div mappingSection = new Div();
    private final Map<RosterField, ComboBox<Integer>> columnPickers = new EnumMap<>(RosterField.class);
    private final Div previewSection = new Div();
    private final Paragraph summary = new Paragraph();
    private final Select<RosterRowStatus> filter = new Select<>();
    private final Grid<RosterRowResult> grid = new Grid<>();
    private final Div rowEditor = new Div();
    private final Map<RosterField, TextField> rowFields = new EnumMap<>(RosterField.class);
    private final Button applyFix = new Button();
    private final Button skipRow = new Button();
    private final Button confirm;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph result = new Paragraph();

    private transient RosterFile pendingFile;
    private transient List<String> headers = List.of();
    private transient List<RosterRow> rows = List.of();
    private final Set<Integer> skipped = new HashSet<>();
    private transient RosterPreview preview;
    private transient RosterRowResult editing;

    public RosterImportView(RosterImportService roster, SchoolService schools,
                            @Qualifier(BackgroundTasks.EXECUTOR) TaskExecutor background) {
        this.roster = roster;
        this.background = background;
        this.schoolId = schools.coordinatedSchools().stream().findFirst().map(SchoolSummary::id).orElse(-1L);
        addClassName("ocaq-page");
        setId("roster-import");
        add(new H2(getTranslation("enrolment.roster.title")), new Paragraph(getTranslation("enrolment.roster.intro")));
        add(downloads());

        upload.setId("roster-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFileSize(RosterImportService.MAX_FILE_BYTES);
        Uploads.localize(upload, this, "enrolment.roster.file.choose", "enrolment.roster.file.drop",
                getTranslation("enrolment.roster.file.too-large", RosterImportService.MAX_FILE_BYTES / (1024 * 1024)),
                getTranslation("enrolment.roster.file.wrong-type"));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> read(bytes)));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        message.setId("roster-message");
        message.getElement().setAttribute("role", "status");
        add(new H3(getTranslation("enrolment.roster.step.file")), upload, message);

        buildMapping();
        buildPreview();
        mappingSection.setVisible(false);
        previewSection.setVisible(false);
        confirm = Buttons.primary("roster-confirm", "", this::confirmImport);
        progress.setId("roster-progress");
        progress.setVisible(false);
        progressText.setId("roster-progress-text");
        result.setId("roster-result");
        result.getElement().setAttribute("role", "status");
        previewSection.add(confirm, progress, progressText);
        add(mappingSection, previewSection, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enrolment.roster.title") + " · Ocaq";
    }

    private Div downloads() {
        Anchor sample = new Anchor(DownloadHandler.fromInputStream(event -> {
            try (InputStream in = RosterImportView.class.getResourceAsStream("/enrolment/sample-roster.csv")) {
                byte[] bytes = in.readAllBytes();
                return new DownloadResponse(new ByteArrayInputStream(bytes), "ocaq-roster-sample.csv", CSV,
                        bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), getTranslation("enrolment.roster.sample"));
        sample.setId("roster-sample");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = roster.export(schoolId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ocaq-roster.csv", CSV,
                    bytes.length);
        }), getTranslation("enrolment.roster.export"));
        export.setId("roster-export");
        Div links = new Div(sample, new Span(" · "), export);
        links.addClassName("ocaq-links");
        return links;
    }

    private void buildMapping() {
        mappingSection.setId("roster-mapping");
        mappingSection.add(new H3(getTranslation("enrolment.roster.step.columns")),
                new Paragraph(getTranslation("enrolment.roster.columns-help")));
        Div pickers = new Div();
        pickers.addClassName("ocaq-form");
        for (RosterField field : RosterField.values()) {
            ComboBox<Integer> picker = new ComboBox<>();
            picker.setId("roster-column-" + kebab(field));
            picker.setLabel(getTranslation(field.labelKey()));
            picker.setRequiredIndicatorVisible(field.required());
            picker.setClearButtonVisible(true);
            picker.setItemLabelGenerator(column -> column < headers.size() ? headers.get(column) : "");
            columnPickers.put(field, picker);
            pickers.add(picker);
        }
        mappingSection.add(pickers, Buttons.primary("roster-preview", getTranslation("enrolment.roster.show-preview"),
                this::showPreview));
    }

    private void buildPreview() {
        previewSection.setId("roster-preview-section");
        summary.setId("roster-summary");
        filter.setId("roster-filter");
        filter.setLabel(getTranslation("enrolment.roster.filter"));
        filter.setItems(RosterRowStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("enrolment.roster.filter-all"));
        filter.setItemLabelGenerator(status -> status == null ? getTranslation("enrolment.roster.filter-all")
                : getTranslation(status.labelKey()));
        filter.addValueChangeListener(e -> refreshGrid());

        grid.setId("roster-grid");
        grid.setAriaLabel(getTranslation("enrolment.roster.step.preview"));
        grid.addColumn(r -> r.row().lineNumber()).setHeader(getTranslation("enrolment.roster.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("enrolment.roster.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.row().value(RosterField.CHILD_LAST_NAME) + " " + r.row().value(RosterField.CHILD_FIRST_NAME))
                .setHeader(getTranslation("enrolment.roster.child"));
        grid.addColumn(r -> r.row().value(RosterField.DATE_OF_BIRTH))
                .setHeader(getTranslation(RosterField.DATE_OF_BIRTH.labelKey()));
        grid.addColumn(r -> r.row().value(RosterField.CLASS_NAME))
                .setHeader(getTranslation(RosterField.CLASS_NAME.labelKey()));
        grid.addColumn(this::remarks).setHeader(getTranslation("enrolment.roster.remarks")).setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.status() == RosterRowStatus.REJECTED ? "ocaq-rejected" : null);
        grid.addSelectionListener(e -> edit(e.getFirstSelectedItem().orElse(null)));

        rowEditor.setId("roster-row-editor");
        rowEditor.addClassName("ocaq-form");
        rowEditor.setVisible(false);
        for (RosterField field : RosterField.values()) {
            TextField text = new TextField(getTranslation(field.labelKey()));
            text.setId("roster-row-" + kebab(field));
            rowFields.put(field, text);
        }
        applyFix.setId("roster-row-apply");
        applyFix.setText(getTranslation("enrolment.roster.row-apply"));
        applyFix.addClickListener(e -> applyFix());
        skipRow.setId("roster-row-skip");
        skipRow.addClickListener(e -> toggleSkip());
        previewSection.add(new H3(getTranslation("enrolment.roster.step.preview")), summary, filter, grid, rowEditor);
    }

    private void read(byte[] bytes) {
        result.setText("");
        try {
            RosterUpload read = roster.read(schoolId, bytes);
            headers = read.file().headers();
            List<Integer> columns = IntStream.range(0, headers.size()).boxed().toList();
            columnPickers.forEach((field, picker) -> {
                picker.setItems(columns);
                int column = read.mapping().column(field);
                picker.setValue(column < 0 ? null : column);
                picker.setInvalid(false);
            });
            pendingFile = read.file();
            info(getTranslation(read.mappingRemembered() ? "enrolment.roster.read-remembered"
                    : "enrolment.roster.read-guessed", read.file().lines().size()));
            mappingSection.setVisible(true);
            previewSection.setVisible(false);
        } catch (RosterFileProblem problem) {
            error(getTranslation(problem.messageKey(), problem.parameters()));
        } finally {
            upload.clearFileList();
        }
    }

    private ColumnMapping chosenMapping() {
        Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
        columnPickers.forEach((field, picker) -> {
            if (picker.getValue() != null) {
                columns.put(field, picker.getValue());
            }
        });
        return new ColumnMapping(columns);
    }

    private void showPreview() {
        ColumnMapping mapping = chosenMapping();
        List<RosterField> missing = mapping.missingRequired();
        columnPickers.forEach((field, picker) -> {
            picker.setInvalid(missing.contains(field));
            picker.setErrorMessage(missing.contains(field) ? getTranslation("enrolment.roster.column-required") : null);
        });
        Set<Integer> chosen = new HashSet<>();
        boolean twice = mapping.columns().values().stream().anyMatch(c -> !chosen.add(c));
        if (!missing.isEmpty() || twice) {
            error(getTranslation(twice ? "enrolment.roster.column-twice" : "enrolment.roster.columns-missing"));
            return;
        }
        roster.rememberMapping(schoolId, headers, mapping);
        rows = mapping.rows(pendingFile);
        skipped.clear();
        info("");
        refreshPreview();
        previewSection.setVisible(true);
    }

    private void refreshPreview() {
        preview = roster.preview(schoolId, rows, skipped);
        summary.setText(getTranslation("enrolment.roster.summary", preview.count(RosterRowStatus.NEW),
                preview.count(RosterRowStatus.UPDATED), preview.count(RosterRowStatus.UNCHANGED),
                preview.count(RosterRowStatus.REJECTED), preview.count(RosterRowStatus.SKIPPED)));
        confirm.setText(getTranslation("enrolment.roster.confirm", preview.toWrite(),
                preview.count(RosterRowStatus.REJECTED)));
        confirm.setEnabled(preview.toWrite() > 0);
        refreshGrid();
        if (editing != null) {
            edit(preview.row(editing.row().lineNumber()));
        }
    }

    private void refreshGrid() {
        RosterRowStatus only = filter.getValue();
        grid.setItems(preview == null ? List.of() : preview.rows().stream()
                .filter(r -> only == null || r.status() == only).toList());
    }

    private String remarks(RosterRowResult row) {
        if (row.status() == RosterRowStatus.REJECTED) {
            return row.problems().stream().map(p -> getTranslation(p.problem().messageKey(), p.detail()))
                    .collect(Collectors.joining(" "));
        }
        if (row.status() == RosterRowStatus.UPDATED) {
            return getTranslation("enrolment.roster.changes", row.changes().stream().sorted()
                    .map(f -> getTranslation(f.labelKey())).collect(Collectors.joining(", ")));
        }
        return "";
    }

    private void edit(RosterRowResult row) {
        editing = row;
        rowEditor.removeAll();
        rowEditor.setVisible(row != null);
        if (row == null) {
            return;
        }
        rowEditor.add(new H3(getTranslation("enrolment.roster.row-title", row.row().lineNumber(),
                getTranslation(row.status().labelKey()))));
        Map<RosterField, String> problems = new EnumMap<>(RosterField.class);
        for (RowProblem problem : row.problems()) {
            problems.merge(problem.field(), getTranslation(problem.problem().messageKey(), problem.detail()),
                    (a, b) -> a + " " + b);
        }
        rowFields.forEach((field, text) -> {
            text.setValue(row.row().value(field));
            text.setInvalid(problems.containsKey(field));
            text.setErrorMessage(problems.get(field));
            rowEditor.add(text);
        });
        skipRow.setText(getTranslation(skipped.contains(row.row().lineNumber()) ? "enrolment.roster.row-include"
                : "enrolment.roster.row-skip"));
        rowEditor.add(new Div(applyFix, skipRow));
    }

    private void applyFix() {
        if (editing == null) {
            return;
        }
        int line = editing.row().lineNumber();
        List<RosterRow> changed = new ArrayList<>(rows.size());
        for (RosterRow row : rows) {
            if (row.lineNumber() == line) {
                RosterRow fixed = row;
                for (Map.Entry<RosterField, TextField> field : rowFields.entrySet()) {
                    fixed = fixed.with(field.getKey(), field.getValue().getValue());
                }
                changed.add(fixed);
            } else {
                changed.add(row);
            }
        }
        rows = List.copyOf(changed);
        refreshPreview();
    }

    private void toggleSkip() {
        if (editing == null) {
            return;
        }
        int line = editing.row().lineNumber();
        if (!skipped.remove(line)) {
            skipped.add(line);
        }
        refreshPreview();
    }

    private void confirmImport() {
        UI ui = UI.getCurrent();
        RosterPreview seen = preview;
        List<RosterRow> rowsNow = rows;
        Set<Integer> skippedNow = Set.copyOf(skipped);
        long total = Math.max(1, seen.toWrite());
        long step = Math.max(1, total / 50);
        confirm.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("enrolment.roster.progress", 0, total));
        ui.setPollInterval(500);
        background.execute(BackgroundTasks.asCurrentUser(() -> {
            try {
                RosterImportResult done = roster.confirm(schoolId, rowsNow, skippedNow, seen, written -> {
                    if (written % step == 0 || written == total) {
                        ui.access(() -> {
                            progress.setValue((double) written / total);
                            progressText.setText(getTranslation("enrolment.roster.progress", written, total));
                        });
                    }
                });
                ui.access(() -> finished(done));
            } catch (RosterChangedProblem changed) {
                ui.access(() -> {
                    stopProgress(ui);
                    error(getTranslation("enrolment.roster.changed"));
                    refreshPreview();
                });
            } catch (RuntimeException failure) {
                LOG.error("Roster import for school {} failed; nothing was written", schoolId, failure);
                ui.access(() -> {
                    stopProgress(ui);
                    error(getTranslation("enrolment.roster.failed"));
                    confirm.setEnabled(true);
                });
            }
        }));
    }

    private void finished(RosterImportResult done) {
        stopProgress(UI.getCurrent());
        result.setText(getTranslation("enrolment.roster.done", done.newChildren(), done.updatedChildren(),
                done.newPlacements(), done.rejected() + done.skipped()));
        previewSection.setVisible(false);
        mappingSection.setVisible(false);
        info("");
        preview = null;
        rows = List.of();
        editing = null;
    }

    private void stopProgress(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        progressText.setText("");
    }

    private void info(String text) {
        message.removeClassName("ocaq-error");
        message.setText(text);
    }

    private void error(String text) {
        message.addClassName("ocaq-error");
        message.setText(text);
    }

    private static String kebab(RosterField field) {
        return field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
