package org.ocaq.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.ocaq.school.SchoolService;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.ui.Uploads;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The logo part of the school editor: upload, preview and removal. An upload is stored at once, apart from the
 * school's form, so a refused file leaves everything typed in the form as it was. The service decides what is
 * accepted (by the file's bytes); the upload's own limits only spare the user a pointless transfer.
 */
class SchoolLogoEditor extends Section {

    private final transient SchoolService schools;
    private final Upload upload = new Upload();
    private final Div preview = new Div();
    private final Paragraph message = new Paragraph();
    private final Button remove = new Button();
    private Long schoolId;
    private String schoolName = "";

    SchoolLogoEditor(SchoolService schools) {
        this.schools = schools;
        setId("school-logo");
        preview.setId("school-logo-preview");
        message.setId("school-logo-message");
        upload.setId("school-logo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SchoolService.LOGO_MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", ".png", "image/jpeg", ".jpg", ".jpeg", "image/webp", ".webp");
        Uploads.localize(upload, this, "school.logo.upload", "school.logo.drop", getTranslation("school.logo.too-large"),
                getTranslation("school.logo.wrong-type"));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> store(bytes)));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        remove.setText(getTranslation("school.logo.remove"));
        remove.setId("school-logo-remove");
        remove.addClickListener(e -> removeLogo());
        Paragraph help = new Paragraph(getTranslation("school.logo.help"));
        add(new H3(getTranslation("school.logo.title")), preview, help, upload, remove, message);
    }

    void show(long schoolId, String schoolName, boolean hasLogo) {
        this.schoolId = schoolId;
        this.schoolName = schoolName;
        upload.clearFileList();
        message.setText("");
        message.removeClassName("ocaq-error");
        showLogo(hasLogo);
    }

    private void store(byte[] bytes) {
        try {
            schools.changeLogo(schoolId, bytes);
            message.removeClassName("ocaq-error");
            message.setText(getTranslation("school.logo.saved"));
            showLogo(true);
        } catch (FieldProblems problems) {
            showError(problems.byField().getOrDefault("logo", List.of("school.logo.upload-failed")).stream()
                    .map(this::getTranslation).collect(Collectors.joining(" ")));
        } finally {
            upload.clearFileList();
        }
    }

    private void removeLogo() {
        schools.removeLogo(schoolId);
        message.removeClassName("ocaq-error");
        message.setText(getTranslation("school.logo.removed"));
        showLogo(false);
    }

    private void showError(String text) {
        message.addClassName("ocaq-error");
        message.setText(text);
    }

    private void showLogo(boolean hasLogo) {
        preview.removeAll();
        if (hasLogo) {
            SchoolLogoImage image = new SchoolLogoImage(schools, schoolId, schoolName);
            image.setId("school-logo-image");
            preview.add(image);
        } else {
            preview.add(new Paragraph(getTranslation("school.logo.none")));
        }
        remove.setVisible(hasLogo);
    }
}
