package org.ocaq.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

/** A family: one or more guardians and their children. schoolId is the school it belongs to, if any yet. */
@Entity
@Table(name = "family")
class Family {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_seq")
    @SequenceGenerator(name = "family_seq", sequenceName = "family_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long schoolId;
    private String name;
    private byte[] sortKey;

    protected Family() {
    }

    Family(Long schoolId, String name) {
        this.schoolId = schoolId;
        this.name = name.strip();
        this.sortKey = AzText.sortKey(this.name);
    }

    /** A family that signed up on its own joins the first school that accepts one of its children. */
    void joinSchool(long schoolId) {
        if (this.schoolId == null) {
            this.schoolId = schoolId;
        }
    }

    void rename(String name) {
        this.name = name.strip();
        this.sortKey = AzText.sortKey(this.name);
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

    String getName() {
        return name;
    }
}
