package org.ocaq.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A unit of a course, in its place in the course's order. */
@Entity
@Table(name = "curriculum_unit")
class CurriculumUnit extends CurriculumItem {

    private long courseId;
    private int position;
    private String titleAz;
    private String titleEn;
    private String titleRu;

    protected CurriculumUnit() {
    }

    CurriculumUnit(String slug) {
        super(slug);
    }

    void load(CurriculumFiles.Unit file, long courseId, Instant at) {
        this.courseId = courseId;
        this.position = file.order();
        this.titleAz = file.title().az();
        this.titleEn = file.title().en();
        this.titleRu = file.title().ru();
        loaded(at);
    }

    long getCourseId() {
        return courseId;
    }

    UnitSummary toSummary() {
        return new UnitSummary(getId(), getSlug(), courseId, position, new LocalizedText(titleAz, titleEn, titleRu),
                isRetired());
    }
}
