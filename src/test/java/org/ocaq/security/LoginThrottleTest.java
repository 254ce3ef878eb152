package org.ocaq.security;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ocaq.testsupport.StillClock;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final StillClock clock = new StillClock(Instant.parse("2026-03-07T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 30, WINDOW);

    @Test
    void five_failures_for_an_account_refuse_it_from_every_address() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("aynur@example.org", "10.0.0." + i);
        }
        assertThat(throttle.allows("aynur@example.org", "10.0.0.9")).isTrue();

        throttle.failed("aynur@example.org", "10.0.0.5");

        assertThat(throttle.allows("aynur@example.org", "10.0.0.1")).isFalse();
        assertThat(throttle.allows("aynur@example.org", "192.168.5.5")).isFalse();
    }

    @Test
    void a_throttled_account_does_not_hold_back_another_account_from_the_same_address() {
        failTimes(5, "aynur@example.org", "10.0.0.1");

        assertThat(throttle.allows("aynur@example.org", "10.0.0.1")).isFalse();
        assertThat(throttle.allows("rauf@example.org", "10.0.0.1")).isTrue();
    }

    @Test
    void the_account_is_recognised_whatever_its_case_and_surrounding_spaces() {
        failTimes(5, " Aynur@Example.ORG ", "10.0.0.1");

        assertThat(throttle.allows("aynur@example.org", "10.0.0.2")).isFalse();
    }

    @Test
    void thirty_failures_from_one_address_refuse_that_address_for_every_account() {
        for (int i = 1; i <= 29; i++) {
            throttle.failed("guess" + i + "@example.org", "203.0.113.7");
        }
        assertThat(throttle.allows("someone@example.org", "203.0.113.7")).isTrue();

        throttle.failed("guess30@example.org", "203.0.113.7");

        assertThat(throttle.allows("someone@example.org", "203.0.113.7")).isFalse();
        assertThat(throttle.allows("guess1@example.org", "203.0.113.7")).isFalse();
        assertThat(throttle.allows("someone@example.org", "198.51.100.1")).isTrue();
    }

    @Test
    void a_throttled_account_stays_refused_within_the_window() {
        failTimes(5, "aynur@example.org", "10.0.0.1");

        clock.advance(Duration.ofMinutes(1));

        assertThat(throttle.allows("aynur@example.org", "10.0.0.1")).isFalse();
    }

    @Test
    void after_the_window_has_passed_a_throttled_account_may_try_again_as_often_as_at_first() {
        failTimes(5, "aynur@example.org", "10.0.0.1");

        clock.advance(WINDOW);

        assertThat(throttle.allows("aynur@example.org", "10.0.0.1")).isTrue();
        failTimes(4, "aynur@example.org", "10.0.0.1");
        assertThat(throttle.allows("aynur@example.org", "10.0.0.1")).isTrue();
        throttle.failed("aynur@example.org", "10.0.0.1");
        assertThat(throttle.allows("aynur@example.org", "10.0.0.1")).isFalse();
    }

    @Test
    void after_the_window_has_passed_a_throttled_address_may_try_again() {
        for (int i = 1; i <= 30; i++) {
            throttle.failed("guess" + i + "@example.org", "203.0.113.7");
        }
        assertThat(throttle.allows("someone@example.org", "203.0.113.7")).isFalse();

        clock.advance(WINDOW);

        assertThat(throttle.allows("someone@example.org", "203.0.113.7")).isTrue();
    }

    @Test
    void a_successful_sign_in_clears_the_accounts_failures() {
        failTimes(4, "aynur@example.org", "10.0.0.1");

        throttle.succeeded("aynur@example.org");
        failTimes(4, "aynur@example.org", "10.0.0.1");

        assertThat(throttle.allows("aynur@example.org", "10.0.0.1")).isTrue();
    }

    @Test
    void an_unknown_account_is_throttled_exactly_like_a_known_one() {
        List<Boolean> known = attemptsUntilRefused("valideyn@ocaq.example", "10.0.0.1");
        List<Boolean> unknown = attemptsUntilRefused("nobody-" + System.nanoTime() + "@example.org", "10.0.0.2");

        assertThat(known).containsExactly(true, true, true, true, true, false);
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void the_throttle_cannot_look_accounts_up() {
        // Whether an account exists must not change the answer, so the throttle gets nothing that knows accounts.
        assertThat(LoginThrottle.class.getDeclaredConstructors()).allSatisfy(constructor ->
                assertThat(Arrays.stream(constructor.getParameterTypes()))
                        .noneMatch(type -> Repository.class.isAssignableFrom(type) || type == AccountService.class
                                || type.getName().contains("UserDetails")));
    }

    private List<Boolean> attemptsUntilRefused(String account, String address) {
        List<Boolean> allowed = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            allowed.add(throttle.allows(account, address));
            throttle.failed(account, address);
        }
        return allowed;
    }

    private void failTimes(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

}
