package org.ocaq.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

import java.time.ZoneId;
import java.util.List;

@Entity
@Table(name = "school")
class School {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String slug;
    private String name;
    private byte[] sortKey;
    private String searchKey;
    private String city;
    private String countryCode;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    private String timeZone;
    private String address;
    private String contactEmail;
    private String contactPhone;
    private String description;
    private int offerDeadlineDays = 7;
    private boolean lateCountsAsPresent = true;
    private String languages;

    protected School() {
    }

    School(String slug) {
        this.slug = slug;
    }

    void apply(SchoolForm form) {
        this.name = form.name().strip();
        this.city = form.city() == null ? null : form.city().strip();
        this.countryCode = form.countryCode();
        this.delivery = form.delivery();
        this.timeZone = form.timeZone().getId();
        this.address = form.address();
        this.contactEmail = form.contactEmail();
        this.contactPhone = form.contactPhone();
        this.description = form.description();
        this.languages = InstructionLanguages.join(form.languages());
        this.sortKey = AzText.sortKey(name);
        this.searchKey = AzText.searchKey(name + " " + (city == null ? "" : city));
    }

    int getOfferDeadlineDays() {
        return offerDeadlineDays;
    }

    void setOfferDeadlineDays(int days) {
        this.offerDeadlineDays = days;
    }

    boolean isLateCountsAsPresent() {
        return lateCountsAsPresent;
    }

    void setLateCountsAsPresent(boolean lateCountsAsPresent) {
        this.lateCountsAsPresent = lateCountsAsPresent;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getCity() {
        return city;
    }

    String getCountryCode() {
        return countryCode;
    }

    Delivery getDelivery() {
        return delivery;
    }

    ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    String getAddress() {
        return address;
    }

    String getContactEmail() {
        return contactEmail;
    }

    String getContactPhone() {
        return contactPhone;
    }

    String getDescription() {
        return description;
    }

    List<String> getLanguages() {
        return InstructionLanguages.split(languages);
    }

    PublicSchool toPublic(boolean hasLogo) {
        return new PublicSchool(id, slug, name, city, countryCode, delivery, getTimeZone(), address, contactEmail,
                contactPhone, description, getLanguages(), hasLogo);
    }

    SchoolDetails toDetails(boolean hasLogo) {
        return new SchoolDetails(id, version, slug, new SchoolForm(name, city, countryCode, delivery, getTimeZone(),
                address, contactEmail, contactPhone, description, getLanguages()), hasLogo);
    }
}
