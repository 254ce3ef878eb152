package org.ocaq.classes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private String room;
    private String meetingLink;
    private boolean openForEnrolment;

    @ElementCollection
    @CollectionTable(name = "class_slot", joinColumns = @JoinColumn(name = "class_id"))
    @OrderColumn(name = "position")
    private List<ClassSlot> slots = new ArrayList<>();

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
        this.room = blankToNull(form.room());
        this.meetingLink = blankToNull(form.meetingLink());
        this.openForEnrolment = form.openForEnrolment();
        this.slots.clear();
        form.slots().forEach(slot -> this.slots.add(new ClassSlot(slot)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long getVersion() {
        return version;
    }

    List<WeeklySlot> getSlots() {
        return slots.stream().map(ClassSlot::toSlot).toList();
    }

    ClassForm toForm() {
        return new ClassForm(name, subject, level, minAge, maxAge, language, capacity, room, meetingLink,
                openForEnrolment, getSlots());
    }

    PublicClass toPublic() {
        return new PublicClass(id, schoolId, name, subject, level, minAge, maxAge, language, meetingLink != null,
                room != null || meetingLink == null, getSlots());
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
