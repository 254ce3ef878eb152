package org.ocaq.enrolment;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocaq.classes.ClassDetails;
import org.ocaq.classes.ClassForm;
import org.ocaq.classes.ClassService;
import org.ocaq.people.ChildForm;
import org.ocaq.people.ChildSummary;
import org.ocaq.people.PeopleService;
import org.ocaq.privacy.ConsentKind;
import org.ocaq.privacy.ConsentService;
import org.ocaq.school.SchoolService;
import org.ocaq.testsupport.IntegrationTest;
import org.ocaq.testsupport.MutableClock;
import org.ocaq.testsupport.TestData;
import org.ocaq.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocaq.testsupport.TestData.as;

@IntegrationTest
class ApplicationIntegrationTest {

    @Autowired TestData testData;
    @Autowired UserDetailsService users;
    @Autowired ApplicationService applications;
    @Autowired EnrolmentService enrolment;
    @Autowired ClassService classes;
    @Autowired SchoolService schools;
    @Autowired PeopleService people;
    @Autowired ConsentService consents;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A school year with an open class for ages 6–10 of the given capacity, and a term starting in January. */
    private record Setup(TestData.World w, long classId, long termId) {
    }

    private Setup setup(int capacity) {
        TestData.World w = testData.world();
        return as(users, w.coordinator(), () -> {
            long termId = schools.createTerm(w.schoolId(), "Yaz 2027", LocalDate.of(2027, 1, 9),
                    LocalDate.of(2027, 6, 30));
            long classId = classes.createClass(w.schoolId(), new ClassForm("Oxu " + TestData.unique("q"),
                    "Azərbaycan dili", "A1", 6, 10, "az", capacity, "Otaq 1", null, true, List.of()));
            return new Setup(w, classId, termId);
        });
    }

    /** Another child of the world's family, with the data-processing consent given. */
    private long child(TestData.World w, String firstName) {
        return as(users, w.parent(), () -> {
            long id = people.addChild(w.familyId(), new ChildForm(firstName, "Əliyeva", null,
                    LocalDate.of(2018, 5, 1), "az"));
            consents.give(id, ConsentKind.DATA_PROCESSING);
            return id;
        });
    }

    private ApplicationSummary mine(TestData.World w, long applicationId) {
        return as(users, w.parent(), () -> applications.myApplications().stream()
                .filter(a -> a.id() == applicationId).findFirst().orElseThrow());
    }

    @Test
    void a_parent_applies_the_coordinator_accepts_and_the_family_reads_it_in_an_email() {
        Setup s = setup(12);
        TestData.World w = s.w();
        assertThatThrownBy(() -> as(users, w.parent(), () -> applications.apply(s.classId(), s.termId(),
                List.of(w.childId())))).isInstanceOfSatisfying(ApplicationRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("enrolment.apply.consent-missing"));

        long id = as(users, w.parent(), () -> {
            consents.give(w.childId(), ConsentKind.DATA_PROCESSING);
            return applications.apply(s.classId(), s.termId(), List.of(w.childId())).getFirst();
        });
        assertThat(mine(w, id).state()).isEqualTo(ApplicationState.SUBMITTED);
        as(users, w.coordinator(), () -> {
            assertThat(applications.queue(w.schoolId(), s.classId(), s.termId(), Set.of(ApplicationState.SUBMITTED),
                    0, 50)).extracting(ApplicationSummary::applicantName).containsExactly("Əliyeva Gülşən");
            applications.accept(id);
            assertThat(enrolment.classRoster(s.classId())).extracting(ChildSummary::id).containsExactly(w.childId());
        });
        assertThat(mine(w, id).state()).isEqualTo(ApplicationState.ACCEPTED);

        MimeMessage accepted = awaitMail(w.parent(), subject -> subject.startsWith("Qəbul olundu"));
        assertThat(subject(accepted)).contains("Əliyeva Gülşən");
        assertThat(TestMail.body(accepted)).contains("Əliyeva Gülşən", "Oxu ", "Yaz 2027", "Xoş gəldiniz");
        assertThat(as(users, w.parent(), () -> applications.history(w.childId())))
                .extracting(EnrolmentHistoryEntry::state)
                .containsExactly(ApplicationState.SUBMITTED, ApplicationState.ACCEPTED);
    }

