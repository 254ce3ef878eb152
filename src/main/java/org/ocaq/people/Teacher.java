package org.ocaq.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

@Entity
@Table(name = "teacher")
class Teacher {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teacher_seq")
    @SequenceGenerator(name = "teacher_seq", sequenceName = "teacher_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long schoolId;
    private Long accountId;
    private String fullName;
    private byte[] sortKey;
    private String searchKey;
    private String email;
    private String languages;
    private String qualifications;

    protected Teacher() {
    }

    Teacher(Long schoolId, Long accountId, TeacherForm form) {
        this.schoolId = schoolId;
        this.accountId = accountId;
        this.fullName = form.fullName().strip();
        this.sortKey = AzText.sortKey(fullName);
        this.email = form.email();
        this.searchKey = AzText.searchKey(fullName + " " + email);
        this.languages = form.languages();
        this.qualifications = form.qualifications();
    }

    Long getId() {
        return id;
    }
}
