package org.ocaq.classes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

import java.util.HashSet;
import java.util.Set;

/** A class (qrup) of a school: children of an age range or level, taught in one language by one or more teachers. */
@Entity
@Table(name = "school_class")
class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_class_seq")
    @SequenceGenerator(name = "school_class_seq", sequenceName = "school_class_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long schoolId;
    private String name;
    private byte[] sortKey;
    private String subject;
    private String level;
    private int minAge;
    private int maxAge;
    private String language;
    private int capacity;

    /** Accounts of the teachers; teachers are people, classes only keep who may teach here. */
    @ElementCollection
    @CollectionTable(name = "class_teacher", joinColumns = @JoinColumn(name = "class_id"))
    @Column(name = "teacher_account_id")
    private Set<Long> teacherAccountIds = new HashSet<>();

    protected SchoolClass() {
    }

    SchoolClass(Long schoolId) {
        this.schoolId = schoolId;
    }

    void apply(ClassForm form) {
        this.name = form.name().strip();
        this.sortKey = AzText.sortKey(name);
        this.subject = form.subject();
        this.level = form.level();
        this.minAge = form.minAge();
        this.maxAge = form.maxAge();
        this.language = form.language();
        this.capacity = form.capacity();
    }

    Long getId() {
        return id;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Set<Long> getTeacherAccountIds() {
        return teacherAccountIds;
    }
}
