package org.ocaq.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.ocaq.material.MaterialService;
import org.ocaq.material.MaterialSummary;
import org.ocaq.material.ui.MaterialList;
import org.ocaq.material.ui.MaterialUploadField;

/**
 * The lesson's materials: files the teacher uploads (checked on the server by content and size as they arrive),
 * the list to open them, and removal of one that was a mistake.
 */
class LessonMaterialsPanel extends Composite<Div> {

    private final transient MaterialService materials;
    private final long lessonId;
    private final MaterialList list;
    private MaterialUploadField upload;

    LessonMaterialsPanel(MaterialService materials, long lessonId, boolean mayUpload) {
        this.materials = materials;
        this.lessonId = lessonId;
        this.list = new MaterialList("materials-list", mayUpload ? this::remove : null, null);
        Div section = getContent();
        section.setId("lesson-materials");
        section.addClassName("ocaq-form");
        section.add(new H3(getTranslation("attendance.materials.title")), list);
        if (mayUpload) {
            upload = new MaterialUploadField("materials-upload",
                    (name, content) -> materials.attachToLesson(lessonId, name, content), this::refresh);
            section.add(upload);
        }
        refresh();
    }

    private void remove(MaterialSummary material) {
        materials.remove(material.id());
        refresh();
        upload.say(getTranslation("material.list.removed", material.fileName()));
    }

    private void refresh() {
        list.setItems(materials.lessonMaterials(lessonId));
    }
}
