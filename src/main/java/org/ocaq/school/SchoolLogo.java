package org.ocaq.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A school's logo, in a table of its own so that lists of schools never read the bytes. */
@Entity
@Table(name = "school_logo")
class SchoolLogo {

    @Id
    private Long schoolId;

    // A wrapper, so that Spring Data sees a logo not yet saved as new although its id is the school's.
    @Version
    private Long version;

    private String contentType;

    @Column(columnDefinition = "mediumblob")
    private byte[] bytes;

    protected SchoolLogo() {
    }

    SchoolLogo(long schoolId) {
        this.schoolId = schoolId;
    }

    void replace(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    LogoImage toImage() {
        return new LogoImage(contentType, bytes.clone(), version);
    }
}
