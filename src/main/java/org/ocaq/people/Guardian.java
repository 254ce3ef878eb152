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
        this.fullName = form.fullName().strip();
        this.sortKey = AzText.sortKey(fullName);
        this.email = form.email() == null || form.email().isBlank() ? null : form.email().strip().toLowerCase(java.util.Locale.ROOT);
        this.searchKey = AzText.searchKey(fullName + " " + (email == null ? "" : email));
        this.phone = form.phone();
        this.preferredLanguage = form.preferredLanguage();
    }

    void linkAccount(Long accountId) {
        this.accountId = accountId;
    }
}