    @Test
    void applications_outside_the_age_range_twice_or_to_a_closed_class_are_refused_with_reasons() {
        Setup s = setup(12);
        TestData.World w = s.w();
        long teenager = as(users, w.parent(), () -> {
            long id = people.addChild(w.familyId(), new ChildForm("Tural", "Əliyev", null, LocalDate.of(2014, 2, 2),
                    "az"));
            consents.give(id, ConsentKind.DATA_PROCESSING);
            consents.give(w.childId(), ConsentKind.DATA_PROCESSING);
            return id;
        });
        as(users, w.parent(), () -> {
            assertThat(refusal(() -> applications.apply(s.classId(), s.termId(), List.of(teenager))))
                    .isEqualTo("enrolment.apply.age");
            applications.apply(s.classId(), s.termId(), List.of(w.childId()));
            assertThat(refusal(() -> applications.apply(s.classId(), s.termId(), List.of(w.childId()))))
                    .isEqualTo("enrolment.apply.duplicate");
        });
        long closed = as(users, w.coordinator(), () -> classes.createClass(w.schoolId(), new ClassForm("Bağlı sinif",
                "Azərbaycan dili", "A1", 6, 10, "az", 10, "Otaq 9", null, false, List.of())));
        as(users, w.parent(), () -> assertThat(refusal(() -> applications.apply(closed, s.termId(),
                List.of(w.childId())))).isEqualTo("enrolment.apply.class-closed"));
        TestData.World other = testData.world();
        long foreignTerm = as(users, other.coordinator(), () -> schools.createTerm(other.schoolId(), "Başqa",
                LocalDate.of(2027, 1, 9), LocalDate.of(2027, 6, 30)));
        as(users, w.parent(), () -> assertThat(refusal(() -> applications.apply(s.classId(), foreignTerm,
                List.of(w.childId())))).isEqualTo("enrolment.apply.term-unknown"));
    }

    @Test
    void a_full_class_waitlists_in_order_and_an_unanswered_offer_passes_to_the_next_child() {
        Setup s = setup(1);
        TestData.World w = s.w();
        long first = child(w, "Aysel");
        long second = child(w, "Bahar");
        long third = child(w, "Ceyla");
        long firstApp = as(users, w.parent(), () -> applications.apply(s.classId(), s.termId(), List.of(first)))
                .getFirst();
        as(users, w.coordinator(), () -> applications.accept(firstApp));
        List<Long> waiting = as(users, w.parent(), () -> applications.apply(s.classId(), s.termId(),
                List.of(second, third)));
        assertThat(mine(w, waiting.get(0))).satisfies(a -> {
            assertThat(a.state()).isEqualTo(ApplicationState.WAITLISTED);
            assertThat(a.queuePosition()).isEqualTo(1);
        });
        assertThat(mine(w, waiting.get(1)).queuePosition()).isEqualTo(2);

        // The first child leaves; the seat is offered to the first in line, with the school's 7-day deadline.
        as(users, w.parent(), () -> applications.withdraw(firstApp, "Köçürük"));
        ApplicationSummary offered = mine(w, waiting.get(0));
        assertThat(offered.state()).isEqualTo(ApplicationState.OFFERED);
        assertThat(offered.offerExpiresAt()).isBetween(clock.instant().plus(Duration.ofDays(7)).minusSeconds(60),
                clock.instant().plus(Duration.ofDays(7)));
        assertThat(mine(w, waiting.get(1)).queuePosition()).isEqualTo(1);

        clock.advance(Duration.ofDays(8));
        assertThat(org.ocaq.security.SystemContext.call(applications::expireOffers)).isGreaterThanOrEqualTo(1);
        assertThat(mine(w, waiting.get(0)).state()).isEqualTo(ApplicationState.OFFER_EXPIRED);
        assertThat(mine(w, waiting.get(1)).state()).isEqualTo(ApplicationState.OFFERED);
        as(users, w.parent(), () -> applications.acceptOffer(waiting.get(1)));
        assertThat(mine(w, waiting.get(1)).state()).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(as(users, w.coordinator(), () -> enrolment.classRoster(s.classId())))
                .extracting(ChildSummary::id).containsExactly(third);
        assertThat(subject(awaitMail(w.parent(), subject -> subject.startsWith("Yer təklif olunur")
                && subject.contains("Əliyeva Bahar")))).contains("Oxu ");
    }

