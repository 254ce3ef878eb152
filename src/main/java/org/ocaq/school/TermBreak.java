package org.ocaq.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A holiday or break of a term: no lessons from its first to its last day, both included. */
@Entity
@Table(name = "term_break")
class TermBreak {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "term_break_seq")
    @SequenceGenerator(name = "term_break_seq", sequenceName = "term_break_seq", allocationSize = 50)
    private Long id;

    private Long termId;
    private String name;
    private LocalDate firstDay;
    private LocalDate lastDay;

    protected TermBreak() {
    }

    TermBreak(Long termId, String name, LocalDate firstDay, LocalDate lastDay) {
        this.termId = termId;
        this.name = name;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    Long getTermId() {
        return termId;
    }

    TermBreakSummary toSummary() {
        return new TermBreakSummary(id, name, firstDay, lastDay);
    }
}
