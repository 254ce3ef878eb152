package org.ocaq.school;

import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Schools' time zones, remembered after the first look: every lesson, sheet and feed needs one, and a school changes
 * its zone almost never. {@link SchoolService} forgets a school's entry when the school is edited.
 */
@Component
class SchoolZones {

    private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();

    Optional<ZoneId> zone(long schoolId, Supplier<Optional<ZoneId>> load) {
        ZoneId known = zones.get(schoolId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ZoneId> loaded = load.get();
        loaded.ifPresent(zone -> zones.put(schoolId, zone));
        return loaded;
    }

    void forget(long schoolId) {
        zones.remove(schoolId);
    }
}
