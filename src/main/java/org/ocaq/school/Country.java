package org.ocaq.school;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country the network works in, with the settings later features read. Names come from the JDK's locale data. */
@Entity
@Table(name = "country")
class Country {

    @Id
    private String code;

    /** The age from which a child gives consent to data processing themself (GDPR art. 8: 13 to 16). */
    private int digitalConsentAge;

    protected Country() {
    }

    Country(String code, int digitalConsentAge) {
        this.code = code;
        this.digitalConsentAge = digitalConsentAge;
    }

    String getCode() {
        return code;
    }

    int getDigitalConsentAge() {
        return digitalConsentAge;
    }

    void setDigitalConsentAge(int digitalConsentAge) {
        this.digitalConsentAge = digitalConsentAge;
    }

    CountrySettings toSettings() {
        return new CountrySettings(code, digitalConsentAge);
    }
}
