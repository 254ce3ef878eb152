package org.ocaq.attendance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What was taught in a lesson and what the children are to do for the next one. Its id is the lesson's. */
@Entity
@Table(name = "lesson_record")
class LessonRecord {

    @Id
    private Long lessonId;

    @Version
    private Long version;

    private long schoolId;
    private long classId;
    private LocalDate lessonDate;
    private String topic;
    private String curriculumUnit;
    private String homework;
    private String notes;
    private String materialLinks;
    private Long lessonPlanId;
    private Instant updatedAt;
    private long updatedBy;

    protected LessonRecord() {
    }

    LessonRecord(long lessonId, long schoolId, long classId, LocalDate lessonDate) {
        this.lessonId = lessonId;
        this.schoolId = schoolId;
        this.classId = classId;
        this.lessonDate = lessonDate;
    }

    void apply(LessonRecordForm form, Instant at, long byAccount) {
        this.topic = blankToNull(form.topic());
        this.curriculumUnit = blankToNull(form.curriculumUnit());
        this.homework = blankToNull(form.homework());
        this.notes = blankToNull(form.notes());
        this.materialLinks = form.materialLinks().isEmpty() ? null : String.join("\n", form.materialLinks());
        this.updatedAt = at;
        this.updatedBy = byAccount;
    }

    void followPlan(long planId, String planTitle, Instant at, long byAccount) {
        this.lessonPlanId = planId;
        if (curriculumUnit == null || curriculumUnit.isBlank()) {
            this.curriculumUnit = planTitle;
        }
        if (topic == null || topic.isBlank()) {
            this.topic = planTitle;
        }
        this.updatedAt = at;
        this.updatedBy = byAccount;
    }

    Long getVersion() {
        return version;
    }

    LessonRecordDetails toDetails() {
        List<String> links = materialLinks == null ? List.of()
                : Arrays.stream(materialLinks.split("\n")).filter(s -> !s.isBlank()).toList();
        return new LessonRecordDetails(lessonId, new LessonRecordForm(nullToEmpty(topic), nullToEmpty(curriculumUnit),
                nullToEmpty(homework), nullToEmpty(notes), links), version, updatedAt, lessonPlanId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
