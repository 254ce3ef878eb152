package org.ocaq.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** An academic term of one school (tədris dövrü). */
@Entity
@Table(name = "term")
class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "term_seq")
    @SequenceGenerator(name = "term_seq", sequenceName = "term_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long schoolId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected Term() {
    }

    Term(Long schoolId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.schoolId = schoolId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    Long getSchoolId() {
        return schoolId;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    TermSummary toSummary() {
        return new TermSummary(id, schoolId, name, startsOn, endsOn);
    }
}
