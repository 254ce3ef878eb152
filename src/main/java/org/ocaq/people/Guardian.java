package org.ocaq.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

@Entity
@Table(name = "guardian")
class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_seq")
    @SequenceGenerator(name = "guardian_seq", sequenceName = "guardian_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long familyId;
    private Long accountId;
    private String fullName;
    private byte[] sortKey;
    private String searchKey;
    private String email;
    private String phone;
    private String preferredLanguage;

    protected Guardian() {
    }

    Guardian(Long familyId, Long accountId, GuardianForm form) {
        this.familyId = familyId;
        this.accountId = accountId;
        apply(form);
    }

    /** Takes over what a form says; the family and the linked account stay. */
    void apply(GuardianForm form) {
        this.fullName = form.fullName().strip();
        this.sortKey = AzText.sortKey(fullName);
        this.email = form.email() == null || form.email().isBlank() ? null : form.email().strip().toLowerCase(java.util.Locale.ROOT);
        this.searchKey = AzText.searchKey(fullName + " " + (email == null ? "" : email));
        this.phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
        this.preferredLanguage = form.preferredLanguage();
    }

    GuardianForm toForm() {
        return new GuardianForm(fullName, email, phone, preferredLanguage);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getFamilyId() {
        return familyId;
    }

    Long getAccountId() {
        return accountId;
    }

    void linkAccount(Long accountId) {
        this.accountId = accountId;
    }
}
