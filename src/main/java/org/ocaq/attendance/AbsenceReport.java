package org.ocaq.attendance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A family's word that a child will miss the lessons from one day to another, both included, and why. */
@Entity
@Table(name = "absence_report")
class AbsenceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_report_seq")
    @SequenceGenerator(name = "absence_report_seq", sequenceName = "absence_report_seq", allocationSize = 50)
    private Long id;

    @Version
    private Long version;

    private long childId;
    private long familyId;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;
    private long reportedBy;
    private Instant reportedAt;

    protected AbsenceReport() {
    }

    AbsenceReport(long childId, long familyId, LocalDate firstDay, LocalDate lastDay, String reason, long reportedBy,
                  Instant reportedAt) {
        this.childId = childId;
        this.familyId = familyId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    Long getId() {
        return id;
    }

    long getChildId() {
        return childId;
    }

    long getFamilyId() {
        return familyId;
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    LocalDate getLastDay() {
        return lastDay;
    }

    String getReason() {
        return reason;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    AbsenceReportSummary toSummary() {
        return new AbsenceReportSummary(id, childId, firstDay, lastDay, reason, reportedAt);
    }
}
