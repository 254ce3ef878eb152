package org.ocaq.school;

import java.util.List;

/** A country with its schools, for the network office's home. */
public record CountrySchools(String countryCode, List<SchoolSummary> schools) {
}
