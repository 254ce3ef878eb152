package org.ocaq.enrolment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A school's remembered column mapping for one header line. */
@Entity
@Table(name = "roster_column_mapping")
class RosterColumnMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roster_column_mapping_seq")
    @SequenceGenerator(name = "roster_column_mapping_seq", sequenceName = "roster_column_mapping_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private long schoolId;
    private String headerSignature;
    private String columnsByField;
    private Instant updatedAt;

    protected RosterColumnMapping() {
    }

    RosterColumnMapping(long schoolId, String headerSignature) {
        this.schoolId = schoolId;
        this.headerSignature = headerSignature;
    }

    void remember(String columnsByField, Instant at) {
        this.columnsByField = columnsByField;
        this.updatedAt = at;
    }

    String getColumnsByField() {
        return columnsByField;
    }
}
