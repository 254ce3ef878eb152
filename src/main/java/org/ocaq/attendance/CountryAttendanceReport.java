package org.ocaq.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The schools of one country between two days (terms are per school, so a country is read by dates): one line per
 * school, the rate per week, and the country's rate, which adds up each school's attended marks under its own rule.
 */
public record CountryAttendanceReport(String countryCode, LocalDate from, LocalDate to,
                                      List<SchoolAttendanceRate> schools, List<RatePoint> series) {

    public CountryAttendanceReport {
        schools = List.copyOf(schools);
        series = List.copyOf(series);
    }

    public AttendanceTally total() {
        return schools.stream().map(SchoolAttendanceRate::tally).reduce(AttendanceTally.EMPTY, AttendanceTally::plus);
    }

    public long attended() {
        return schools.stream().mapToLong(SchoolAttendanceRate::attended).sum();
    }

    public OptionalDouble rate() {
        long marked = total().marked();
        return marked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended() / marked);
    }

    public long lessons() {
        return schools.stream().mapToLong(SchoolAttendanceRate::lessons).sum();
    }
}
