package org.ocaq.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A course of the curriculum as last loaded from its course.yaml. */
@Entity
@Table(name = "curriculum_course")
class CurriculumCourse extends CurriculumItem {

    private String titleAz;
    private String titleEn;
    private String titleRu;
    private String level;
    private Integer ageFrom;
    private Integer ageTo;
    private String descriptionAz;
    private String descriptionEn;
    private String descriptionRu;

    protected CurriculumCourse() {
    }

    CurriculumCourse(String slug) {
        super(slug);
    }

    void load(CurriculumFiles.Course file, Instant at) {
        titleAz = file.title().az();
        titleEn = file.title().en();
        titleRu = file.title().ru();
        level = file.level();
        ageFrom = file.ageFrom();
        ageTo = file.ageTo();
        descriptionAz = file.description() == null ? null : file.description().az();
        descriptionEn = file.description() == null ? null : file.description().en();
        descriptionRu = file.description() == null ? null : file.description().ru();
        loaded(at);
    }

    CourseSummary toSummary(int units) {
        return new CourseSummary(getId(), getSlug(), new LocalizedText(titleAz, titleEn, titleRu), level, ageFrom, ageTo,
                new LocalizedText(descriptionAz, descriptionEn, descriptionRu), units, isRetired());
    }
}
