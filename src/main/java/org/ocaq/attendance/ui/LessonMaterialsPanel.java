package org.ocaq.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.UploadHandler;
import org.ocaq.material.MaterialKind;
import org.ocaq.material.MaterialProblem;
import org.ocaq.material.MaterialService;
import org.ocaq.material.MaterialSummary;
import org.ocaq.shared.ui.Uploads;

import java.util.List;

/**
 * The lesson's materials: files the teacher uploads (checked on the server by content and size as they arrive) and
 * the list to open them; images are shown small and audio plays in the page, everything else is downloaded.
 */
class LessonMaterialsPanel extends Composite<Div> {

    private final transient MaterialService materials;
    private final long lessonId;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph message = new Paragraph();

    LessonMaterialsPanel(MaterialService materials, long lessonId, boolean mayUpload) {
        this.materials = materials;
        this.lessonId = lessonId;
        Div section = getContent();
        section.setId("lesson-materials");
        section.addClassName("ocaq-form");
        list.setId("materials-list");
        message.setId("materials-message");
        message.getElement().setAttribute("role", "status");
        section.add(new H3(getTranslation("attendance.materials.title")), list);
        if (mayUpload) {
            Upload upload = new Upload();
            upload.setId("materials-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize((int) MaterialKind.AUDIO.maxBytes());
            Uploads.localize(upload, this, "attendance.materials.add", "attendance.materials.drop",
                    getTranslation("attendance.materials.too-large"), getTranslation("attendance.materials.wrong-type"));
            // The browser's limits are a courtesy; the server checks the bytes themselves (MaterialUploads).
            upload.setUploadHandler((UploadHandler) event -> {
                UI ui = event.getUI();
                String text;
                try {
                    MaterialSummary added = materials.attachToLesson(lessonId, event.getFileName(),
                            event.getInputStream());
                    text = getTranslation("attendance.materials.added", added.fileName());
                } catch (MaterialProblem problem) {
                    text = getTranslation(problem.messageKey(), problem.parameters());
                } catch (java.io.UncheckedIOException e) {
                    text = getTranslation("attendance.materials.failed");
                }
                String shown = text;
                ui.access(() -> {
                    message.setText(shown);
                    refresh();
                });
            });
            section.add(upload);
        }
        section.add(message);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<MaterialSummary> found = materials.lessonMaterials(lessonId);
        if (found.isEmpty()) {
            list.add(new ListItem(getTranslation("attendance.materials.none")));
        }
        for (MaterialSummary material : found) {
            ListItem item = new ListItem();
            item.setId("material-" + material.id());
            Anchor open = new Anchor(material.address(), material.fileName());
            // A file, not a view: the router must let the browser fetch it.
            open.getElement().setAttribute("router-ignore", true);
            if (!material.inline()) {
                open.getElement().setAttribute("download", material.fileName());
            }
            item.add(open);
            if (material.kind() == MaterialKind.IMAGE) {
                Image thumbnail = new Image(material.address(), material.fileName());
                thumbnail.addClassName("ocaq-material-thumbnail");
                item.add(thumbnail);
            } else if (material.kind() == MaterialKind.AUDIO) {
                Element audio = new Element("audio");
                audio.setAttribute("controls", true);
                audio.setAttribute("preload", "none");
                audio.setAttribute("src", material.address());
                audio.setAttribute("aria-label", material.fileName());
                item.getElement().appendChild(audio);
            }
            list.add(item);
        }
    }
}
