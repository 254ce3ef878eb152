package org.ocaq.attendance;

import java.util.List;

/**
 * The teacher's record of a lesson. curriculumUnit is free text until the curriculum is linked; materialLinks are
 * web addresses of materials, one per entry.
 */
public record LessonRecordForm(String topic, String curriculumUnit, String homework, String notes,
                               List<String> materialLinks) {

    public LessonRecordForm {
        materialLinks = materialLinks == null ? List.of() : List.copyOf(materialLinks);
    }

    public static LessonRecordForm empty() {
        return new LessonRecordForm("", "", "", "", List.of());
    }
}
