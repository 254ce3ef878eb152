package org.ocaq.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

import java.time.LocalDate;

/** A child (şagird). Names in Azerbaijani Latin; passportName as in the passport or host-country spelling. */
@Entity
@Table(name = "child")
class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long familyId;
    private Long schoolId;
    private String firstName;
    private String lastName;
    private String fullName;
    private byte[] sortKey;
    private String searchKey;
    private String passportName;
    private LocalDate dateOfBirth;
    private String homeLanguages;
    private String noteForTeachers;

    protected Child() {
    }

    Child(Long familyId, Long schoolId, ChildForm form) {
        this.familyId = familyId;
        this.schoolId = schoolId;
        apply(form);
    }

    /** Takes over what a form says; the family and school stay. */
    void apply(ChildForm form) {
        this.firstName = form.firstName().strip();
        this.lastName = form.lastName().strip();
        // Lists show "Surname Name" as Azerbaijani registers do, and sort by it.
        this.fullName = lastName + " " + firstName;
        this.sortKey = AzText.sortKey(fullName);
        this.passportName = blankToNull(form.passportName());
        this.searchKey = AzText.searchKey(fullName + " " + (passportName == null ? "" : passportName));
        this.dateOfBirth = form.dateOfBirth();
        this.homeLanguages = blankToNull(form.homeLanguages());
        this.noteForTeachers = blankToNull(form.noteForTeachers());
    }

    /** A child whose family applied from outside joins the school that accepted them. */
    void joinSchool(long schoolId) {
        if (this.schoolId == null) {
            this.schoolId = schoolId;
        }
    }

    ChildForm toForm() {
        return new ChildForm(firstName, lastName, passportName, dateOfBirth, homeLanguages, noteForTeachers);
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

    Long getFamilyId() {
        return familyId;
    }

    Long getSchoolId() {
        return schoolId;
    }
}
