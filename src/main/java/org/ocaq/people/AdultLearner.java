package org.ocaq.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ocaq.shared.AzText;

/** An adult who learns for themself (dinləyici), with their own account. */
@Entity
@Table(name = "adult_learner")
class AdultLearner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adult_learner_seq")
    @SequenceGenerator(name = "adult_learner_seq", sequenceName = "adult_learner_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long schoolId;
    private Long accountId;
    private String fullName;
    private byte[] sortKey;
    private String searchKey;
    private String email;

    protected AdultLearner() {
    }

    AdultLearner(Long schoolId, Long accountId, String fullName, String email) {
        this.schoolId = schoolId;
        this.accountId = accountId;
        this.fullName = fullName.strip();
        this.sortKey = AzText.sortKey(this.fullName);
        this.email = email;
        this.searchKey = AzText.searchKey(this.fullName + " " + email);
    }

    Long getId() {
        return id;
    }

    Long getSchoolId() {
        return schoolId;
    }
}