    @Test
    void two_coordinators_accepting_into_the_last_seat_at_the_same_moment_fill_it_exactly_once() throws Exception {
        for (int round = 0; round < 3; round++) {
            Setup s = setup(1);
            TestData.World w = s.w();
            String second = "koord2-" + TestData.unique("c") + "@test.example";
            long secondId = testData.account(second, "İkinci koordinator", org.ocaq.shared.Role.COORDINATOR);
            org.ocaq.security.SystemContext.run(() -> schools.appointCoordinator(w.schoolId(), secondId));
            List<Long> apps = as(users, w.parent(), () -> applications.apply(s.classId(), s.termId(),
                    List.of(child(w, "Dəniz"), child(w, "Elmira"))));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> futures = new ArrayList<>();
            String[] coordinators = {w.coordinator(), second};
            for (int i = 0; i < 2; i++) {
                long appId = apps.get(i);
                String who = coordinators[i];
                futures.add(pool.submit(() -> as(users, who, () -> {
                    start.await();
                    try {
                        applications.accept(appId);
                        outcomes.add("accepted");
                    } catch (ApplicationRefused refused) {
                        outcomes.add(refused.messageKey());
                    }
                    return null;
                })));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            pool.shutdown();
            assertThat(outcomes).containsExactlyInAnyOrder("accepted", "enrolment.decision.class-full");
            assertThat(as(users, w.coordinator(), () -> enrolment.classRoster(s.classId()))).hasSize(1);
        }
    }

    @Test
    void the_coordinator_moves_rejects_and_accepts_several_and_raising_capacity_offers_a_seat() {
        Setup s = setup(2);
        TestData.World w = s.w();
        long other = as(users, w.coordinator(), () -> classes.createClass(w.schoolId(), new ClassForm("Rəsm",
                "İncəsənət", "A1", 6, 10, "az", 5, "Otaq 2", null, true, List.of())));
        List<Long> apps = as(users, w.parent(), () -> applications.apply(s.classId(), s.termId(),
                List.of(child(w, "Fərid"), child(w, "Günel"), child(w, "Həcər"))));
        as(users, w.coordinator(), () -> {
            List<DecisionResult> results = applications.acceptAll(apps);
            assertThat(results).extracting(DecisionResult::refusedKey)
                    .containsExactly(null, null, "enrolment.decision.class-full");
            applications.waitlist(apps.get(2));
            applications.move(apps.get(0), other);
            assertThat(enrolment.classRoster(other)).extracting(ChildSummary::fullName).containsExactly("Əliyeva Fərid");
            assertThat(refusal(() -> { applications.reject(apps.get(1), " "); return null; }))
                    .isEqualTo("enrolment.decision.reason-required");
            applications.reject(apps.get(1), "Yanlış sinif seçilib");
        });
        // Moving Fərid and rejecting Günel freed both seats; Həcər, waiting, is offered one.
        assertThat(mine(w, apps.get(2)).state()).isEqualTo(ApplicationState.OFFERED);
        assertThat(mine(w, apps.get(1))).satisfies(a -> {
            assertThat(a.state()).isEqualTo(ApplicationState.REJECTED);
            assertThat(a.reason()).isEqualTo("Yanlış sinif seçilib");
        });

        // A waiting child in a full class is offered a seat when the class grows.
        Setup full = setup(1);
        TestData.World fw = full.w();
        List<Long> two = as(users, fw.parent(), () -> applications.apply(full.classId(), full.termId(),
                List.of(child(fw, "İlahə"), child(fw, "Jalə"))));
        as(users, fw.coordinator(), () -> {
            applications.accept(two.get(0));
            applications.waitlist(two.get(1));
            ClassDetails read = classes.getClass(full.classId());
            ClassForm f = read.form();
            classes.updateClass(full.classId(), read.version(), new ClassForm(f.name(), f.subject(), f.level(),
                    f.minAge(), f.maxAge(), f.language(), 2, f.room(), f.meetingLink(), true, f.slots()));
        });
        assertThat(mine(fw, two.get(1)).state()).isEqualTo(ApplicationState.OFFERED);
    }

    @Test
    void nobody_sees_or_decides_on_applications_outside_their_family_or_school() {
        Setup s = setup(5);
        TestData.World w = s.w();
        long id = as(users, w.parent(), () -> {
            consents.give(w.childId(), ConsentKind.DATA_PROCESSING);
            return applications.apply(s.classId(), s.termId(), List.of(w.childId())).getFirst();
        });
        TestData.World other = testData.world();
        as(users, other.parent(), () -> {
            assertThat(applications.myApplications()).extracting(ApplicationSummary::id).doesNotContain(id);
            assertThatThrownBy(() -> applications.withdraw(id, "Mənim deyil")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.acceptOffer(id)).isInstanceOf(AccessDeniedException.class);
            // Applying with another family's child is refused like a child that does not exist.
            assertThatThrownBy(() -> applications.apply(s.classId(), s.termId(), List.of(w.childId())))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Not in your scope");
            assertThatThrownBy(() -> applications.apply(s.classId(), s.termId(), List.of(Long.MAX_VALUE - 9)))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Not in your scope");
        });
        as(users, other.coordinator(), () -> {
            assertThatThrownBy(() -> applications.queue(w.schoolId(), null, null, Set.of(), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.accept(id)).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("Not in your scope");
            assertThatThrownBy(() -> applications.accept(Long.MAX_VALUE - 11)).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("Not in your scope");
        });
        as(users, w.teacher(), () -> assertThatThrownBy(() -> applications.accept(id))
                .isInstanceOf(AccessDeniedException.class));
        // The coordinator of the school sees the applying family, to decide and to write to it.
        as(users, w.coordinator(), () -> assertThat(applications.history(w.childId())).hasSize(1));
    }

    @Test
    void adult_learners_apply_for_themselves_and_take_seats_like_children() {
        Setup s = setup(1);
        TestData.World w = s.w();
        String[] learners = {TestData.unique("dinleyici") + "@test.example", TestData.unique("dinleyici") + "@test.example"};
        for (String email : learners) {
            long accountId = testData.account(email, "Dinləyici " + email.substring(0, 12));
            as(users, w.coordinator(), () -> people.addAdultLearner(w.schoolId(), accountId, "Səbinə " + email.substring(10, 14),
                    email));
        }
        long first = as(users, learners[0], () -> applications.applyAsLearner(s.classId(), s.termId()));
        assertThat(as(users, learners[0], () -> refusal(() -> applications.applyAsLearner(s.classId(), s.termId()))))
                .isEqualTo("enrolment.apply.duplicate");
        as(users, w.coordinator(), () -> applications.accept(first));
        long second = as(users, learners[1], () -> applications.applyAsLearner(s.classId(), s.termId()));
        assertThat(as(users, learners[0], () -> applications.myApplications())).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(ApplicationState.ACCEPTED));
        assertThat(as(users, learners[1], () -> applications.myApplications())).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(second);
            assertThat(a.state()).isEqualTo(ApplicationState.WAITLISTED);
        });
        // A learner cannot act on another learner's application.
        as(users, learners[1], () -> assertThatThrownBy(() -> applications.withdraw(first, "Səhv"))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(TestMail.awaitTo(learners[0], 2, Duration.ofSeconds(20))).isNotEmpty();
    }

    private static String refusal(java.util.concurrent.Callable<?> work) {
        try {
            work.call();
            return "allowed";
        } catch (ApplicationRefused refused) {
            return refused.messageKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the outbox to deliver a message to the address whose subject matches. */
    private static MimeMessage awaitMail(String address, java.util.function.Predicate<String> subject) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<MimeMessage> found = TestMail.to(address).stream()
                    .filter(m -> subject.test(subject(m))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No matching message to " + address + " in " + TestMail.to(address).stream()
                .map(ApplicationIntegrationTest::subject).toList());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
