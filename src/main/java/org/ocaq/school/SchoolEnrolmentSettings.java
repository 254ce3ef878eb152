package org.ocaq.school;

import org.ocaq.security.AccessPolicy;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What enrolment reads from a school: the terms families can apply for, the deadline for taking up an offered seat,
 * the digital age of consent of the school's country. The facts are public (the school's page shows its terms);
 * only the deadline is changed, by the school's coordinator or the network office.
 */
@Service
@Transactional
public class SchoolEnrolmentSettings {

    public static final int MIN_OFFER_DAYS = 1;
    public static final int MAX_OFFER_DAYS = 30;

    private final SchoolRepository schools;
    private final TermRepository terms;
    private final CountryRepository countries;
    private final AccessPolicy access;
    private final Clock clock;
    private final SchoolZones zones;

    /**
     * The first day a child placed at a moment sits in the class: that day in the school's time zone, or the term's
     * first day if the place was taken before the term began.
     */
    @Transactional(readOnly = true)
    public LocalDate firstDayInClass(long schoolId, long termId, java.time.Instant placedAt) {
        LocalDate day = placedAt.atZone(zones.of(schoolId)).toLocalDate();
        return terms.findById(termId).map(Term::toSummary).map(t -> day.isBefore(t.startsOn()) ? t.startsOn() : day)
                .orElse(day);
    }

    SchoolEnrolmentSettings(SchoolRepository schools, TermRepository terms, CountryRepository countries,
                            AccessPolicy access, Clock clock, SchoolZones zones) {
        this.zones = zones;
        this.schools = schools;
        this.terms = terms;
        this.countries = countries;
        this.access = access;
        this.clock = clock;
    }

    /** The school's terms that have not ended yet (in the school's time zone), in order. */
    @Transactional(readOnly = true)
    public List<TermSummary> openTerms(long schoolId) {
        School school = load(schoolId);
        LocalDate today = LocalDate.now(clock.withZone(school.getTimeZone()));
        return terms.findBySchoolIdOrderByStartsOn(schoolId).stream().map(Term::toSummary)
                .filter(t -> !t.endsOn().isBefore(today)).toList();
    }

    /** A term of the school, if it has one with that id. */
    @Transactional(readOnly = true)
    public Optional<TermSummary> term(long schoolId, long termId) {
        return terms.findById(termId).map(Term::toSummary).filter(t -> t.schoolId() == schoolId);
    }

    @Transactional(readOnly = true)
    public int offerDeadlineDays(long schoolId) {
        return load(schoolId).getOfferDeadlineDays();
    }

    public void setOfferDeadlineDays(long schoolId, int days) {
        School school = load(schoolId);
        access.checkChange(Owner.school(schoolId));
        if (days < MIN_OFFER_DAYS || days > MAX_OFFER_DAYS) {
            throw new FieldProblems(Map.of("offerDeadlineDays", List.of("school.offer-deadline.invalid")));
        }
        school.setOfferDeadlineDays(days);
    }

    /** The digital age of consent in the school's country (13–16; 16 where unknown). */
    @Transactional(readOnly = true)
    public int digitalConsentAge(long schoolId) {
        return countries.findById(load(schoolId).getCountryCode()).map(Country::getDigitalConsentAge).orElse(16);
    }

    @Transactional(readOnly = true)
    public String schoolName(long schoolId) {
        return load(schoolId).toPublic(false).name();
    }

    private School load(long schoolId) {
        return schools.findById(schoolId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }
}
