package org.ocaq.school;

import org.ocaq.security.AccessPolicy;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holidays and breaks of a school's terms: the school's coordinator changes them, its teachers see them. Kept beside
 * {@link SchoolService} rather than in it so that the term calendar can grow without crowding the school's door.
 */
@Service
@Transactional
public class TermService {

    private final TermRepository terms;
    private final TermBreakRepository breaks;
    private final SchoolRepository schools;
    private final AccessPolicy access;
    private final SchoolZones zones;

    TermService(TermRepository terms, TermBreakRepository breaks, SchoolRepository schools, AccessPolicy access,
                SchoolZones zones) {
        this.zones = zones;
        this.terms = terms;
        this.breaks = breaks;
        this.schools = schools;
        this.access = access;
    }

    public long addBreak(long termId, String name, LocalDate firstDay, LocalDate lastDay) {
        Term term = load(termId);
        access.checkChange(Owner.school(term.getSchoolId()));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", List.of("school.term-break.name-required"));
        } else if (name.strip().length() > 120) {
            problems.put("name", List.of("school.term-break.name-too-long"));
        }
        if (firstDay == null || lastDay == null) {
            problems.put("lastDay", List.of("school.term-break.days-required"));
        } else if (lastDay.isBefore(firstDay)) {
            problems.put("lastDay", List.of("school.term-break.end-before-start"));
        } else if (firstDay.isBefore(term.getStartsOn()) || lastDay.isAfter(term.getEndsOn())) {
            problems.put("firstDay", List.of("school.term-break.outside-term"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        return breaks.save(new TermBreak(termId, name.strip(), firstDay, lastDay)).toSummary().id();
    }

    public void removeBreak(long breakId) {
        TermBreak termBreak = breaks.findById(breakId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        Term term = load(termBreak.getTermId());
        access.checkChange(Owner.school(term.getSchoolId()));
        breaks.delete(termBreak);
    }

    /** A term with its breaks and its school's time zone; the school's coordinator and teachers may read it. */
    @Transactional(readOnly = true)
    public TermDetails getTerm(long termId) {
        Term term = load(termId);
        access.checkSee(Owner.school(term.getSchoolId()));
        ZoneId zone = schools.findById(term.getSchoolId()).map(School::getTimeZone)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        return new TermDetails(term.toSummary(), zone,
                breaks.findByTermIdOrderByFirstDay(termId).stream().map(TermBreak::toSummary).toList());
    }

    /**
     * The time zone a school's timetable is kept in. Not secret (the public directory shows it); calendar feeds read
     * it without a signed-in user.
     */
    @Transactional(readOnly = true)
    public ZoneId schoolTimeZone(long schoolId) {
        return zones.of(schoolId);
    }

    private Term load(long termId) {
        // A guessed id gets the same answer whether or not the term exists.
        return terms.findById(termId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }
}
