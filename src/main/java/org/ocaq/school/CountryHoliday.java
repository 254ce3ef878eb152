package org.ocaq.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A public holiday of a country, on which its schools usually do not teach. */
@Entity
@Table(name = "country_holiday")
class CountryHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "country_holiday_seq")
    @SequenceGenerator(name = "country_holiday_seq", sequenceName = "country_holiday_seq", allocationSize = 50)
    private Long id;

    private String countryCode;

    @Column(name = "holiday_date")
    private LocalDate date;

    private String name;

    protected CountryHoliday() {
    }

    CountryHoliday(String countryCode, LocalDate date, String name) {
        this.countryCode = countryCode;
        this.date = date;
        this.name = name;
    }

    HolidaySummary toSummary() {
        return new HolidaySummary(id, countryCode, date, name);
    }
}
