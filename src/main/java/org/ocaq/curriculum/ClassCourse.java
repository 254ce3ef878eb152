package org.ocaq.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The course a class follows. */
@Entity
@Table(name = "curriculum_class_course")
class ClassCourse {

    @Id
    private Long classId;
    private long schoolId;
    private long courseId;
    private Instant setAt;
    private long setBy;

    protected ClassCourse() {
    }

    ClassCourse(long classId, long schoolId) {
        this.classId = classId;
        this.schoolId = schoolId;
    }

    void follow(long courseId, Instant at, long byAccount) {
        this.courseId = courseId;
        this.setAt = at;
        this.setBy = byAccount;
    }

    long getCourseId() {
        return courseId;
    }
}
