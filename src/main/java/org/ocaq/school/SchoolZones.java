package org.ocaq.school;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schools' time zones, remembered after the first look: every lesson, sheet and feed needs one, and a school changes
 * its zone almost never. {@link SchoolService} forgets a school's entry when the school is edited.
 */
@Component
class SchoolZones {

    private final SchoolRepository schools;
    private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();

    SchoolZones(SchoolRepository schools) {
        this.schools = schools;
    }

    /** The school's zone; a guessed id gets the same refusal whether or not the school exists. */
    ZoneId of(long schoolId) {
        ZoneId known = zones.get(schoolId);
        if (known != null) {
            return known;
        }
        ZoneId loaded = schools.findById(schoolId).map(School::getTimeZone)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        zones.put(schoolId, loaded);
        return loaded;
    }

    void forget(long schoolId) {
        zones.remove(schoolId);
    }
}
