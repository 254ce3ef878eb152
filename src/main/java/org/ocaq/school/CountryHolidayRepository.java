package org.ocaq.school;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

interface CountryHolidayRepository extends JpaRepository<CountryHoliday, Long> {

    List<CountryHoliday> findByCountryCodeOrderByDate(String countryCode);

    boolean existsByCountryCodeAndDate(String countryCode, LocalDate date);
}
