package org.ocaq.certificate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import org.ocaq.testsupport.StillClock;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyThrottleTest {

    private final StillClock clock = new StillClock(Instant.parse("2027-03-01T10:00:00Z"));

    @Test
    void the_31st_check_within_a_minute_from_one_address_is_refused_while_another_address_may_check() {
        VerifyThrottle throttle = new VerifyThrottle(clock, 30, 600);
        for (int i = 1; i <= 30; i++) {
            assertThat(throttle.allow("203.0.113.7")).as("check %d", i).isTrue();
        }
        assertThat(throttle.allow("203.0.113.7")).as("check 31").isFalse();
        assertThat(throttle.allow("203.0.113.8")).isTrue();

        // The allowance refills over the minute: two seconds give one check back, a minute all of them.
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.allow("203.0.113.7")).isTrue();
        assertThat(throttle.allow("203.0.113.7")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        for (int i = 1; i <= 30; i++) {
            assertThat(throttle.allow("203.0.113.7")).as("check %d after a minute", i).isTrue();
        }
        assertThat(throttle.allow("203.0.113.7")).isFalse();
    }

    @Test
    void the_overall_cap_holds_however_many_addresses_ask() {
        VerifyThrottle throttle = new VerifyThrottle(clock, 30, 600);
        int allowed = 0;
        for (int address = 0; address < 100; address++) {
            for (int i = 0; i < 30; i++) {
                if (throttle.allow("198.51.100." + address)) {
                    allowed++;
                }
            }
        }
        assertThat(allowed).isEqualTo(600);
        assertThat(throttle.allow("192.0.2.1")).as("a fresh address meets the overall cap").isFalse();

        // A check refused by the overall cap is not taken from the address: it gets its full allowance later.
        clock.advance(Duration.ofMinutes(1));
        for (int i = 1; i <= 30; i++) {
            assertThat(throttle.allow("192.0.2.1")).as("check %d", i).isTrue();
        }
        assertThat(throttle.allow("192.0.2.1")).isFalse();
    }

    @Test
    void the_limits_come_from_the_properties() {
        VerifyThrottle throttle = new VerifyThrottle(clock, 2, 3);
        assertThat(throttle.allow("a")).isTrue();
        assertThat(throttle.allow("a")).isTrue();
        assertThat(throttle.allow("a")).isFalse();
        assertThat(throttle.allow("b")).isTrue();
        assertThat(throttle.allow("b")).as("the overall cap of 3").isFalse();
    }

    @Test
    void it_remembers_a_bounded_number_of_addresses_forgetting_the_least_recently_seen() {
        VerifyThrottle throttle = new VerifyThrottle(clock, 1, 1_000_000);
        assertThat(throttle.allow("first")).isTrue();
        assertThat(throttle.allow("first")).isFalse();
        for (int i = 0; i < VerifyThrottle.MAX_ADDRESSES + 5; i++) {
            throttle.allow("10.0." + i);
        }
        assertThat(throttle.addressesRemembered()).isEqualTo(VerifyThrottle.MAX_ADDRESSES);
        // Forgotten, so it starts afresh; the most recent ones are still held to their allowance.
        assertThat(throttle.allow("first")).isTrue();
        assertThat(throttle.allow("10.0." + (VerifyThrottle.MAX_ADDRESSES + 4))).isFalse();
    }
}
