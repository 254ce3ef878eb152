package org.ocaq.school;

/** A country the network works in, with its digital age of consent (13 to 16). */
public record CountrySettings(String code, int digitalConsentAge) {
}
