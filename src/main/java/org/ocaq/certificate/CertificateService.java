package org.ocaq.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.ocaq.attendance.AttendanceReportService;
import org.ocaq.attendance.ChildAttendanceRow;
import org.ocaq.attendance.ClassAttendanceReport;
import org.ocaq.classes.ClassFacts;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.people.PeopleService;
import org.ocaq.people.TeacherDetails;
import org.ocaq.school.LogoImage;
import org.ocaq.school.SchoolService;
import org.ocaq.school.TermService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.AccountService;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.MailOutbox;
import org.ocaq.shared.SchoolNames;
import org.ocaq.shared.i18n.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates: the network office keeps the templates; a school's coordinator previews a class's term by the rule
 * (attendance at least so much), issues them, corrects a name (a new edition under the same code) and revokes with a
 * reason; families see and download their children's; anyone may check a code. Every issue, edition and revocation is
 * written to the certificate's history.
 */
@Service
@Transactional
public class CertificateService {

    static final int REASON_MAX = 500;
    static final int NAME_MAX = 200;

    private final CertificateRepository certificates;
    private final CertificateTemplateRepository templates;
    private final CertificateEventRepository events;
    private final AttendanceReportService attendance;
    private final PeopleRosterService people;
    private final PeopleService peopleRecords;
    private final ClassService classes;
    private final SchoolService schools;
    private final TermService terms;
    private final SchoolNames schoolNames;
    private final CertificateRenderer renderer;
    private final MailOutbox outbox;
    private final I18NProvider i18n;
    private final AccessPolicy access;
    private final AccountService accounts;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    CertificateService(CertificateRepository certificates, CertificateTemplateRepository templates,
                       CertificateEventRepository events, AttendanceReportService attendance,
                       PeopleRosterService people, PeopleService peopleRecords, ClassService classes,
                       SchoolService schools, TermService terms, SchoolNames schoolNames,
                       CertificateRenderer renderer, MailOutbox outbox, I18NProvider i18n, AccessPolicy access,
                       AccountService accounts, Clock clock, @Value("${ocaq.base-url}") String baseUrl) {
        this.certificates = certificates;
        this.templates = templates;
        this.events = events;
        this.attendance = attendance;
        this.people = people;
        this.peopleRecords = peopleRecords;
        this.classes = classes;
        this.schools = schools;
        this.terms = terms;
        this.schoolNames = schoolNames;
        this.renderer = renderer;
        this.outbox = outbox;
        this.i18n = i18n;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    // ---- templates -------------------------------------------------------------------------------------------------

    /** The templates a coordinator may choose from (the network office also sees retired ones). */
    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        access.requireAnyRole(org.ocaq.shared.Role.COORDINATOR, org.ocaq.shared.Role.NETWORK_ADMIN);
        boolean office = access.isAdmin();
        return templates.findAllByOrderByName().stream().filter(t -> office || !t.isRetired())
                .map(CertificateTemplate::toSummary).toList();
    }

