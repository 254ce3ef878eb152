package org.ocaq.school;

import org.ocaq.security.AccessPolicy;
import org.ocaq.security.FieldProblems;
import org.ocaq.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-country settings later features read: the digital age of consent and the public holidays. The network
 * office changes them; anyone signed in may read them (they are public facts, and timetables need them).
 */
@Service
@Transactional
public class CountryService {

    private final CountryRepository countries;
    private final CountryHolidayRepository holidays;
    private final AccessPolicy access;

    CountryService(CountryRepository countries, CountryHolidayRepository holidays, AccessPolicy access) {
        this.countries = countries;
        this.holidays = holidays;
        this.access = access;
    }

    /** The countries the network works in, by code. */
    @Transactional(readOnly = true)
    public List<CountrySettings> countries() {
        access.requireUser();
        return countries.findAll().stream().map(Country::toSettings)
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    /** Sets a country's digital age of consent (13 to 16); network office only. */
    public void setDigitalConsentAge(String countryCode, int age) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        Country country = load(countryCode);
        if (age < 13 || age > 16) {
            throw new FieldProblems(Map.of("digitalConsentAge", List.of("school.country.consent-age-range")));
        }
        country.setDigitalConsentAge(age);
    }

    /** Adds a public holiday to a country; network office only. Returns its id. */
    public long addHoliday(String countryCode, LocalDate date, String name) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        load(countryCode);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String title = name == null ? "" : name.strip();
        if (date == null) {
            problems.put("date", List.of("school.holiday.date-required"));
        } else if (holidays.existsByCountryCodeAndDate(countryCode, date)) {
            problems.put("date", List.of("school.holiday.date-taken"));
        }
        if (title.isEmpty()) {
            problems.put("name", List.of("school.holiday.name-required"));
        } else if (title.length() > 200) {
            problems.put("name", List.of("school.form.name-too-long"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        return holidays.save(new CountryHoliday(countryCode, date, title)).toSummary().id();
    }

    /** A country's public holidays by date. */
    @Transactional(readOnly = true)
    public List<HolidaySummary> holidays(String countryCode) {
        if (!access.isSystem()) {
            access.requireUser();
        }
        return holidays.findByCountryCodeOrderByDate(countryCode).stream().map(CountryHoliday::toSummary).toList();
    }

    /** Removes a public holiday; network office only. */
    public void removeHoliday(long holidayId) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        CountryHoliday holiday = holidays.findById(holidayId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        holidays.delete(holiday);
    }

    private Country load(String countryCode) {
        return countries.findById(countryCode == null ? "" : countryCode)
                .orElseThrow(() -> new FieldProblems(Map.of("countryCode", List.of("school.form.country-required"))));
    }
}
