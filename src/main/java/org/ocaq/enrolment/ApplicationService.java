package org.ocaq.enrolment;

import org.ocaq.classes.ClassCapacityRaised;
import org.ocaq.classes.ClassFacts;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.TermSummary;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.OffsetPage;
import org.ocaq.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applications to classes: parents apply for their children and adult learners for themselves; the coordinator
 * accepts, waitlists, moves, rejects; seats freed go to the first waiting applicant as an offer with a deadline.
 * Every change that takes or frees a seat first locks the class's seat row and runs at READ COMMITTED, so that it
 * counts the seats as they are after the transaction before it, never from an older snapshot: a class is never
 * over-full, whoever decides at the same moment.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class ApplicationService {

    private static final String NOT_IN_SCOPE = "Not in your scope";

    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final PlacementRepository placements;
    private final ClassSeatLockRepository seatLocks;
    private final ClassSeatLocks lockRows;
    private final ClassService classes;
    private final PeopleRosterService people;
    private final ConsentService consents;
    private final SchoolEnrolmentSettings schools;
    private final ApplicationMail mail;
    private final AccessPolicy access;
    private final Clock clock;
    private final PlatformTransactionManager transactions;

    ApplicationService(ApplicationRepository applications, ApplicationEventRepository events,
                       PlacementRepository placements, ClassSeatLockRepository seatLocks, ClassSeatLocks lockRows,
                       ClassService classes, PeopleRosterService people, ConsentService consents,
                       SchoolEnrolmentSettings schools, ApplicationMail mail, AccessPolicy access, Clock clock,
                       PlatformTransactionManager transactions) {
        this.transactions = transactions;
        this.applications = applications;
        this.events = events;
        this.placements = placements;
        this.seatLocks = seatLocks;
        this.lockRows = lockRows;
        this.classes = classes;
        this.people = people;
        this.consents = consents;
        this.schools = schools;
        this.mail = mail;
        this.access = access;
        this.clock = clock;
    }

    // --- families and learners -------------------------------------------------------------------------------

    /**
     * A guardian applies children of their family to a class for a term. Refused as a whole, with the reason, if the
     * class is not open, the term is not the school's or has ended, a child is outside the class's age range on the
     * term's first day, has no data-processing consent, or already has an application there. A child goes on the
     * waitlist when the class is full or others are already waiting.
     */
    public List<Long> apply(long classId, long termId, Collection<Long> childIds) {
        CurrentUser user = access.requireUser();
        if (childIds.isEmpty()) {
            throw new ApplicationRefused("enrolment.apply.no-children");
        }
        ClassFacts schoolClass = openClass(classId);
        TermSummary term = openTerm(schoolClass.schoolId(), termId);
        List<ChildSummary> children = people.children(childIds);
        if (children.size() != Set.copyOf(childIds).size()) {
            throw new AccessDeniedException(NOT_IN_SCOPE);
        }
        for (ChildSummary child : children) {
            access.checkChange(Owner.family(child.familyId(), child.schoolId()));
            int age = Period.between(child.dateOfBirth(), term.startsOn()).getYears();
            if (age < schoolClass.minAge() || age > schoolClass.maxAge()) {
                throw new ApplicationRefused("enrolment.apply.age", child.fullName(), age, schoolClass.minAge(),
                        schoolClass.maxAge());
            }
        }
        Set<Long> consented = consents.withDataProcessingConsent(childIds);
        for (ChildSummary child : children) {
            if (!consented.contains(child.id())) {
                throw new ApplicationRefused("enrolment.apply.consent-missing", child.fullName());
            }
        }
        lock(classId);
        List<Long> ids = new ArrayList<>();
        for (ChildSummary child : children) {
            if (applications.existsActive(classId, termId, child.id(), null, ApplicationState.ACTIVE)) {
                throw new ApplicationRefused("enrolment.apply.duplicate", child.fullName());
            }
            Application application = applications.save(Application.forChild(schoolClass.schoolId(), classId, termId,
                    child.id(), child.familyId(), child.fullName(), user.accountId(), clock.instant()));
            ids.add(arrive(application, schoolClass, user));
        }
        return ids;
    }

    /** An adult learner applies for themself, with the same checks as for a child apart from age and consent. */
    public long applyAsLearner(long classId, long termId) {
        CurrentUser user = access.requireUser();
        Set<Long> learnerIds = user.has(Role.STUDENT) ? user.scope(ScopeKind.LEARNER) : Set.of();
        if (learnerIds.isEmpty()) {
            throw new AccessDeniedException(NOT_IN_SCOPE);
        }
        LearnerSummary learner = people.learner(learnerIds.iterator().next());
        ClassFacts schoolClass = openClass(classId);
        openTerm(schoolClass.schoolId(), termId);
        lock(classId);
        if (applications.existsActive(classId, termId, null, learner.id(), ApplicationState.ACTIVE)) {
            throw new ApplicationRefused("enrolment.apply.duplicate", learner.fullName());
        }
        Application application = applications.save(Application.forLearner(schoolClass.schoolId(), classId, termId,
                learner.id(), learner.fullName(), user.accountId(), clock.instant()));
        return arrive(application, schoolClass, user);
    }

    /** The signed-in parent's and learner's applications, newest first, with waitlist places. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> myApplications() {
        CurrentUser user = access.requireUser();
        List<Application> mine = new ArrayList<>();
        Set<Long> families = user.has(Role.PARENT) ? user.scope(ScopeKind.FAMILY) : Set.of();
        Set<Long> learners = user.has(Role.STUDENT) ? user.scope(ScopeKind.LEARNER) : Set.of();
        if (!families.isEmpty()) {
            mine.addAll(applications.findByFamilies(families));
        }
        if (!learners.isEmpty()) {
            mine.addAll(applications.findByLearners(learners));
        }
        return withQueuePositions(mine);
    }

    /** The family takes an offered seat before its deadline. */
    public void acceptOffer(long applicationId) {
        Application application = loadForApplicant(applicationId);
        lock(application.getClassId());
        if (application.getState() != ApplicationState.OFFERED
                || !application.getOfferExpiresAt().isAfter(clock.instant())) {
            throw new ApplicationRefused("enrolment.offer.gone");
        }
        take(application, access.requireUser().accountId());
    }

    /** The family (or the coordinator) withdraws an application, with a reason; a held seat goes to the next. */
    public void withdraw(long applicationId, String reason) {
        Application application = load(applicationId);
        boolean applicant = mayActAsApplicant(application);
        if (!applicant) {
            checkCoordinator(application.getSchoolId());
        }
        requireReason(reason);
        if (!application.getState().active()) {
            throw new ApplicationRefused("enrolment.decision.not-active");
        }
        lock(application.getClassId());
        boolean heldSeat = release(application);
        change(application, ApplicationState.WITHDRAWN, reason.strip(), null);
        if (!applicant) {
            mail.send(application, ApplicationMail.Kind.WITHDRAWN);
        }
        if (heldSeat) {
            promote(application.getClassId(), application.getTermId());
        }
    }

    // --- the coordinator's queue ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ApplicationSummary> queue(long schoolId, Long classId, Long termId, Set<ApplicationState> states,
                                          int offset, int limit) {
        checkCoordinator(schoolId);
        return withQueuePositions(applications.findQueue(schoolId, classId, termId, statesOrAll(states),
                OffsetPage.of(offset, limit)));
    }

    @Transactional(readOnly = true)
    public long countQueue(long schoolId, Long classId, Long termId, Set<ApplicationState> states) {
        checkCoordinator(schoolId);
        return applications.countQueue(schoolId, classId, termId, statesOrAll(states));
    }

    /** Gives the applicant a seat; refused if the class is full (an offered seat is already theirs). */
    public void accept(long applicationId) {
        Application application = loadForCoordinator(applicationId);
        lock(application.getClassId());
        if (!application.getState().active() || application.getState() == ApplicationState.ACCEPTED) {
            throw new ApplicationRefused("enrolment.decision.not-open", application.getApplicantName());
        }
        if (application.getState() != ApplicationState.OFFERED
                && freeSeats(application.getClassId(), application.getTermId()) <= 0) {
            throw new ApplicationRefused("enrolment.decision.class-full", application.getApplicantName());
        }
        take(application, access.requireUser().accountId());
    }

    /**
     * Accepts each of the applications in its own transaction, in the order given; one that cannot be accepted (the
     * class filled up) does not stop or undo the others.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<DecisionResult> acceptAll(Collection<Long> applicationIds) {
        TransactionTemplate eachAlone = new TransactionTemplate(transactions);
        eachAlone.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        List<DecisionResult> results = new ArrayList<>();
        for (long id : applicationIds) {
            try {
                eachAlone.executeWithoutResult(status -> accept(id));
                results.add(new DecisionResult(id, null));
            } catch (ApplicationRefused refused) {
                results.add(new DecisionResult(id, refused.messageKey()));
            }
        }
        return results;
    }

    /** Puts a submitted application on the waitlist, in its order of arrival. */
    public void waitlist(long applicationId) {
        Application application = loadForCoordinator(applicationId);
        lock(application.getClassId());
        if (application.getState() != ApplicationState.SUBMITTED) {
            throw new ApplicationRefused("enrolment.decision.not-open", application.getApplicantName());
        }
        change(application, ApplicationState.WAITLISTED, null, null);
        mail.send(application, ApplicationMail.Kind.WAITLISTED);
    }

    /** Rejects an application with a reason the family reads; a held seat goes to the next. */
    public void reject(long applicationId, String reason) {
        Application application = loadForCoordinator(applicationId);
        requireReason(reason);
        if (!application.getState().active()) {
            throw new ApplicationRefused("enrolment.decision.not-active");
        }
        lock(application.getClassId());
        boolean heldSeat = release(application);
        change(application, ApplicationState.REJECTED, reason.strip(), null);
        mail.send(application, ApplicationMail.Kind.REJECTED);
        if (heldSeat) {
            promote(application.getClassId(), application.getTermId());
        }
    }

    /**
     * Moves an application to another class of the same school and term. An accepted child takes a seat there (refused
     * if that class is full) and frees theirs; any other application waits for the coordinator's decision there.
     */
    public void move(long applicationId, long targetClassId) {
        Application application = loadForCoordinator(applicationId);
        ClassFacts target = classes.classFacts(targetClassId)
                .filter(c -> c.schoolId() == application.getSchoolId())
                .orElseThrow(() -> new AccessDeniedException(NOT_IN_SCOPE));
        if (!application.getState().active() || targetClassId == application.getClassId()) {
            throw new ApplicationRefused("enrolment.decision.not-open", application.getApplicantName());
        }
        long sourceClassId = application.getClassId();
        // Always lock in the same order, so that two moves in opposite directions cannot deadlock.
        lock(Math.min(sourceClassId, targetClassId));
        lock(Math.max(sourceClassId, targetClassId));
        if (applications.existsActive(targetClassId, application.getTermId(), application.getChildId(),
                application.getLearnerId(), ApplicationState.ACTIVE)) {
            throw new ApplicationRefused("enrolment.apply.duplicate", application.getApplicantName());
        }
        boolean accepted = application.getState() == ApplicationState.ACCEPTED;
        if (accepted && freeSeats(targetClassId, application.getTermId()) <= 0) {
            throw new ApplicationRefused("enrolment.decision.target-full", application.getApplicantName(),
                    target.name());
        }
        boolean heldSeat = application.getState() == ApplicationState.OFFERED || accepted;
        application.moveToClass(targetClassId);
        if (accepted) {
            placements.findByApplicationId(application.getId()).ifPresent(p -> p.moveToClass(targetClassId));
            change(application, ApplicationState.ACCEPTED, null, null);
        } else {
            change(application, ApplicationState.SUBMITTED, null, null);
        }
        mail.send(application, ApplicationMail.Kind.MOVED);
        if (heldSeat) {
            promote(sourceClassId, application.getTermId());
        }
    }

    /** The enrolment history of a child: every step of every application, for the family and the school. */
    @Transactional(readOnly = true)
    public List<EnrolmentHistoryEntry> history(long childId) {
        people.children(List.of(childId));
        List<Long> ids = applications.findByChild(childId).stream().map(Application::getId).toList();
        return ids.isEmpty() ? List.of() : events.findByApplications(ids).stream().map(ApplicationEvent::toEntry)
                .toList();
    }

    // --- seats freed by others --------------------------------------------------------------------------------

    /** Offers not taken up by their deadline pass to the next waiting applicant. Runs on a schedule. */
    public int expireOffers() {
        int expired = 0;
        for (long id : applications.findExpiredOffers(clock.instant())) {
            Application application = applications.findById(id).orElseThrow();
            lock(application.getClassId());
            if (application.getState() == ApplicationState.OFFERED
                    && application.getOfferExpiresAt().isBefore(clock.instant())) {
                change(application, ApplicationState.OFFER_EXPIRED, null, null);
                mail.send(application, ApplicationMail.Kind.OFFER_EXPIRED);
                promote(application.getClassId(), application.getTermId());
                expired++;
            }
        }
        return expired;
    }

    @Scheduled(fixedDelayString = "${ocaq.enrolment.offer-check:PT10M}", initialDelayString = "PT1M")
    void expireOffersOnSchedule() {
        SystemContext.run(this::expireOffers);
    }

    /** More seats in a class: waiting applicants of each of its open terms are offered them. */
    @EventListener
    void onCapacityRaised(ClassCapacityRaised event) {
        classes.classFacts(event.classId()).ifPresent(schoolClass -> {
            lock(schoolClass.id());
            for (TermSummary term : schools.openTerms(schoolClass.schoolId())) {
                promote(schoolClass.id(), term.id());
            }
        });
    }

    // --- inside ---------------------------------------------------------------------------------------------

    private long arrive(Application application, ClassFacts schoolClass, CurrentUser user) {
        boolean waitForSeat = freeSeats(schoolClass.id(), application.getTermId()) <= 0
                || applications.anyWaiting(schoolClass.id(), application.getTermId());
        record(application, user.accountId());
        if (waitForSeat) {
            change(application, ApplicationState.WAITLISTED, null, null);
            mail.send(application, ApplicationMail.Kind.WAITLISTED);
        } else {
            mail.send(application, ApplicationMail.Kind.SUBMITTED);
        }
        return application.getId();
    }

    /** Seats left in a class for a term; call with the class locked. */
    private long freeSeats(long classId, long termId) {
        int capacity = classes.classFacts(classId).map(ClassFacts::capacity).orElse(0);
        return capacity - placements.countSeats(classId, termId) - applications.countSeatsWithoutPlacement(classId,
                termId);
    }

    private void take(Application application, long byAccount) {
        if (application.getChildId() != null) {
            placements.save(Placement.fromApplication(application.getSchoolId(), application.getClassId(),
                    application.getTermId(), application.getChildId(), application.getFamilyId(),
                    application.getId(), clock.instant(), schools.firstDayInClass(application.getSchoolId(),
                            application.getTermId(), clock.instant())));
            // The seat is the school's decision already taken; a parent taking an offer may not change the school's lists.
            SystemContext.run(() -> people.joinSchool(application.getChildId(), application.getSchoolId()));
        }
        change(application, ApplicationState.ACCEPTED, null, null, byAccount);
        mail.send(application, ApplicationMail.Kind.ACCEPTED);
    }

    /** Frees the seat an application holds, if any; tells whether it held one. */
    private boolean release(Application application) {
        if (application.getState() == ApplicationState.ACCEPTED) {
            placements.findByApplicationId(application.getId()).ifPresent(placements::delete);
            return true;
        }
        return application.getState() == ApplicationState.OFFERED;
    }

    /** While seats are free, the first waiting applicant (by arrival) is offered one until the school's deadline. */
    private void promote(long classId, long termId) {
        long free = freeSeats(classId, termId);
        if (free <= 0) {
            return;
        }
        List<Application> waiting = applications.findWaiting(List.of(classId)).stream()
                .filter(a -> a.getTermId() == termId).limit(free).toList();
        if (waiting.isEmpty()) {
            return;
        }
        Duration deadline = Duration.ofDays(schools.offerDeadlineDays(waiting.getFirst().getSchoolId()));
        for (Application next : waiting) {
            change(next, ApplicationState.OFFERED, null, clock.instant().plus(deadline));
            mail.send(next, ApplicationMail.Kind.OFFERED);
        }
    }

    private void change(Application application, ApplicationState state, String reason,
                        java.time.Instant offerExpiry) {
        change(application, state, reason, offerExpiry, access.currentUser().map(CurrentUser::accountId).orElse(null));
    }

    private void change(Application application, ApplicationState state, String reason,
                        java.time.Instant offerExpiry, Long byAccount) {
        application.moveTo(state, reason, offerExpiry);
        events.save(new ApplicationEvent(application.getId(), clock.instant(), state, application.getClassId(),
                reason, byAccount));
    }

    private void record(Application application, long byAccount) {
        events.save(new ApplicationEvent(application.getId(), application.getAppliedAt(), ApplicationState.SUBMITTED,
                application.getClassId(), null, byAccount));
    }

    private void lock(long classId) {
        if (!seatLocks.existsById(classId)) {
            lockRows.ensureRow(classId);
        }
        seatLocks.lock(classId);
    }

    private ClassFacts openClass(long classId) {
        ClassFacts schoolClass = classes.classFacts(classId).orElseThrow(() -> new AccessDeniedException(NOT_IN_SCOPE));
        if (!schoolClass.openForEnrolment()) {
            throw new ApplicationRefused("enrolment.apply.class-closed", schoolClass.name());
        }
        return schoolClass;
    }

    private TermSummary openTerm(long schoolId, long termId) {
        TermSummary term = schools.term(schoolId, termId)
                .orElseThrow(() -> new ApplicationRefused("enrolment.apply.term-unknown"));
        if (term.endsOn().isBefore(LocalDate.now(clock))) {
            throw new ApplicationRefused("enrolment.apply.term-over", term.name());
        }
        return term;
    }

    private List<ApplicationSummary> withQueuePositions(List<Application> list) {
        Set<Long> classIds = new java.util.HashSet<>();
        list.stream().filter(a -> a.getState() == ApplicationState.WAITLISTED).forEach(a -> classIds.add(a.getClassId()));
        Map<Long, Integer> positions = new HashMap<>();
        if (!classIds.isEmpty()) {
            Map<String, Integer> counters = new HashMap<>();
            for (Application waiting : applications.findWaiting(classIds)) {
                int position = counters.merge(waiting.getClassId() + "/" + waiting.getTermId(), 1, Integer::sum);
                positions.put(waiting.getId(), position);
            }
        }
        return list.stream().map(a -> a.toSummary(positions.get(a.getId()))).toList();
    }

    private static Set<ApplicationState> statesOrAll(Set<ApplicationState> states) {
        return states == null || states.isEmpty() ? EnumSet.allOf(ApplicationState.class) : states;
    }

    private Application load(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new AccessDeniedException(NOT_IN_SCOPE));
    }

    private Application loadForCoordinator(long applicationId) {
        Application application = load(applicationId);
        checkCoordinator(application.getSchoolId());
        return application;
    }

    private Application loadForApplicant(long applicationId) {
        Application application = load(applicationId);
        if (!mayActAsApplicant(application)) {
            throw new AccessDeniedException(NOT_IN_SCOPE);
        }
        return application;
    }

    private boolean mayActAsApplicant(Application application) {
        CurrentUser user = access.requireUser();
        return application.getFamilyId() != null
                ? user.has(Role.PARENT) && user.inScope(ScopeKind.FAMILY, application.getFamilyId())
                : user.has(Role.STUDENT) && user.inScope(ScopeKind.LEARNER, application.getLearnerId());
    }

    private void checkCoordinator(long schoolId) {
        access.checkChange(Owner.school(schoolId));
        access.requireAnyRole(Role.NETWORK_ADMIN, Role.COORDINATOR);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApplicationRefused("enrolment.decision.reason-required");
        }
    }
}