    /** The network office adds a template (id null) or changes one, at the version it read. */
    public long saveTemplate(Long templateId, long expectedVersion, TemplateForm form) {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("Network office only");
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        text(form.name(), 120, "name", "certificate.template.name-required", problems);
        text(form.signerTitle(), 150, "signerTitle", "certificate.template.signer-required", problems);
        if (form.kind() == null) {
            problems.put("kind", List.of("certificate.template.kind-required"));
        }
        if (form.secondLanguage() == null
                || !Set.of("en", "ru", "az").contains(form.secondLanguage().getLanguage())) {
            problems.put("secondLanguage", List.of("certificate.template.language-required"));
        }
        if (form.minRatePercent() < 0 || form.minRatePercent() > 100) {
            problems.put("minRatePercent", List.of("certificate.template.rate-range"));
        }
        if (form.hours() != null && (form.hours() < 1 || form.hours() > 2000)) {
            problems.put("hours", List.of("certificate.template.hours-range"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        if (templateId == null) {
            return templates.save(new CertificateTemplate(form)).getId();
        }
        CertificateTemplate template = templates.findById(templateId)
                .orElseThrow(() -> new AccessDeniedException("Not found"));
        if (template.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Template changed meanwhile");
        }
        template.apply(form);
        return template.getId();
    }

    // ---- issuing ---------------------------------------------------------------------------------------------------

    /**
     * Who of the class would get the template's certificate for the term with at least minRatePercent attendance, and
     * why the others would not. The school's coordinator (or the network office).
     */
    @Transactional(readOnly = true)
    public CertificatePreview preview(long classId, long termId, long templateId, int minRatePercent) {
        ClassAttendanceReport report = attendance.classReport(classId, termId);
        access.checkChange(Owner.school(report.schoolId()));
        return preview(report, usableTemplate(templateId), minRatePercent);
    }

    private CertificatePreview preview(ClassAttendanceReport report, TemplateSummary template, int minRatePercent) {
        long classId = report.classId();
        long termId = report.term().id();
        long templateId = template.id();
        int minimum = Math.clamp(minRatePercent, 0, 100);
        List<Long> childIds = report.children().stream().map(ChildAttendanceRow::childId).toList();
        Map<Long, Long> existing = childIds.isEmpty() ? Map.of()
                : certificates.findByTemplateIdAndTermIdAndChildIdIn(templateId, termId, childIds).stream()
                .collect(Collectors.toMap(Certificate::getChildId, Certificate::getId, (a, b) -> a));
        List<CertificateCandidate> candidates = new ArrayList<>();
        for (ChildAttendanceRow row : report.children()) {
            OptionalDouble rate = report.rate(row.tally());
            Long held = existing.get(row.childId());
            String reason;
            if (held != null) {
                reason = "certificate.reason.already-issued";
            } else if (rate.isEmpty()) {
                reason = "certificate.reason.no-lessons";
            } else if (rate.getAsDouble() * 100 + 1e-9 < minimum) {
                reason = "certificate.reason.rate-below";
            } else {
                reason = null;
            }
            candidates.add(new CertificateCandidate(row.childId(), row.childName(), rate, reason, held));
        }
        return new CertificatePreview(classId, report.className(), termId, report.term().name(), template.id(),
                minimum, candidates);
    }

    /**
     * Issues the certificates the preview would: one per qualifying child, in one transaction, each with a new code,
     * its history line and an email to the family's guardians. Returns what was issued.
     */
    public List<CertificateSummary> issueForClass(long classId, long termId, long templateId, int minRatePercent,
                                                  String signerName) {
        return issue(classId, termId, templateId, minRatePercent, signerName, CertificateCandidate::qualifies);
    }

    /**
     * Issues one child's certificate on the coordinator's own judgement, whatever the rule says (a long illness, a
     * late start); the rate is still recorded. Refused only if the child already holds this term's certificate or is
     * not in the class's term.
     */
    public CertificateSummary issueForChild(long classId, long termId, long templateId, long childId,
                                            String signerName) {
        List<CertificateSummary> issued = issue(classId, termId, templateId, 0, signerName,
                c -> c.childId() == childId && c.certificateId() == null);
        if (issued.isEmpty()) {
            throw new FieldProblems(Map.of("child", List.of("certificate.issue.child-not-eligible")));
        }
        return issued.getFirst();
    }

    private List<CertificateSummary> issue(long classId, long termId, long templateId, int minRatePercent,
                                           String signerName, java.util.function.Predicate<CertificateCandidate> who) {
        CurrentUser user = access.requireUser();
        String signer = requireText(signerName, "signerName", "certificate.issue.signer-required", 150);
        ClassAttendanceReport report = attendance.classReport(classId, termId);
        access.checkChange(Owner.school(report.schoolId()));
        TemplateSummary template = usableTemplate(templateId);
        CertificatePreview preview = preview(report, template, minRatePercent);
        Map<Long, CertificateCandidate> chosen = preview.candidates().stream().filter(who)
                .collect(Collectors.toMap(CertificateCandidate::childId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<Long, ChildSummary> children = people.children(chosen.keySet()).stream()
                .collect(Collectors.toMap(ChildSummary::id, Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(terms.schoolTimeZone(report.schoolId())));
        List<Certificate> issued = new ArrayList<>();
        java.util.Iterator<CertificateCode> codes = newCodes(chosen.size()).iterator();
        for (CertificateCandidate candidate : chosen.values()) {
            ChildSummary child = children.get(candidate.childId());
            Integer permille = candidate.rate().isPresent()
                    ? (int) Math.round(candidate.rate().getAsDouble() * 1000) : null;
            issued.add(Certificate.issue(codes.next(), template, new Certificate.ForChild(report.schoolId(), classId,
                    termId, child.id(), child.familyId(), child.fullName(), passportSpelling(child.fullName(),
                    child.passportName()), report.className(),
                    report.term().startsOn(), report.term().endsOn(), permille), signer, today, clock.instant(),
                    user.accountId()));
        }
        certificates.saveAll(issued);
        events.saveAll(issued.stream().map(c -> new CertificateEvent(c.getId(), CertificateEvent.Action.ISSUED,
                clock.instant(), user.accountId(), null)).toList());
        tellFamilies(issued, report.schoolId());
        return issued.stream().map(Certificate::toSummary).toList();
    }

    /**
     * A person a certificate may be issued to, as their record spells them (with the passport spelling where it
     * differs), for whoever may see that record.
     */
    @Transactional(readOnly = true)
    public CertificateHolder holder(HolderKind kind, long holderId) {
        return holderRecord(kind, holderId).holder();
    }

    /** A holder as issuing needs them, read once: the family a child's certificate goes to, whom to email. */
    private record HolderRecord(CertificateHolder holder, Long familyId, String email) {
    }

    private HolderRecord holderRecord(HolderKind kind, long holderId) {
        return switch (kind) {
            case CHILD -> {
                ChildSummary child = people.children(List.of(holderId)).stream().findFirst()
                        .orElseThrow(() -> new AccessDeniedException("Not found"));
                if (child.schoolId() == null) {
                    throw new AccessDeniedException("The child is at no school yet");
                }
                yield new HolderRecord(new CertificateHolder(kind, child.id(), child.schoolId(), child.fullName(),
                        passportSpelling(child.fullName(), child.passportName())), child.familyId(), null);
            }
            case LEARNER -> {
                LearnerSummary learner = people.learner(holderId);
                if (learner.schoolId() == null) {
                    throw new AccessDeniedException("The learner is at no school");
                }
                yield new HolderRecord(new CertificateHolder(kind, learner.id(), learner.schoolId(),
                        learner.fullName(), null), null, learner.email());
            }
            case TEACHER -> {
                TeacherDetails teacher = peopleRecords.getTeacher(holderId);
                yield new HolderRecord(new CertificateHolder(kind, teacher.id(), teacher.schoolId(),
                        teacher.form().fullName(), passportSpelling(teacher.form().fullName(),
                        teacher.form().passportName())), null, teacher.form().email());
            }
        };
    }

    /**
     * Issues one certificate to one person outside a class's term (a teacher after a training course, a learner or a
     * child after a course), for the holder's school: its coordinator or the network office. The holder's name comes
     * from their record; the passport spelling from the form, else from the record. The holder (or the child's family)
     * is told by email and finds it among their certificates. Refused with field problems if the form is incomplete or
     * the same certificate (template, course, dates) is already held.
     */
    public CertificateSummary issueToPerson(PersonalIssue issue) {
        CurrentUser user = access.requireUser();
        if (issue.holderKind() == null) {
            throw new FieldProblems(Map.of("holder", List.of("certificate.person.holder-required")));
        }
        HolderRecord record = holderRecord(issue.holderKind(), issue.holderId());
        CertificateHolder holder = record.holder();
        access.checkChange(Owner.school(holder.schoolId()));
        TemplateSummary template = usableTemplate(issue.templateId());
        ZoneId zone = terms.schoolTimeZone(holder.schoolId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (template.form().kind() == CertificateKind.TERM_ATTENDANCE) {
            problems.put("template", List.of("certificate.person.term-template"));
        }
        String subject = text(issue.subject(), NAME_MAX, "subject", "certificate.person.subject-required", problems);
        if (issue.from() == null || issue.to() == null) {
            problems.put("dates", List.of("certificate.person.dates-required"));
        } else if (issue.from().isAfter(issue.to())) {
            problems.put("dates", List.of("certificate.person.dates-order"));
        } else if (issue.to().isAfter(today)) {
            problems.put("dates", List.of("certificate.person.not-finished"));
        } else if (issue.from().isBefore(issue.to().minusYears(5))) {
            problems.put("dates", List.of("certificate.person.dates-too-long"));
        }
        Integer hours = issue.hours() != null ? issue.hours() : template.form().hours();
        if (hours != null && (hours < 1 || hours > 2000)) {
            problems.put("hours", List.of("certificate.template.hours-range"));
        }
        String passport = issue.passportName() == null || issue.passportName().isBlank()
                ? holder.passportName() : passportSpelling(holder.name(), issue.passportName().strip());
        if (passport != null && passport.length() > NAME_MAX) {
            problems.put("passportName", List.of("certificate.field.too-long"));
        }
        String signer = text(issue.signerName(), 150, "signerName", "certificate.issue.signer-required", problems);
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        boolean held = heldBy(holder).stream().anyMatch(c -> !c.isRevoked()
                && c.getTemplateId() == template.id() && c.getSubject().equalsIgnoreCase(subject)
                && c.getFromDay().equals(issue.from()) && c.getToDay().equals(issue.to()));
        if (held) {
            throw new FieldProblems(Map.of("subject", List.of("certificate.person.already-held")));
        }
        Certificate certificate = certificates.save(Certificate.issue(newCode(), template,
                new Certificate.ForPerson(holder.schoolId(), holder.kind(), holder.id(), record.familyId(),
                        holder.name(), passport, subject, issue.from(), issue.to(), hours), signer, today, clock.instant(),
                user.accountId()));
        events.save(new CertificateEvent(certificate.getId(), CertificateEvent.Action.ISSUED, clock.instant(),
                user.accountId(), null));
        if (holder.kind() == HolderKind.CHILD) {
            tellFamilies(List.of(certificate), holder.schoolId());
        } else if (record.email() != null && !record.email().isBlank()) {
            tell(record.email(), accounts.mailLanguage(record.email()), certificate, schoolName(holder.schoolId()),
                    "/my/certificates");
        }
        return certificate.toSummary();
    }

    /** The certificates a school issued to single people (not by a class's term), newest first, for its staff. */
    @Transactional(readOnly = true)
    public List<CertificateSummary> personalCertificates(long schoolId) {
        access.checkChange(Owner.school(schoolId));
        return certificates.findBySchoolIdAndClassIdIsNullOrderByIssuedAtDescIdDesc(schoolId).stream()
                .map(Certificate::toSummary).toList();
    }

    /** The certificates of a class's term, for the school's coordinator and the class's teachers. */
    @Transactional(readOnly = true)
    public List<CertificateSummary> classCertificates(long classId, long termId) {
        // The class's school is all the check needs; its attendance report would cost eight statements.
        long schoolId = classes.classFacts(classId).map(ClassFacts::schoolId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        access.checkSee(Owner.schoolClass(schoolId, classId));
        return certificates.findByClassIdAndTermIdOrderByHolderNameAscIdAsc(classId, termId).stream()
                .map(Certificate::toSummary).toList();
    }

    /**
     * Corrects the holder's spelling (and the passport spelling, which may be empty): a new edition under the same
     * code, the old spelling kept in the history with the reason.
     */
    public CertificateSummary correctName(long certificateId, long expectedVersion, String holderName,
                                          String passportName, String reason) {
        CurrentUser user = access.requireUser();
        Certificate certificate = changeable(certificateId);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String name = text(holderName, NAME_MAX, "holderName", "certificate.correct.name-required", problems);
        String why = text(reason, REASON_MAX, "reason", "certificate.correct.reason-required", problems);
        String passport = passportName == null || passportName.isBlank() ? null : passportName.strip();
        if (passport != null && passport.length() > NAME_MAX) {
            problems.put("passportName", List.of("certificate.field.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        if (certificate.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Certificate changed meanwhile");
        }
        if (certificate.isRevoked()) {
            throw new FieldProblems(Map.of("holderName", List.of("certificate.correct.revoked")));
        }
        String before = certificate.getHolderName() + (certificate.getPassportName() == null ? ""
                : " / " + certificate.getPassportName());
        certificate.correctName(name, passport);
        events.save(new CertificateEvent(certificate.getId(), CertificateEvent.Action.REISSUED, clock.instant(),
                user.accountId(), cut(before + " → " + name + (passport == null ? "" : " / " + passport) + ": " + why)));
        certificates.flush();
        return certificate.toSummary();
    }

    /** Revokes a certificate, with the reason; it then shows as revoked to anyone who checks its code. */
    public CertificateSummary revoke(long certificateId, String reason) {
        CurrentUser user = access.requireUser();
        Certificate certificate = changeable(certificateId);
        String why = requireText(reason, "reason", "certificate.revoke.reason-required", REASON_MAX);
        if (!certificate.isRevoked()) {
            certificate.revoke(why, clock.instant(), user.accountId());
            events.save(new CertificateEvent(certificate.getId(), CertificateEvent.Action.REVOKED, clock.instant(),
                    user.accountId(), why));
            certificates.flush();
        }
        return certificate.toSummary();
    }

    /** A certificate's history, for the school's people. */
    @Transactional(readOnly = true)
    public List<CertificateHistoryEntry> history(long certificateId) {
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new AccessDeniedException("Not found"));
        if (!staffMaySee(certificate)) {
            throw new AccessDeniedException("Not in your scope");
        }
        return events.findByCertificateIdOrderByAtAscIdAsc(certificateId).stream().map(CertificateEvent::toEntry)
                .toList();
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /**
     * The signed-in person's certificates, newest first: their children's (as a parent), their own as an adult
     * learner, and their own as a teacher (one teacher record per school they teach at). At most three statements.
     */
    @Transactional(readOnly = true)
    public List<CertificateSummary> myCertificates() {
        CurrentUser user = access.requireUser();
        Set<Long> families = user.scope(ScopeKind.FAMILY);
        Set<Long> learners = user.has(org.ocaq.shared.Role.STUDENT) ? user.scope(ScopeKind.LEARNER) : Set.of();
        Set<Long> teachers = peopleRecords.myTeacherRecordIds();
        List<Certificate> mine = new ArrayList<>();
        if (!families.isEmpty()) {
            mine.addAll(certificates.findByFamilyIdIn(families));
        }
        if (!learners.isEmpty()) {
            mine.addAll(certificates.findByLearnerIdIn(learners));
        }
        if (!teachers.isEmpty()) {
            mine.addAll(certificates.findByTeacherIdIn(teachers));
        }
        return mine.stream().distinct()
                .sorted(java.util.Comparator.comparing(Certificate::getIssuedAt).reversed()
                        .thenComparing(Certificate::getId, java.util.Comparator.reverseOrder()))
                .map(Certificate::toSummary).toList();
    }

    /** A certificate's PDF with the file name to send it under: the holder's name and the code. */
    public record CertificateFile(String fileName, byte[] content) {
    }

    /** One certificate as a PDF, for its school's people and its family; a guessed id is refused like a foreign one. */
    @Transactional(readOnly = true)
    public byte[] pdf(long certificateId) {
        return file(certificateId).content();
    }

    /** The same, with its file name, read and checked once. */
    @Transactional(readOnly = true)
    public CertificateFile file(long certificateId) {
        Certificate certificate = readable(certificateId);
        String name = fileSafe(certificate.getHolderName()) + " — " + certificate.code().grouped() + ".pdf";
        return new CertificateFile(name, renderer.render(document(certificate, new HashMap<>(), new HashMap<>())));
    }

    /** Several certificates, for a coordinator: one merged PDF, or a ZIP of one PDF each. */
    @Transactional(readOnly = true)
    public void writeAll(Collection<Long> certificateIds, boolean zip, OutputStream out) {
        writeAll(certificateIds, zip, out, done -> { });
    }

    /** The same, telling how many certificates are written so far (for a progress bar). */
    public void writeAll(Collection<Long> certificateIds, boolean zip, OutputStream out,
                         java.util.function.IntConsumer progress) {
        int done = 0;
        Map<Long, Optional<LogoImage>> logos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<Certificate> all = certificates.findAllById(certificateIds);
        all.forEach(c -> access.checkChange(Owner.school(c.getSchoolId())));
        try {
            if (zip) {
                ZipOutputStream archive = new ZipOutputStream(out);
                for (Certificate certificate : all) {
                    // Stored, not deflated: a PDF's streams are compressed already.
                    byte[] pdf = renderer.render(document(certificate, logos, names));
                    ZipEntry entry = new ZipEntry(certificate.code().compact() + ".pdf");
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(pdf.length);
                    CRC32 crc = new CRC32();
                    crc.update(pdf);
                    entry.setCrc(crc.getValue());
                    archive.putNextEntry(entry);
                    archive.write(pdf);
                    progress.accept(++done);
                    archive.closeEntry();
                }
                archive.finish();
            } else {
                PDFMergerUtility merger = new PDFMergerUtility();
                for (Certificate certificate : all) {
                    merger.addSource(new RandomAccessReadBuffer(renderer.render(document(certificate, logos, names))));
                    progress.accept(++done);
                }
                merger.setDestinationStream(out);
                merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The public check of a code as typed: empty if it is mistyped (the check character catches one wrong character)
     * or unknown. No sign-in; the caller limits how often one address may ask.
     */
    @Transactional(readOnly = true)
    public Optional<CertificateVerification> verify(String typed) {
        return CertificateCode.parse(typed)
                .flatMap(code -> certificates.findByCode(code.compact()))
                .map(c -> c.toVerification(schoolName(c.getSchoolId()), terms.schoolTimeZone(c.getSchoolId())));
    }

    /** The text with what file systems refuse in a name (slashes, colons, quotes, control characters) made spaces. */
    public static String fileSafe(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
    }

    /** Whether the typed text is a well-formed code at all (to tell a typo from an unknown code). */
    public static boolean wellFormed(String typed) {
        return CertificateCode.parse(typed).isPresent();
    }

    /** The address a code is checked at, which the QR code holds. */
    public String verifyUrl(String code) {
        return baseUrl + "/verify/" + CertificateCode.parse(code).map(CertificateCode::compact).orElse(code);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private TemplateSummary usableTemplate(long templateId) {
        return templates.findById(templateId).filter(t -> !t.isRetired()).map(CertificateTemplate::toSummary)
                .orElseThrow(() -> new AccessDeniedException("No such template"));
    }

    private Certificate changeable(long certificateId) {
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new AccessDeniedException("Not found"));
        access.checkChange(Owner.school(certificate.getSchoolId()));
        return certificate;
    }

    private Certificate readable(long certificateId) {
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new AccessDeniedException("Not found"));
        if (staffMaySee(certificate)) {
            return certificate;
        }
        CurrentUser user = access.requireUser();
        if (certificate.getFamilyId() != null && user.inScope(ScopeKind.FAMILY, certificate.getFamilyId())) {
            return certificate;
        }
        if (certificate.getLearnerId() != null && user.has(org.ocaq.shared.Role.STUDENT)
                && user.inScope(ScopeKind.LEARNER, certificate.getLearnerId())) {
            return certificate;
        }
        if (certificate.getTeacherId() != null
                && peopleRecords.myTeacherRecordIds().contains(certificate.getTeacherId())) {
            return certificate;
        }
        throw new AccessDeniedException("Not in your scope");
    }

    /**
     * The school's coordinator (and the network office) sees all of its certificates; a teacher only those of the
     * classes they teach, not a colleague's or another class's.
     */
    private boolean staffMaySee(Certificate certificate) {
        return access.mayChange(Owner.school(certificate.getSchoolId()))
                || certificate.getClassId() != null
                && access.maySee(Owner.schoolClass(certificate.getSchoolId(), certificate.getClassId()));
    }

    /** A certificate ready to print; the school's name and logo are read once per school of a batch. */
    private CertificateDocument document(Certificate certificate, Map<Long, Optional<LogoImage>> logos,
                                         Map<Long, String> names) {
        long schoolId = certificate.getSchoolId();
        String schoolName = names.computeIfAbsent(schoolId, this::schoolName);
        Optional<LogoImage> logo = logos.computeIfAbsent(schoolId, id -> schools.logo(id));
        return certificate.toDocument(schoolName, logo.map(LogoImage::bytes).orElse(null),
                verifyUrl(certificate.code().compact()));
    }

    private CertificateCode newCode() {
        return newCodes(1).getFirst();
    }

    /**
     * Fresh codes for a batch, checked against the issued ones in one query; with 60 random bits a clash is not
     * expected in the life of the network, and would only mean drawing the batch again.
     */
    private List<CertificateCode> newCodes(int count) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Map<String, CertificateCode> drawn = new LinkedHashMap<>();
            while (drawn.size() < count) {
                CertificateCode code = CertificateCode.generate(random);
                drawn.put(code.compact(), code);
            }
            if (!certificates.existsByCodeIn(drawn.keySet())) {
                return List.copyOf(drawn.values());
            }
        }
        throw new IllegalStateException("No free certificate codes after five tries");
    }

    private void tellFamilies(List<Certificate> issued, long schoolId) {
        String schoolName = schoolName(schoolId);
        Map<Long, List<GuardianForm>> guardians = new HashMap<>();
        for (Certificate certificate : issued) {
            if (certificate.getFamilyId() == null) {
                continue;
            }
            for (GuardianForm guardian : guardians.computeIfAbsent(certificate.getFamilyId(),
                    people::guardianContacts)) {
                tell(guardian.email(), Languages.supportedOrDefault(guardian.preferredLanguage()), certificate,
                        schoolName, "/family/certificates");
            }
        }
    }

    private String schoolName(long schoolId) {
        return schoolNames.schoolNames(List.of(schoolId)).getOrDefault(schoolId, "");
    }

    private void tell(String email, Locale locale, Certificate certificate, String schoolName, String page) {
        CertificateSummary summary = certificate.toSummary();
        Object[] params = {summary.holderName(), summary.subject(), schoolName,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(summary.issuedOn()),
                baseUrl + page, summary.code(), verifyUrl(summary.code())};
        outbox.enqueue(email, locale, i18n.getTranslation("certificate.mail.subject", locale, params),
                i18n.getTranslation("certificate.mail.body", locale, params));
    }

    private List<Certificate> heldBy(CertificateHolder holder) {
        return switch (holder.kind()) {
            case CHILD -> certificates.findByChildId(holder.id());
            case LEARNER -> certificates.findByLearnerIdIn(List.of(holder.id()));
            case TEACHER -> certificates.findByTeacherIdIn(List.of(holder.id()));
        };
    }

    /** The passport spelling worth printing: none where it is empty or the same as the Azerbaijani one. */
    private static String passportSpelling(String name, String passportName) {
        if (passportName == null || passportName.isBlank()) {
            return null;
        }
        String passport = passportName.strip();
        return passport.equalsIgnoreCase(name == null ? "" : name.strip()) ? null : passport;
    }

    private static String requireText(String value, String field, String key, int max) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String text = text(value, max, field, key, problems);
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        return text;
    }

    private static String text(String value, int max, String field, String requiredKey,
                               Map<String, List<String>> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.put(field, List.of(requiredKey));
        } else if (text.length() > max) {
            problems.put(field, List.of("certificate.field.too-long"));
        }
        return text;
    }

    private static String cut(String text) {
        return text.length() <= 600 ? text : text.substring(0, 599) + "…";
    }
}
