package org.ocaq.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: each failed sign-in takes a token from the account's bucket and from the client
 * address's bucket; when either is empty, sign-in is refused until it refills. Unknown and known accounts are
 * treated alike, so throttling reveals nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;
    private final TimeMeter time;

    LoginThrottle(Clock clock,
                  @Value("${ocaq.login.max-failures-per-account:5}") int accountFailures,
                  @Value("${ocaq.login.max-failures-per-address:30}") int addressFailures,
                  @Value("${ocaq.login.window:PT15M}") Duration window) {
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = window;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    public boolean allows(String account, String address) {
        return bucket(byAccount, key(account), accountFailures).getAvailableTokens() > 0
                && bucket(byAddress, key(address), addressFailures).getAvailableTokens() > 0;
    }

    public void failed(String account, String address) {
        bucket(byAccount, key(account), accountFailures).tryConsume(1);
        bucket(byAddress, key(address), addressFailures).tryConsume(1);
        if (byAccount.size() > 100_000) {
            byAccount.clear();
        }
        if (byAddress.size() > 100_000) {
            byAddress.clear();
        }
    }

    public void succeeded(String account) {
        byAccount.remove(key(account));
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
