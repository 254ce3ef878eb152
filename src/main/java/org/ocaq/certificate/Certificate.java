package org.ocaq.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An issued certificate with everything it prints, so that it reads the same years later. The code never changes; a
 * name correction makes a new edition under it; a revocation keeps the row and says why.
 */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String code;
    private int edition;
    private long templateId;

    @Enumerated(EnumType.STRING)
    private CertificateKind kind;

    private String secondLanguage;
    private long schoolId;
    private Long classId;
    private Long termId;
    private Long childId;
    private Long familyId;
    private Long teacherId;
    private Long learnerId;
    private String holderName;
    private String passportName;
    private String subject;
    private LocalDate fromDay;
    private LocalDate toDay;
    private Integer hours;
    private String signerName;
    private String signerTitle;
    private LocalDate issuedOn;
    private Instant issuedAt;
    private long issuedBy;
    private Integer ratePermille;
    private Instant revokedAt;
    private Long revokedBy;
    private String revokeReason;

    protected Certificate() {
    }

    /** What a certificate for a child of a class in a term says, fixed at issue. */
    record ForChild(long schoolId, long classId, long termId, long childId, long familyId, String holderName,
                    String passportName, String subject, LocalDate from, LocalDate to, Integer ratePermille) {
    }

    static Certificate issue(CertificateCode code, TemplateSummary template, ForChild child, String signerName,
                             LocalDate issuedOn, Instant at, long byAccount) {
        Certificate c = fromTemplate(code, template, signerName, issuedOn, at, byAccount);
        c.hours = template.form().hours();
        c.schoolId = child.schoolId();
        c.classId = child.classId();
        c.termId = child.termId();
        c.childId = child.childId();
        c.familyId = child.familyId();
        c.ratePermille = child.ratePermille();
        c.holder(child.holderName(), child.passportName(), child.subject(), child.from(), child.to());
        return c;
    }

    /** What a certificate for one person outside a class's term says, fixed at issue. */
    record ForPerson(long schoolId, HolderKind holderKind, long holderId, Long familyId, String holderName,
                     String passportName, String subject, LocalDate from, LocalDate to, Integer hours) {
    }

    static Certificate issue(CertificateCode code, TemplateSummary template, ForPerson person, String signerName,
                             LocalDate issuedOn, Instant at, long byAccount) {
        Certificate c = fromTemplate(code, template, signerName, issuedOn, at, byAccount);
        c.hours = person.hours();
        c.schoolId = person.schoolId();
        switch (person.holderKind()) {
            case CHILD -> {
                c.childId = person.holderId();
                c.familyId = person.familyId();
            }
            case LEARNER -> c.learnerId = person.holderId();
            case TEACHER -> c.teacherId = person.holderId();
        }
        c.holder(person.holderName(), person.passportName(), person.subject(), person.from(), person.to());
        return c;
    }

    /** The first edition of a new code, with what the template and the signer give it. */
    private static Certificate fromTemplate(CertificateCode code, TemplateSummary template, String signerName,
                                            LocalDate issuedOn, Instant at, long byAccount) {
        Certificate c = new Certificate();
        c.code = code.compact();
        c.edition = 1;
        c.templateId = template.id();
        c.kind = template.form().kind();
        c.secondLanguage = template.form().secondLanguage().getLanguage();
        c.signerTitle = template.form().signerTitle();
        c.signerName = signerName;
        c.issuedOn = issuedOn;
        c.issuedAt = at;
        c.issuedBy = byAccount;
        return c;
    }

    private void holder(String name, String passport, String what, LocalDate from, LocalDate to) {
        this.holderName = name;
        this.passportName = passport;
        this.subject = what;
        this.fromDay = from;
        this.toDay = to;
    }

    /** A corrected spelling: a new edition under the same code. */
    void correctName(String holderName, String passportName) {
        this.holderName = holderName;
        this.passportName = passportName;
        this.edition++;
    }

    void revoke(String reason, Instant at, long byAccount) {
        this.revokedAt = at;
        this.revokedBy = byAccount;
        this.revokeReason = reason;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getSchoolId() {
        return schoolId;
    }

    Long getFamilyId() {
        return familyId;
    }

    Long getClassId() {
        return classId;
    }

    Long getChildId() {
        return childId;
    }

    Long getTeacherId() {
        return teacherId;
    }

    Long getLearnerId() {
        return learnerId;
    }

    HolderKind holderKind() {
        return teacherId != null ? HolderKind.TEACHER : learnerId != null ? HolderKind.LEARNER : HolderKind.CHILD;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    String getSubject() {
        return subject;
    }

    LocalDate getFromDay() {
        return fromDay;
    }

    LocalDate getToDay() {
        return toDay;
    }

    long getTemplateId() {
        return templateId;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    String getHolderName() {
        return holderName;
    }

    String getPassportName() {
        return passportName;
    }

    CertificateCode code() {
        return CertificateCode.parse(code).orElseThrow();
    }

    CertificateSummary toSummary() {
        return new CertificateSummary(id, version, code().grouped(), edition, kind, schoolId, classId, termId, childId,
                holderName, passportName, subject, fromDay, toDay, issuedOn, ratePermille, revokedAt, revokeReason,
                holderKind());
    }

    CertificateDocument toDocument(String schoolName, byte[] logo, String verifyUrl) {
        return new CertificateDocument(kind, Locale.forLanguageTag(secondLanguage), schoolName, logo, holderName,
                passportName, subject, fromDay, toDay, hours, signerName, signerTitle, issuedOn, code(), verifyUrl);
    }

    CertificateVerification toVerification(String schoolName, java.time.ZoneId schoolZone) {
        return new CertificateVerification(code().grouped(), revokedAt == null, holderName, kind, subject, schoolName,
                fromDay, toDay, issuedOn, edition, revokedAt == null ? null : LocalDate.ofInstant(revokedAt, schoolZone));
    }
}
