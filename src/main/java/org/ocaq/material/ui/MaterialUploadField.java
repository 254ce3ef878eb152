package org.ocaq.material.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.ocaq.material.MaterialKind;
import org.ocaq.material.MaterialProblem;
import org.ocaq.material.MaterialSummary;
import org.ocaq.shared.ui.Uploads;

import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The upload of one material with its result in words. The browser's size limit is only a courtesy: the service
 * judges the bytes as they arrive and says why it refused.
 */
public class MaterialUploadField extends Composite<Div> {

    /** What to do with the uploaded stream: one service call that stores and records it. */
    @FunctionalInterface
    public interface Attach {
        MaterialSummary attach(String fileName, InputStream content);
    }

    private final Paragraph message = new Paragraph();

    public MaterialUploadField(String id, Attach attach, Runnable afterAttempt) {
        Upload upload = new Upload();
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MaterialKind.AUDIO.maxBytes());
        Uploads.localize(upload, this, "material.upload.add", "material.upload.drop",
                getTranslation("material.upload.too-large-browser"),
                getTranslation("material.upload.wrong-type-browser"));
        message.setId(id + "-message");
        message.getElement().setAttribute("role", "status");
        upload.setUploadHandler((UploadHandler) event -> {
            UI ui = event.getUI();
            String text;
            try {
                MaterialSummary added = attach.attach(event.getFileName(), event.getInputStream());
                text = getTranslation("material.upload.added", added.fileName());
            } catch (MaterialProblem problem) {
                text = getTranslation(problem.messageKey(), problem.parameters());
            } catch (UncheckedIOException e) {
                text = getTranslation("material.upload.failed");
            }
            String shown = text;
            ui.access(() -> {
                message.setText(shown);
                afterAttempt.run();
            });
        });
        getContent().add(upload, message);
    }

    /** Says something in the same place as the upload's results (a removal, a share). */
    public void say(String text) {
        message.setText(text);
    }
}
