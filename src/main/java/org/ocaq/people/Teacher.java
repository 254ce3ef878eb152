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
    private String subjects;
    private String passportName;

    protected Teacher() {
    }

    Teacher(Long schoolId, Long accountId, TeacherForm form) {
        this.schoolId = schoolId;
        this.accountId = accountId;
        apply(form);
    }

    /** Takes over what a form says; the school and the linked account stay. */
    void apply(TeacherForm form) {
        this.fullName = form.fullName().strip();
        this.sortKey = AzText.sortKey(fullName);
        this.email = form.email() == null || form.email().isBlank() ? null
                : form.email().strip().toLowerCase(java.util.Locale.ROOT);
        this.searchKey = AzText.searchKey(fullName + " " + (email == null ? "" : email));
        this.languages = blankToNull(form.languages());
        this.qualifications = blankToNull(form.qualifications());
        this.subjects = blankToNull(form.subjects());
        this.passportName = blankToNull(form.passportName());
    }

    TeacherForm toForm() {
        return new TeacherForm(fullName, email, languages, qualifications, subjects, passportName);
    }

    void linkAccount(Long accountId) {
        this.accountId = accountId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getAccountId() {
        return accountId;
    }

    String getEmail() {
        return email;
    }
}
