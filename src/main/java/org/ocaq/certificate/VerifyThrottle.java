package org.ocaq.certificate;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Limits the public certificate check so that nobody can walk through codes: each client address may check so many
 * codes a minute, and all addresses together so many more (a spread-out enumeration from many addresses still meets
 * the overall cap). Every check counts, whatever its outcome, and the tokens refill smoothly over the minute.
 */
@Component
public class VerifyThrottle {

    /** Addresses remembered at most; see {@link #byAddress}. */
    static final int MAX_ADDRESSES = 10_000;

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /*
     * The buckets of the addresses that asked most recently, in access order; the least recently seen address is
     * forgotten when there are more than MAX_ADDRESSES (Caffeine is not on the class path, and a plain map would grow
     * with every address that ever asked). Forgetting an address only gives it a full bucket again, and an address
     * idle for the longest time has usually refilled anyway; the global bucket still caps everybody together. An LRU
     * is better here than clearing the whole map on overflow: someone with many addresses could then reset the
     * buckets of the others at will. Access-ordered LinkedHashMap is not thread-safe: guarded by its own monitor.
     */
    private final Map<String, Bucket> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };
    private final Bucket global;
    private final int perAddress;
    private final TimeMeter time;

    public VerifyThrottle(Clock clock,
                          @Value("${ocaq.verify.per-address-per-minute:30}") int perAddress,
                          @Value("${ocaq.verify.global-per-minute:600}") int globalPerMinute) {
        if (perAddress < 1 || globalPerMinute < 1) {
            throw new IllegalArgumentException("Verification limits must be at least 1 a minute");
        }
        this.perAddress = perAddress;
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
        this.global = bucket(globalPerMinute);
    }

    /**
     * Whether the client at that address may check a code now; takes one check from its allowance and from the
     * overall one. A check refused by the overall cap is given back to the address.
     */
    public boolean allow(String clientAddress) {
        Bucket own;
        synchronized (byAddress) {
            own = byAddress.computeIfAbsent(key(clientAddress), k -> bucket(perAddress));
        }
        if (!own.tryConsume(1)) {
            return false;
        }
        if (!global.tryConsume(1)) {
            own.addTokens(1);
            return false;
        }
        return true;
    }

    /** How many addresses are remembered now (for tests). */
    int addressesRemembered() {
        synchronized (byAddress) {
            return byAddress.size();
        }
    }

    private Bucket bucket(int perMinute) {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, MINUTE).build())
                .build();
    }

    private static String key(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }
}
