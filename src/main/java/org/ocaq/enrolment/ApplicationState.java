package org.ocaq.enrolment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an application stands. SUBMITTED waits for the coordinator; WAITLISTED waits for a seat in order of arrival;
 * OFFERED holds a freed seat until the family takes it or the school's deadline passes; ACCEPTED holds a seat.
 */
public enum ApplicationState {
    SUBMITTED, WAITLISTED, OFFERED, ACCEPTED, REJECTED, WITHDRAWN, OFFER_EXPIRED;

    public static final Set<ApplicationState> ACTIVE = EnumSet.of(SUBMITTED, WAITLISTED, OFFERED, ACCEPTED);

    public boolean active() {
        return ACTIVE.contains(this);
    }

    public String labelKey() {
        return "enrolment.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
